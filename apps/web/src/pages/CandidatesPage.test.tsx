import { ErrorCode, type CandidateDetail } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeApi, type FakeApiOptions } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { layOutScrollBox } from '../test-utils/layOutScrollBox';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, {
  displayName: 'Ada Lovelace',
  emails: ['ada@example.org'],
  affiliations: ['Analytical Engines Ltd'],
  primaryChannel: 'paper',
  tags: ['theory'],
  signals: { firstAuthorTopTier: 2, creditAdjusted: 1.25, bestVenueTier: 1, reproducedReimplementations: 0 },
});
const GRACE = makeCandidate(2, {
  displayName: 'Grace Hopper',
  emails: ['grace@example.org'],
  affiliations: ['Navy Labs'],
  primaryChannel: 'referral',
  signals: { firstAuthorTopTier: 0, creditAdjusted: 0.5, bestVenueTier: 2, reproducedReimplementations: 1 },
});
const ALAN = makeCandidate(3, {
  displayName: 'Alan Turing',
  emails: ['alan@example.org'],
  affiliations: ['Bletchley'],
  primaryChannel: 'conference',
  signals: { firstAuthorTopTier: 1, creditAdjusted: 3.33, bestVenueTier: 1, reproducedReimplementations: 2 },
});
const ARCHIVED = makeCandidate(4, { displayName: 'Zed Archived', archivedAt: '2025-05-01T00:00:00.000Z' });

let api: FakeApi;

function start(path: string, options: FakeApiOptions = {}) {
  api = createFakeApi({ signedInAs: 'recruiter', candidates: [ADA, GRACE, ALAN, ARCHIVED], ...options });
  vi.stubGlobal('fetch', api.fetch);
  return renderApp(path);
}

async function openList(path = '/candidates', options: FakeApiOptions = {}) {
  const view = start(path, options);
  await screen.findByRole('heading', { level: 1, name: 'Candidates' });
  return view;
}

const table = () => screen.findByRole('table', { name: 'Candidates' });
const names = async () =>
  within(await table())
    .getAllByRole('rowheader')
    .map((th) => within(th).getByRole('link').textContent);
const lastSearch = () => new URLSearchParams(api.candidateListSearches().at(-1));
const locationSearch = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);

