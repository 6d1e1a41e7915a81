import { ErrorCode } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeApi, type FakeApiOptions } from '../test-utils/fakeApi';
import { makeCandidate, makePaper } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const FIRST_AUTHOR = makePaper({
  id: 'p0000000-0000-4000-8000-000000000001',
  title: 'Attention Is Most of What You Need',
  venue: 'NeurIPS',
  venueTier: 1,
  year: 2024,
  acceptance: 'oral',
  authorPosition: 1,
  authorCount: 5,
});
const PREPRINT = makePaper({
  id: 'p0000000-0000-4000-8000-000000000002',
  title: 'Scaling Something',
  venue: null,
  venueTier: null,
  year: 2025,
  acceptance: 'preprint',
  authorPosition: 3,
  authorCount: 4,
});

const ADA = makeCandidate(1, {
  displayName: 'Ada Lovelace',
  emails: ['ada@example.org'],
  affiliations: ['Analytical Engines Ltd'],
  primaryChannel: 'conference',
  primaryCredit: 'Grace Hopper',
  tags: ['theory'],
  notes: 'Strong on proofs.',
  identities: [
    { kind: 'email', value: 'ada@example.org' },
    { kind: 'orcid', value: '0000-0002-1825-0097' },
  ],
  signals: { firstAuthorTopTier: 1, creditAdjusted: 0.2, bestVenueTier: 1, reproducedReimplementations: 1 },
  papers: [FIRST_AUTHOR, PREPRINT],
  reimplementations: [
    {
      id: 'r0000000-0000-4000-8000-000000000001',
      repoUrl: 'https://github.com/ada/attention-repro',
      paperTitle: 'Attention Is All You Need',
      official: false,
      reproduced: true,
      framework: 'PyTorch',
      year: 2023,
      notes: null,
      provenance: { source: 'paperswithcode', importedAt: '2025-06-01T10:00:00.000Z' },
    },
  ],
  encounters: [
    {
      id: 'e0000000-0000-4000-8000-000000000001',
      candidateId: 'c0000000-0000-4000-8000-000000000001',
      event: 'NeurIPS',
      year: 2025,
      kind: 'poster',
      notes: 'Talked about evaluation.',
      provenance: { source: 'manual', importedAt: '2025-12-10T10:00:00.000Z' },
      createdAt: '2025-12-10T10:00:00.000Z',
    },
  ],
  explanation: {
    rules: ['Preprints, rejected and withdrawn papers never count.', 'Each counted paper credits 1/authors.'],
    firstAuthorTopTier: [{ paperId: FIRST_AUTHOR.id, title: FIRST_AUTHOR.title, venue: 'NeurIPS', year: 2024 }],
    creditAdjusted: [{ paperId: FIRST_AUTHOR.id, title: FIRST_AUTHOR.title, venue: 'NeurIPS', year: 2024, authorCount: 5, credit: 0.2 }],
    bestVenueTier: { paperId: FIRST_AUTHOR.id, title: FIRST_AUTHOR.title, venue: 'NeurIPS', year: 2024, tier: 1 },
    reproducedReimplementations: [
      {
        reimplementationId: 'r0000000-0000-4000-8000-000000000001',
        repoUrl: 'https://github.com/ada/attention-repro',
        paperTitle: 'Attention Is All You Need',
      },
    ],
  },
});

let api: FakeApi;

async function openAda(options: FakeApiOptions = {}) {
  api = createFakeApi({ signedInAs: 'recruiter', candidates: [ADA], ...options });
  vi.stubGlobal('fetch', api.fetch);
  const view = renderApp(`/candidates/${ADA.id}`);
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
  return view;
}

const section = (name: string) => screen.getByRole('region', { name });

