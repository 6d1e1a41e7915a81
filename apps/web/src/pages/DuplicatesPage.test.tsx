import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeApi, type FakeApiOptions } from '../test-utils/fakeApi';
import { makeCandidate, makePaper } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA_OLD = makeCandidate(1, {
  displayName: 'Ada Lovelace',
  emails: ['ada@example.org'],
  affiliations: ['Analytical Engines Ltd'],
  papers: [makePaper({ id: 'p0000000-0000-4000-8000-000000000001' }), makePaper({ id: 'p0000000-0000-4000-8000-000000000002' })],
});
const ADA_NEW = makeCandidate(2, {
  displayName: 'Ada Lovelace',
  emails: ['ada.lovelace@example.com'],
  affiliations: ['University of London'],
  papers: [makePaper({ id: 'p0000000-0000-4000-8000-000000000003', title: 'Notes on the engine' })],
});
const GRACE = makeCandidate(3, { displayName: 'Grace Hopper' });

let api: FakeApi;

async function openDuplicates(options: FakeApiOptions = {}) {
  api = createFakeApi({ signedInAs: 'recruiter', candidates: [ADA_OLD, ADA_NEW, GRACE], ...options });
  vi.stubGlobal('fetch', api.fetch);
  const view = renderApp('/candidates/duplicates');
  await screen.findByRole('heading', { level: 1, name: 'Suggested duplicates' });
  return view;
}

const pairCard = (name = 'Ada Lovelace and Ada Lovelace') => screen.findByRole('article', { name });
const status = () => screen.getByRole('status').textContent;
const duplicateReads = () => api.calls.filter((c) => c.method === 'GET' && c.path === '/api/duplicates').length;

function facts(side: HTMLElement) {
  return Object.fromEntries(
    within(side)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );
}