describe('the candidates page', () => {
  // Room for ten rows of 56 px; the virtualizer renders those and its overscan, never the whole list.
  beforeEach(() => layOutScrollBox('candidate-scroll', 560));
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('lists active candidates by name with their signals, each linking to their profile', async () => {
    await openList();
    const list = await table();
    expect(
      within(list)
        .getAllByRole('columnheader')
        .map((th) => th.textContent?.replace(/[▲▼↕]/g, '')),
    ).toEqual([
      'Name',
      'Affiliation',
      'Channel',
      'Added',
      'First-author top-tier',
      'Credit-adjusted papers',
      'Best tier',
      'Reproduced re-implementations',
    ]);
    expect(await names()).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    const ada = within(list).getByRole('link', { name: 'Ada Lovelace' });
    expect(ada.getAttribute('href')).toBe(`/candidates/${ADA.id}`);
    const cells = within(ada.closest('tr')!)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(cells).toEqual(['Analytical Engines Ltd', 'Paper', '1 Jan 2025', '2', '1.3', 'Tier 1', '0']);
    expect(within(list).getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(within(list).getByRole('columnheader', { name: /Added/ }).getAttribute('aria-sort')).toBe('none');
  });

  it('searches as you type, once the typing pauses, and keeps the search in the URL', async () => {
    const { router } = await openList();
    await table();
    const box = screen.getByRole('searchbox', { name: 'Search candidates' });
    fireEvent.change(box, { target: { value: 'navy' } });
    await waitFor(() => expect(locationSearch(router).get('q')).toBe('navy'));
    await waitFor(async () => expect(await names()).toEqual(['Grace Hopper']));
    expect(lastSearch().get('q')).toBe('navy');
    // Only the settled text went to the API, not every keystroke.
    expect(api.candidateListSearches().filter((s) => new URLSearchParams(s).get('q') !== null)).toHaveLength(1);
  });

  it('narrows the list with the filters and writes them to the URL', async () => {
    const { router } = await openList();
    await table();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Has a first-author top-tier paper' }));
    await waitFor(async () => expect(await names()).toEqual(['Ada Lovelace', 'Alan Turing']));
    expect(locationSearch(router).get('hasFirstAuthorTopTier')).toBe('true');

    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: 'conference' } });
    await waitFor(async () => expect(await names()).toEqual(['Alan Turing']));
    expect(Object.fromEntries(lastSearch())).toMatchObject({ channel: 'conference', hasFirstAuthorTopTier: 'true' });

    fireEvent.click(screen.getByRole('checkbox', { name: 'Has a first-author top-tier paper' }));
    fireEvent.change(screen.getByLabelText('Channel'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Has a reproduced re-implementation' }));
    await waitFor(async () => expect(await names()).toEqual(['Alan Turing', 'Grace Hopper']));

    fireEvent.change(screen.getByLabelText('Best tier'), { target: { value: '1' } });
    await waitFor(async () => expect(await names()).toEqual(['Alan Turing']));
    expect(locationSearch(router).get('tier')).toBe('1');
  });

  it('shows archived candidates only when asked', async () => {
    await openList();
    await table();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    await waitFor(async () => expect(await names()).toEqual(['Zed Archived']));
    expect(lastSearch().get('archived')).toBe('true');
  });

  it('sorts by a column, best first, and flips the order on a second click', async () => {
    const { router } = await openList();
    await table();
    fireEvent.click(screen.getByRole('button', { name: /Credit-adjusted papers/ }));
    await waitFor(async () => expect(await names()).toEqual(['Alan Turing', 'Ada Lovelace', 'Grace Hopper']));
    const header = () => screen.getByRole('columnheader', { name: /Credit-adjusted papers/ });
    expect(header().getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Name/ }).getAttribute('aria-sort')).toBe('none');
    expect(locationSearch(router).get('sort')).toBe('creditAdjusted');

    fireEvent.click(screen.getByRole('button', { name: /Credit-adjusted papers/ }));
    await waitFor(async () => expect(await names()).toEqual(['Grace Hopper', 'Ada Lovelace', 'Alan Turing']));
    expect(header().getAttribute('aria-sort')).toBe('ascending');
    expect(Object.fromEntries(lastSearch())).toMatchObject({ sort: 'creditAdjusted', order: 'asc' });
  });

  it('opens a shared view exactly as it was: search, filters and sort from the URL', async () => {
    await openList('/candidates?q=example&channel=referral&sort=firstAuthorTopTier');
    await waitFor(async () => expect(await names()).toEqual(['Grace Hopper']));
    expect((screen.getByRole('searchbox', { name: 'Search candidates' }) as HTMLInputElement).value).toBe('example');
    expect((screen.getByLabelText('Channel') as HTMLSelectElement).value).toBe('referral');
    expect(screen.getByRole('columnheader', { name: /First-author top-tier/ }).getAttribute('aria-sort')).toBe('descending');
    expect(Object.fromEntries(lastSearch())).toMatchObject({
      q: 'example',
      channel: 'referral',
      sort: 'firstAuthorTopTier',
      order: 'desc',
    });
  });

  it('loads the next page through the cursor with "Load more candidates"', async () => {
    const many = Array.from({ length: 120 }, (_, i) => makeCandidate(100 + i));
    await openList('/candidates', { candidates: many });
    await table();
    expect(screen.getByText('Showing 50 candidates, more below')).toBeTruthy();
    // Only the rows near the viewport are in the DOM, however long the list.
    expect(within(await table()).getAllByRole('rowheader').length).toBeLessThan(50);
    expect((await table()).getAttribute('aria-rowcount')).toBe('51');

    fireEvent.click(screen.getByRole('button', { name: 'Load more candidates' }));
    await screen.findByText('Showing 100 candidates, more below');
    expect(lastSearch().get('cursor')).toBe('50');
    fireEvent.click(screen.getByRole('button', { name: 'Load more candidates' }));
    await screen.findByText('Showing 120 candidates');
    expect(screen.queryByRole('button', { name: 'Load more candidates' })).toBeNull();
  });

  it('fetches the next page by itself when the list is scrolled near its end', async () => {
    const many = Array.from({ length: 70 }, (_, i) => makeCandidate(100 + i));
    await openList('/candidates', { candidates: many });
    const list = await table();
    expect(api.candidateListSearches()).toHaveLength(1);
    const scroller = screen.getByRole('region', { name: 'Candidate list' });
    scroller.scrollTop = 40 * 56;
    fireEvent.scroll(scroller);
    await screen.findByText('Showing 70 candidates');
    expect(lastSearch().get('cursor')).toBe('50');
    expect(within(list).getByRole('link', { name: 'Candidate 145' })).toBeTruthy();
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    const { router } = await openList('/candidates?q=nobody');
    expect(await screen.findByText('No candidates match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(async () => expect(await names()).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']));
    expect(router.state.location.search).toBe('');
  });

  it('points to adding the first candidate when there are none at all', async () => {
    await openList('/candidates', { candidates: [] });
    expect(await screen.findByText('No candidates yet.')).toBeTruthy();
    expect(screen.getByText('Add the first one with “Add candidate” above.')).toBeTruthy();
  });

  it('adds a candidate and links to their profile', async () => {
    await openList();
    await table();
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    const form = screen.getByRole('form', { name: 'New candidate' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Katherine Johnson' } });
    fireEvent.change(within(form).getByLabelText('Emails'), { target: { value: 'kj@example.org, katherine@nasa.example' } });
    fireEvent.change(within(form).getByLabelText('Affiliations'), { target: { value: 'NASA' } });
    fireEvent.change(within(form).getByLabelText('Primary channel'), { target: { value: 'referral' } });
    fireEvent.change(within(form).getByLabelText('Credit'), { target: { value: 'Grace Hopper' } });
    fireEvent.change(within(form).getByLabelText('Tags'), { target: { value: 'orbital, numerics' } });
    fireEvent.change(within(form).getByLabelText('Notes'), { target: { value: 'Met at the symposium.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save candidate' }));

    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Added Katherine Johnson.'));
    const created = api.candidates().find((c) => c.displayName === 'Katherine Johnson') as CandidateDetail;
    expect(created).toMatchObject({
      emails: ['kj@example.org', 'katherine@nasa.example'],
      affiliations: ['NASA'],
      primaryChannel: 'referral',
      primaryCredit: 'Grace Hopper',
      tags: ['orbital', 'numerics'],
      notes: 'Met at the symposium.',
    });
    expect(screen.getByRole('link', { name: 'Open their profile' }).getAttribute('href')).toBe(`/candidates/${created.id}`);
    await waitFor(async () => expect(await names()).toContain('Katherine Johnson'));
  });

  it("shows the API's field errors next to the fields", async () => {
    await openList();
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    const form = screen.getByRole('form', { name: 'New candidate' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Someone' } });
    fireEvent.change(within(form).getByLabelText('Emails'), { target: { value: 'ok@example.org, not-an-email' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save candidate' }));

    const emails = within(form).getByLabelText('Emails');
    await waitFor(() => expect(emails.getAttribute('aria-invalid')).toBe('true'));
    const message = document.getElementById(emails.getAttribute('aria-describedby')!.split(' ').at(-1)!);
    expect(message?.textContent).toBe('Emails item 2 must be an email');
  });

  it('links to the existing candidate when the email is already taken', async () => {
    await openList();
    fireEvent.click(screen.getByRole('button', { name: 'Add candidate' }));
    const form = screen.getByRole('form', { name: 'New candidate' });
    fireEvent.change(within(form).getByLabelText('Name'), { target: { value: 'Ada L.' } });
    fireEvent.change(within(form).getByLabelText('Emails'), { target: { value: 'ada@example.org' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save candidate' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('A candidate with this email/id already exists.');
    expect(within(alert).getByRole('link', { name: 'Open the existing candidate' }).getAttribute('href')).toBe(`/candidates/${ADA.id}`);
    expect(api.writes().map((w) => w.path)).toEqual(['/api/candidates']);
  });

  it('lets a hiring manager read the list but not add to it', async () => {
    await openList('/candidates', { signedInAs: 'hiring_manager' });
    expect(await names()).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']);
    expect(screen.queryByRole('button', { name: 'Add candidate' })).toBeNull();
    expect(screen.getByRole('navigation', { name: 'Main' }).textContent).toContain('Candidates');
  });

  it('gives interviewers no link and no access', async () => {
    start('/candidates', { signedInAs: 'interviewer' });
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(within(screen.getByRole('navigation', { name: 'Main' })).queryByRole('link', { name: 'Candidates' })).toBeNull();
    expect(api.candidateListSearches()).toEqual([]);
  });

  it('offers to try again when the list cannot be loaded', async () => {
    await openList();
    await table();
    api.override((call) =>
      call.path === '/api/candidates'
        ? { status: 500, body: { code: ErrorCode.INTERNAL_ERROR, message: 'The database is down.' } }
        : undefined,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Show archived' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The candidates could not be loaded.');
    expect(alert.textContent).toContain('The database is down.');
    api.clearOverrides();
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(async () => expect(await names()).toEqual(['Zed Archived']));
  });
});