describe('the candidate profile', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows who they are: affiliations, primary source, identities, tags and notes', async () => {
    await openAda();
    expect(screen.getByText('Analytical Engines Ltd')).toBeTruthy();
    const about = section('About');
    expect(about.textContent).toContain('Conference · credit: Grace Hopper');
    expect(within(about).getByText('ORCID: 0000-0002-1825-0097')).toBeTruthy();
    expect(within(about).getByText('Email: ada@example.org')).toBeTruthy();
    expect(within(within(about).getByRole('list', { name: 'Tags' })).getByText('theory')).toBeTruthy();
    expect(within(about).getByText('Strong on proofs.')).toBeTruthy();
  });

  it('explains each signal by the papers and repositories behind it', async () => {
    await openAda();
    const signals = section('Signals');
    const values = Object.fromEntries(
      within(signals)
        .getAllByRole('term')
        .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
    );
    expect(values).toEqual({
      'First-author top-tier papers': '1',
      'Credit-adjusted papers': '0.2',
      'Best venue tier': 'Tier 1',
      'Reproduced re-implementations': '1',
    });
    expect(signals.textContent).not.toMatch(/2 papers/);
    expect(within(signals).getByText('Preprints, rejected and withdrawn papers never count.')).toBeTruthy();
    expect(within(section('First-author top-tier')).getByText('Attention Is Most of What You Need — NeurIPS 2024')).toBeTruthy();
    expect(within(section('Credit-adjusted')).getByText('Attention Is Most of What You Need — NeurIPS 2024: 1/5 = 0.20')).toBeTruthy();
    expect(within(section('Best tier')).getByText('Tier 1, from Attention Is Most of What You Need — NeurIPS 2024')).toBeTruthy();
    expect(
      within(section('Reproduced re-implementations')).getByRole('link', { name: 'https://github.com/ada/attention-repro' }),
    ).toBeTruthy();
  });

  it("lists the papers with the candidate's author position, and the re-implementations and encounters", async () => {
    await openAda();
    const papers = screen.getByRole('table', { name: 'Papers' });
    const rows = within(papers)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [
        within(row).getByRole('rowheader').textContent,
        ...within(row)
          .getAllByRole('cell')
          .map((td) => td.textContent),
      ]);
    expect(rows).toEqual([
      ['Attention Is Most of What You Need', 'NeurIPSTier 1', '2024', 'Oral', '1st of 5'],
      ['Scaling Something', '—', '2025', 'Preprint', '3rd of 4'],
    ]);
    const reimplementations = screen.getByRole('table', { name: 'Re-implementations' });
    const repo = within(reimplementations).getByRole('link', { name: 'github.com/ada/attention-repro' });
    expect(repo.getAttribute('href')).toBe('https://github.com/ada/attention-repro');
    expect(
      within(repo.closest('tr')!)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['Attention Is All You Need', 'Independent', 'Reproduced']);
    expect(section('Encounters').textContent).toContain('NeurIPS 2025 · Poster');
  });

  it('shows the history, newest first, and adds to it after a change', async () => {
    await openAda();
    const history = section('History');
    expect(await within(history).findByText('Nothing recorded yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await within(history).findByText('Archived');
    expect(within(history).getByText(/recruiter@loopboard\.dev/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unarchive' }));
    await within(history).findByText('Brought back from the archive');
    const entries = within(within(history).getByRole('list', { name: 'History' })).getAllByRole('listitem');
    expect(entries.map((li) => li.querySelector('strong')?.textContent)).toEqual(['Brought back from the archive', 'Archived']);
  });

  it('archives and unarchives the candidate', async () => {
    await openAda();
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Archived Ada Lovelace.'));
    expect(screen.getByText('Archived', { selector: '.badge' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Unarchive' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Restored Ada Lovelace.'));
    expect(api.writes().map((w) => w.path)).toEqual([`/api/candidates/${ADA.id}/archive`, `/api/candidates/${ADA.id}/unarchive`]);
  });

  it('says someone changed the candidate meanwhile when archiving conflicts, and reloads on request', async () => {
    await openAda();
    api.changeCandidateElsewhere(ADA.id, { notes: 'Updated by Morgan.' });
    api.override((call) =>
      call.path.endsWith('/archive')
        ? { status: 409, body: { code: ErrorCode.CANDIDATE_VERSION_CONFLICT, message: 'changed', currentVersion: 2 } }
        : undefined,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Archive' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone changed this candidate meanwhile');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('Updated by Morgan.')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('edits tags and notes from the version on screen, and refuses to overwrite a newer one', async () => {
    await openAda();
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags and notes' }));
    const form = screen.getByRole('form', { name: 'Edit tags and notes' });
    fireEvent.change(within(form).getByLabelText('Tags'), { target: { value: 'theory, compilers' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save tags and notes' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved tags and notes.'));
    expect(
      within(screen.getByRole('list', { name: 'Tags' }))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['theory', 'compilers']);

    api.changeCandidateElsewhere(ADA.id, { notes: 'Morgan was here.' });
    fireEvent.click(screen.getByRole('button', { name: 'Edit tags and notes' }));
    fireEvent.change(within(screen.getByRole('form', { name: 'Edit tags and notes' })).getByLabelText('Notes'), {
      target: { value: 'Mine.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Save tags and notes' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone changed this candidate meanwhile');
    expect(api.candidates()[0].notes).toBe('Morgan was here.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('Morgan was here.')).toBeTruthy();
  });

  it('shows "Candidate not found" for an unknown or malformed id', async () => {
    api = createFakeApi({ signedInAs: 'recruiter', candidates: [ADA] });
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/candidates/c0000000-0000-4000-8000-00000000ffff');
    expect(await screen.findByRole('heading', { level: 1, name: 'Candidate not found' })).toBeTruthy();
    cleanup();
    renderApp('/candidates/not-an-id');
    expect(await screen.findByRole('heading', { level: 1, name: 'Candidate not found' })).toBeTruthy();
  });

  it('lets a hiring manager read the profile without archive or edit buttons', async () => {
    await openAda({ signedInAs: 'hiring_manager' });
    expect(screen.queryByRole('button', { name: 'Archive' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Edit tags and notes' })).toBeNull();
  });

  it('offers erasure to admins only', async () => {
    await openAda({ signedInAs: 'admin' });
    expect(screen.getByRole('button', { name: 'Erase personal data…' })).toBeTruthy();
    for (const role of ['recruiter', 'hiring_manager'] as const) {
      cleanup();
      await openAda({ signedInAs: role });
      expect(screen.queryByRole('button', { name: 'Erase personal data…' })).toBeNull();
    }
  });

  it('explains erasure, requires a reason and the typed name, then erases and goes back to the list', async () => {
    const { router } = await openAda({ signedInAs: 'admin' });
    fireEvent.click(screen.getByRole('button', { name: 'Erase personal data…' }));
    const dialog = screen.getByRole('dialog', { name: "Erase Ada Lovelace's personal data?" });
    expect(dialog.textContent).toContain('This cannot be undone.');
    expect(dialog.textContent).toContain('removed everywhere they appear');
    expect(dialog.textContent).toContain('Anonymous counts stay');
    expect(dialog.textContent).toContain('The audit log keeps only that an erasure happened');
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Reason'));

    const erase = () => fireEvent.click(within(dialog).getByRole('button', { name: 'Erase personal data' }));
    erase();
    expect(within(dialog).getByText('Enter the reason for the erasure, e.g. the request ticket.')).toBeTruthy();
    expect(within(dialog).getByText('Type Ada Lovelace exactly as shown to confirm.')).toBeTruthy();
    expect(within(dialog).getByLabelText('Reason').getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Ada Lovelace asked by email' } });
    fireEvent.change(within(dialog).getByLabelText('Type Ada Lovelace to confirm'), { target: { value: 'ada lovelace' } });
    erase();
    expect(
      within(dialog).getByText("The reason is kept after the erasure, so it must not contain the candidate's name or email."),
    ).toBeTruthy();
    expect(within(dialog).getByText('Type Ada Lovelace exactly as shown to confirm.')).toBeTruthy();
    expect(api.writes()).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'GDPR art. 17 request, ticket 4411' } });
    fireEvent.change(within(dialog).getByLabelText('Type Ada Lovelace to confirm'), { target: { value: 'Ada Lovelace' } });
    erase();

    await waitFor(() => expect(router.state.location.pathname).toBe('/candidates'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Erased the personal data of Ada Lovelace.'));
    expect(api.writes()).toEqual([
      { method: 'POST', path: `/api/candidates/${ADA.id}/erase`, body: { version: 1, reason: 'GDPR art. 17 request, ticket 4411' } },
    ]);
    expect(api.erasedCandidateIds()).toEqual([ADA.id]);
    expect(await screen.findByText('No candidates yet.')).toBeTruthy();
  });

  it('closes the erase dialog on Cancel without sending anything', async () => {
    await openAda({ signedInAs: 'admin' });
    fireEvent.click(screen.getByRole('button', { name: 'Erase personal data…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.writes()).toEqual([]);
  });

  it('erases nothing when the candidate changed meanwhile, and reloads on request', async () => {
    await openAda({ signedInAs: 'admin' });
    api.changeCandidateElsewhere(ADA.id, { notes: 'Updated by Morgan.' });
    fireEvent.click(screen.getByRole('button', { name: 'Erase personal data…' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'GDPR request, ticket 12' } });
    fireEvent.change(within(dialog).getByLabelText('Type Ada Lovelace to confirm'), { target: { value: 'Ada Lovelace' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase personal data' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert.textContent).toContain('Someone changed this candidate meanwhile.');
    expect(api.erasedCandidateIds()).toEqual([]);
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload' }));
    expect(await screen.findByText('Updated by Morgan.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Erase personal data' }));
    await waitFor(() => expect(api.erasedCandidateIds()).toEqual([ADA.id]));
    expect(api.writes().map((w) => (w.body as { version: number }).version)).toEqual([1, 2]);
  });

  it("says the candidate's data was erased, instead of a generic error, when the API answers 410", async () => {
    api = createFakeApi({ signedInAs: 'recruiter', candidates: [ADA] });
    api.eraseElsewhere(ADA.id);
    vi.stubGlobal('fetch', api.fetch);
    renderApp(`/candidates/${ADA.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: "This candidate's data was erased" })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to candidates' }).getAttribute('href')).toBe('/candidates');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows interviewers the no-access page', async () => {
    api = createFakeApi({ signedInAs: 'interviewer', candidates: [ADA] });
    vi.stubGlobal('fetch', api.fetch);
    renderApp(`/candidates/${ADA.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(api.calls.some((c) => c.path.startsWith('/api/candidates'))).toBe(false);
  });
});