describe('the suggested duplicates page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows each suggested pair side by side with why they look alike', async () => {
    await openDuplicates();
    const card = await pairCard();
    expect(within(card).getByText('Same name')).toBeTruthy();
    expect(card.textContent).toContain('same name (Ada Lovelace)');
    const left = within(card).getByRole('group', { name: 'Left: Ada Lovelace' });
    const right = within(card).getByRole('group', { name: 'Right: Ada Lovelace' });
    expect(facts(left)).toMatchObject({ Emails: 'ada@example.org', Affiliations: 'Analytical Engines Ltd', Papers: '2' });
    expect(facts(right)).toMatchObject({ Emails: 'ada.lovelace@example.com', Affiliations: 'University of London', Papers: '1' });
    expect(within(left).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe(`/candidates/${ADA_OLD.id}`);
    // Grace has no namesake, so she is in no pair.
    expect(screen.getAllByRole('article')).toHaveLength(1);
  });

  it('is reached from the candidates page, and is not read as a candidate id', async () => {
    api = createFakeApi({ signedInAs: 'recruiter', candidates: [ADA_OLD, ADA_NEW] });
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/candidates');
    fireEvent.click(await screen.findByRole('link', { name: 'Review suggested duplicates' }));
    await pairCard();
    expect(api.calls.some((c) => c.path === '/api/candidates/duplicates')).toBe(false);
  });

  it('merges after a confirmation that says what will happen, and lists the pair no more', async () => {
    await openDuplicates();
    fireEvent.click(within(await pairCard()).getByRole('button', { name: 'Merge into left' }));

    const dialog = screen.getByRole('dialog', { name: 'Merge into Ada Lovelace (left)?' });
    expect(dialog.textContent).toContain('All evidence of Ada Lovelace (right) moves to them');
    expect(dialog.textContent).toContain('The record of Ada Lovelace (right) is removed.');
    expect(dialog.textContent).toContain('recorded in the audit log');
    expect(api.writes()).toEqual([]);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(status()).toContain('Merged Ada Lovelace into Ada Lovelace.'));
    expect(api.writes()).toEqual([
      {
        method: 'POST',
        path: '/api/candidates/merge',
        body: { targetId: ADA_OLD.id, targetVersion: 1, sourceId: ADA_NEW.id, sourceVersion: 1 },
      },
    ]);
    expect(screen.getByRole('link', { name: 'Open Ada Lovelace' }).getAttribute('href')).toBe(`/candidates/${ADA_OLD.id}`);
    expect(await screen.findByText('No suggested duplicates')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    const [kept] = api.candidates().filter((c) => c.displayName === 'Ada Lovelace');
    expect(api.candidates().filter((c) => c.displayName === 'Ada Lovelace')).toHaveLength(1);
    expect(kept.id).toBe(ADA_OLD.id);
    expect(kept.emails).toEqual(['ada@example.org', 'ada.lovelace@example.com']);
    expect(kept.papers).toHaveLength(3);
    // The pair (and the button that had focus) is gone: focus is on what happened.
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  it("after a merge, refreshes the kept candidate's profile and history", async () => {
    const { queryClient } = await openDuplicates();
    const detailKey = ['candidates', 'detail', ADA_OLD.id];
    const historyKey = ['candidates', 'detail', ADA_OLD.id, 'history'];
    queryClient.setQueryData(detailKey, ADA_OLD);
    queryClient.setQueryData(historyKey, { pages: [], pageParams: [] });
    fireEvent.click(within(await pairCard()).getByRole('button', { name: 'Merge into left' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(status()).toContain('Merged Ada Lovelace into Ada Lovelace.'));
    expect(queryClient.getQueryState(detailKey)?.isInvalidated).toBe(true);
    expect(queryClient.getQueryState(historyKey)?.isInvalidated).toBe(true);
  });

  it('merges into the right-hand candidate when asked, and Cancel or Escape sends nothing', async () => {
    await openDuplicates();
    const card = await pairCard();
    const mergeRight = within(card).getByRole('button', { name: 'Merge into right' });
    mergeRight.focus();
    fireEvent.click(mergeRight);
    expect(document.activeElement).toBe(within(screen.getByRole('dialog')).getByRole('button', { name: 'Merge' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(mergeRight);
    fireEvent.click(mergeRight);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.writes()).toEqual([]);

    fireEvent.click(mergeRight);
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Merge into Ada Lovelace (right)?' })).getByRole('button', { name: 'Merge' }),
    );
    await waitFor(() => expect(api.writes()).toHaveLength(1));
    expect(api.writes()[0].body).toMatchObject({ targetId: ADA_NEW.id, sourceId: ADA_OLD.id });
  });

  it('says when one of the pair changed meanwhile, merges nothing, and shows the pair as it is now', async () => {
    await openDuplicates();
    const card = await pairCard();
    api.changeCandidateElsewhere(ADA_NEW.id, { notes: 'Edited by Morgan.' });
    const readsBefore = duplicateReads();

    fireEvent.click(within(card).getByRole('button', { name: 'Merge into left' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Merge' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('One of these candidates changed since the list was loaded.');
    expect(alert.textContent).toContain('nothing was changed');
    expect(api.candidates().filter((c) => c.displayName === 'Ada Lovelace')).toHaveLength(2);
    await waitFor(() => expect(duplicateReads()).toBeGreaterThan(readsBefore));
    expect(screen.queryByRole('dialog')).toBeNull();

    // The refreshed pair carries the new version, so a second try goes through.
    fireEvent.click(within(await pairCard()).getByRole('button', { name: 'Merge into left' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Merge' }));
    await waitFor(() => expect(status()).toContain('Merged Ada Lovelace into Ada Lovelace.'));
    expect(api.writes()[1].body).toMatchObject({ sourceId: ADA_NEW.id, sourceVersion: 2 });
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('dismisses a pair as two different people, after asking', async () => {
    await openDuplicates();
    fireEvent.click(within(await pairCard()).getByRole('button', { name: 'Not the same person' }));
    let dialog = screen.getByRole('dialog', { name: 'Mark Ada Lovelace and Ada Lovelace as different people?' });
    expect(dialog.textContent).toContain('will not be suggested as duplicates again');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.writes()).toEqual([]);

    fireEvent.click(within(await pairCard()).getByRole('button', { name: 'Not the same person' }));
    dialog = screen.getByRole('dialog', { name: 'Mark Ada Lovelace and Ada Lovelace as different people?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Not the same person' }));
    await waitFor(() =>
      expect(status()).toBe('Marked Ada Lovelace and Ada Lovelace as different people; they will not be suggested again.'),
    );
    expect(api.writes()).toEqual([{ method: 'POST', path: '/api/duplicates/dismiss', body: { aId: ADA_OLD.id, bId: ADA_NEW.id } }]);
    expect(await screen.findByText('No suggested duplicates')).toBeTruthy();
    expect(api.candidates()).toHaveLength(3);
    expect(document.activeElement).toBe(screen.getByRole('status'));
  });

  it('keeps each pair busy while its own action runs, even when another pair is acted on meanwhile', async () => {
    const GRACE_TWIN = makeCandidate(4, { displayName: 'Grace Hopper' });
    await openDuplicates({ candidates: [ADA_OLD, ADA_NEW, GRACE, GRACE_TWIN] });
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method === 'POST') await gate;
      return fakeFetch(input, init);
    });
    for (const name of ['Ada Lovelace and Ada Lovelace', 'Grace Hopper and Grace Hopper']) {
      fireEvent.click(within(await pairCard(name)).getByRole('button', { name: 'Not the same person' }));
      // The first dialog stays open (busy) while its dismissal runs; the test reaches past it to the second pair.
      const dialog = screen.getByRole('dialog', { name: `Mark ${name} as different people?` });
      fireEvent.click(within(dialog).getByRole('button', { name: 'Not the same person' }));
    }
    for (const name of ['Ada Lovelace and Ada Lovelace', 'Grace Hopper and Grace Hopper']) {
      await waitFor(async () =>
        expect(within(await pairCard(name)).getByRole('button', { name: 'Merge into left' })).toHaveProperty('disabled', true),
      );
    }
    release?.();
    expect(await screen.findByText('No suggested duplicates')).toBeTruthy();
  });

  it('says so when there is nothing to review', async () => {
    await openDuplicates({ candidates: [GRACE] });
    expect(await screen.findByText('No suggested duplicates')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('loads more pairs with the cursor of the last page', async () => {
    const twins = Array.from({ length: 21 }, (_, i) => [
      makeCandidate(100 + 2 * i, { displayName: `Twin ${String(i).padStart(2, '0')}` }),
      makeCandidate(101 + 2 * i, { displayName: `Twin ${String(i).padStart(2, '0')}` }),
    ]).flat();
    await openDuplicates({ candidates: twins });
    await pairCard('Twin 00 and Twin 00');
    expect(screen.getAllByRole('article')).toHaveLength(20);
    expect(screen.queryByRole('article', { name: 'Twin 20 and Twin 20' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await pairCard('Twin 20 and Twin 20')).toBeTruthy();
    expect(screen.getAllByRole('article')).toHaveLength(21);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
    const searches = api.calls.filter((c) => c.path === '/api/duplicates').map((c) => new URLSearchParams(c.search));
    expect(searches[1].get('cursor')).toBe(`${twins[38].id}:${twins[39].id}`);
  });

  it('lets a hiring manager review the pairs without merge or dismiss buttons', async () => {
    await openDuplicates({ signedInAs: 'hiring_manager' });
    const card = await pairCard();
    expect(within(card).queryAllByRole('button')).toEqual([]);
    expect(screen.getByText(/Recruiters and admins review these pairs/)).toBeTruthy();
  });

  it('shows interviewers the no-access page without asking the API', async () => {
    api = createFakeApi({ signedInAs: 'interviewer', candidates: [ADA_OLD, ADA_NEW] });
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/candidates/duplicates');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(api.calls.some((c) => c.path === '/api/duplicates')).toBe(false);
  });
});
