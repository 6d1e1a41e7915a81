import { ErrorCode, type UserRole } from '@loopboard/contracts';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROGRESS_POLL_MS } from '../modules/imports/utils/importQueries';
import { createFakeApi, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { FakeXMLHttpRequest, importPerson } from '../test-utils/fakeImports';
import { renderApp } from '../test-utils/renderApp';

const EXISTING_SCHOLKOPF = makeCandidate(1, { displayName: 'Bernhard Schölkopf' });

const GODEL = importPerson('Kurt Gödel', {
  firstAuthor: true,
  spellings: ['Kurt Gödel', 'G{\\"o}del, Kurt'],
  titles: ['On Formally Undecidable Propositions'],
});
const TURING = importPerson('Alan Turing', { titles: ['On Formally Undecidable Propositions', 'Computable Numbers'] });
const SCHOLKOPF = importPerson('Bernhard Schölkopf', {
  titles: ['Computable Numbers'],
  possibleDuplicates: [{ candidateId: EXISTING_SCHOLKOPF.id, candidateName: 'Bernhard Schölkopf' }],
  actionText: 'will create a new candidate; possible duplicate of Bernhard Schölkopf',
});

let api: FakeApi;

function start(path: string, role: UserRole = 'recruiter') {
  api = createFakeApi({ signedInAs: role, candidates: [EXISTING_SCHOLKOPF] });
  api.importFile('refs.bib', {
    people: [GODEL, TURING, SCHOLKOPF],
    skipped: [{ sourceRef: 'misc1', reason: 'entry has no title' }],
    warnings: ['@string{jmlr} is used but never defined'],
  });
  vi.stubGlobal('fetch', api.fetch);
  vi.stubGlobal('XMLHttpRequest', FakeXMLHttpRequest);
  return renderApp(path);
}

async function openWizard() {
  const view = start('/candidates/import');
  await screen.findByRole('heading', { level: 1, name: 'Import candidates' });
  return view;
}

function chooseFile(file: File, label = 'File to import') {
  fireEvent.change(screen.getByLabelText(label), { target: { files: [file] } });
}

async function uploadRefs() {
  chooseFile(new File(['@article{godel31, author = {G{\\"o}del, Kurt}}'], 'refs.bib', { type: 'text/x-bibtex' }));
  fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
  return screen.findByRole('heading', { level: 2, name: 'Preview of refs.bib' });
}

/** Commits an import straight through the fake API, as another tab would. */
async function fetchCommit(importId: string) {
  const response = await api.fetch(`/api/imports/${importId}/commit`, {
    method: 'POST',
    headers: { 'x-csrf-token': api.csrfToken() ?? '' },
    body: JSON.stringify({ select: 'all' }),
  });
  return response.status;
}

const summaryOf = (name: string) =>
  Object.fromEntries(
    within(document.querySelector<HTMLElement>(`dl[aria-label="${name}"]`)!)
      .getAllByRole('term')
      .map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]),
  );

const peopleRows = () =>
  within(screen.getByRole('table', { name: 'People in the file' }))
    .getAllByRole('rowheader')
    .map((th) => th.firstChild?.textContent);

describe('the import wizard', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('opens from the candidates page, previews a file, imports its first authors and shows the result', async () => {
    const { router } = start('/candidates');
    fireEvent.click(await screen.findByRole('link', { name: 'Import' }));
    await screen.findByRole('heading', { level: 1, name: 'Import candidates' });

    await uploadRefs();
    expect(router.state.location.pathname).toBe(`/candidates/import/${api.importIds()[0]}`);
    const upload = api.writes().find((w) => w.path === '/api/imports');
    expect(upload?.body).toEqual({ fileName: 'refs.bib', content: '@article{godel31, author = {G{\\"o}del, Kurt}}' });
    expect(api.calls.find((c) => c.path === '/api/imports')?.csrfToken).toBe(api.csrfToken());

    expect(summaryOf('Summary')).toEqual({
      People: '3',
      Papers: '2',
      'Re-implementations': '0',
      'To create': '3',
      'To merge': '0',
      Conflicts: '0',
      Skipped: '1',
    });
    expect(screen.getByRole('alert')).toHaveProperty('textContent', expect.stringContaining('@string{jmlr} is used but never defined'));
    expect(peopleRows()).toEqual(['Kurt Gödel', 'Alan Turing', 'Bernhard Schölkopf']);
    const scholkopf = screen.getByRole('rowheader', { name: /Bernhard Schölkopf/ }).closest('tr')!;
    expect(scholkopf.textContent).toContain('Possible duplicate of Bernhard Schölkopf — will be created; review on the duplicates page');
    expect(within(scholkopf).getByRole('link', { name: 'duplicates page' }).getAttribute('href')).toBe('/candidates/duplicates');

    const turing = screen.getByRole('rowheader', { name: /Alan Turing/ }).closest('tr')!;
    const papers = within(turing).getByRole('button', { name: '2 papers' });
    expect(papers.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(papers);
    expect(within(turing).getByRole('list').textContent).toContain('Computable Numbers');

    fireEvent.click(screen.getByText(/^Skipped: 1 entry/));
    expect(screen.getByRole('list', { name: 'Skipped entries' }).textContent).toBe('misc1: entry has no title');

    expect(screen.getByRole('button', { name: 'Import 3 people' })).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: 'First authors only (1)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 person' }));

    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' });
    expect(api.writes().at(-1)).toEqual({
      method: 'POST',
      path: `/api/imports/${api.importIds()[0]}/commit`,
      body: { select: 'first-authors' },
    });
    expect(screen.getByText('Created 1 candidate, merged into 0 existing candidates, skipped 3 entries.')).toBeTruthy();
    const created = api.candidates().find((c) => c.displayName === 'Kurt Gödel')!;
    const link = await screen.findByRole('link', { name: 'Kurt Gödel' });
    expect(link.getAttribute('href')).toBe(`/candidates/${created.id}`);
    expect(screen.getByRole('link', { name: 'Open the candidates list' }).getAttribute('href')).toBe('/candidates?sort=createdAt');

    fireEvent.click(screen.getByRole('button', { name: 'Import another file' }));
    await screen.findByRole('heading', { level: 2, name: 'Choose a file' });
    expect(router.state.location.pathname).toBe('/candidates/import');
  });

  it('shows how far the commit got while it runs, and takes one click only', async () => {
    await openWizard();
    await uploadRefs();
    const importId = api.importIds()[0];
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/commit')) await gate;
      return fakeFetch(input, init);
    });
    api.setImportProgress(importId, { phase: 'matching', done: 0, total: 0 });

    // Two clicks before React re-renders: the button is still enabled for the second one.
    const importButton = screen.getByRole('button', { name: 'Import 3 people' });
    act(() => {
      importButton.click();
      importButton.click();
    });
    expect(await screen.findByText('Matching the people against existing candidates…')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Importing…' });
    expect(button).toHaveProperty('disabled', true);

    api.setImportProgress(importId, { phase: 'writing', done: 1234, total: 5000 });
    expect(await screen.findByText('Writing 1,234 of 5,000 records (people, then papers)', {}, { timeout: 3000 })).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Import progress' });
    expect([bar.getAttribute('value'), bar.getAttribute('max')]).toEqual(['1234', '5000']);
    // The live region says the phase and the quarter reached, not every number; the bar is outside it.
    const status = screen.getByRole('status');
    expect(status.textContent).toBe('Writing 5,000 records: 0% done');
    expect(status.contains(bar)).toBe(false);
    api.setImportProgress(importId, { phase: 'writing', done: 2600, total: 5000 });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Writing 5,000 records: 50% done'), { timeout: 3000 });

    api.setImportProgress(importId, null);
    release?.();
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' });
    expect(api.writes().filter((w) => w.path.endsWith('/commit'))).toHaveLength(1);
  });

  it('when the commit request fails on the network, polls the progress and shows the result once done, then stops polling', async () => {
    await openWizard();
    await uploadRefs();
    const importId = api.importIds()[0];
    const fakeFetch = api.fetch;
    // The server commits, but the answer never arrives.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/commit')) {
        api.setImportProgress(importId, { phase: 'writing', done: 1, total: 3 });
        await fakeFetch(input, init);
        throw new TypeError('Failed to fetch');
      }
      return fakeFetch(input, init);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 people' }));
    expect(await screen.findByText(/checking with the server whether it went through/)).toBeTruthy();
    expect(await screen.findByText('Writing 1 of 3 records (people, then papers)', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByText(/Could not import refs.bib/)).toBeNull();

    api.setImportProgress(importId, null);
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' }, { timeout: 3000 });
    expect(screen.getByText('Created 3 candidates, merged into 0 existing candidates, skipped 1 entry.')).toBeTruthy();
    expect(api.writes().filter((w) => w.path.endsWith('/commit'))).toHaveLength(1);

    const progressCalls = () => api.calls.filter((c) => c.path === `/api/imports/${importId}/progress`).length;
    const polled = progressCalls();
    expect(polled).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 3 * PROGRESS_POLL_MS));
    expect(progressCalls()).toBe(polled);
  });

  it('after a 409 "already committed" answer, shows the result of the commit that did go through', async () => {
    await openWizard();
    await uploadRefs();
    const importId = api.importIds()[0];
    const fakeFetch = api.fetch;
    // A first commit went through (another tab, or a retried request), so this one is refused.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/commit')) await fakeFetch(input, init);
      return fakeFetch(input, init);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 people' }));
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' }, { timeout: 3000 });
    expect(api.calls.some((c) => c.path === `/api/imports/${importId}/progress`)).toBe(true);
    expect(screen.queryByText(/Could not import refs.bib/)).toBeNull();
  });

  it('after a 5xx, shows that the commit failed when the progress says so, and lets the user try again', async () => {
    await openWizard();
    await uploadRefs();
    const importId = api.importIds()[0];
    let broken = true;
    api.override((call) => {
      if (!broken || !call.path.endsWith('/commit')) return undefined;
      api.setImportProgress(importId, { phase: 'failed', done: 0, total: 3 });
      return { status: 502, body: '<html>Bad gateway</html>' };
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 people' }));
    expect(await screen.findByText('The import failed', {}, { timeout: 3000 })).toBeTruthy();
    expect(screen.queryByText(/Could not import refs.bib/)).toBeNull();
    broken = false;
    api.setImportProgress(importId, null);
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 people' }));
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' }, { timeout: 3000 });
  });

  it('when the commit request fails before it reached the server, shows the error and offers the commit again', async () => {
    await openWizard();
    await uploadRefs();
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/commit')) throw new TypeError('Failed to fetch');
      return fakeFetch(input, init);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 people' }));
    const title = await screen.findByText('Could not import refs.bib', {}, { timeout: 3000 });
    expect(title.closest('[role="alert"]')?.textContent).toContain('Could not reach the Loopboard server');
    expect(screen.getByRole('button', { name: 'Import 3 people' })).toHaveProperty('disabled', false);
    expect(api.writes().filter((w) => w.path.endsWith('/commit'))).toHaveLength(0);
  });

  it('asks before leaving while the commit runs', async () => {
    const { router } = await openWizard();
    await uploadRefs();
    let release: (() => void) | undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).endsWith('/commit')) await gate;
      return fakeFetch(input, init);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 people' }));
    await screen.findByRole('button', { name: 'Importing…' });

    const unload = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unload);
    expect(unload.defaultPrevented).toBe(true);

    fireEvent.click(screen.getAllByRole('link', { name: 'Candidates' })[0]);
    const dialog = await screen.findByRole('dialog', { name: 'Leave this page?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(router.state.location.pathname).toBe(`/candidates/import/${api.importIds()[0]}`);

    release?.();
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' });
    const after = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(after);
    expect(after.defaultPrevented).toBe(false);
  });

  it('shows the upload, then that the server is parsing and matching, until the preview arrives', async () => {
    await openWizard();
    let answer: (() => void) | undefined;
    const answered = new Promise<void>((resolve) => {
      answer = resolve;
    });
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === '/api/imports') await answered;
      return fakeFetch(input, init);
    });
    chooseFile(new File(['@article{godel31}'], 'refs.bib'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    expect(await screen.findByText('Parsing and matching refs.bib…')).toBeTruthy();
    const bar = screen.getByRole('progressbar', { name: 'Parsing and matching' });
    expect(bar.hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Parsing and matching refs.bib…');
    expect(screen.getByRole('status').contains(bar)).toBe(false);
    expect(screen.getByRole('button', { name: 'Previewing…' })).toHaveProperty('disabled', true);
    answer?.();
    await screen.findByRole('heading', { level: 2, name: 'Preview of refs.bib' });
  });

  it('imports only the people chosen one by one', async () => {
    await openWizard();
    await uploadRefs();
    fireEvent.click(screen.getByRole('radio', { name: 'Choose…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Select none' }));
    expect(screen.getByRole('button', { name: 'Import 0 people' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Import Alan Turing' }));
    fireEvent.change(screen.getByRole('searchbox', { name: 'Filter people' }), { target: { value: 'scholkopf' } });
    expect(peopleRows()).toEqual(['Bernhard Schölkopf']);
    fireEvent.click(screen.getByRole('button', { name: 'Select all shown' }));
    fireEvent.click(screen.getByRole('button', { name: 'Import 2 people' }));
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' });
    expect(api.writes().at(-1)?.body).toEqual({ select: 'selected', personKeys: [TURING.key, SCHOLKOPF.key] });
  });

  it('"Select all" in Choose… mode leaves out people in conflict, whose boxes are disabled with the reason', async () => {
    await openWizard();
    const torn = importPerson('Ada Lovelace', { action: 'conflict', actionText: 'matches 2 different candidates' });
    api.importFile('torn.bib', { people: [GODEL, torn] });
    chooseFile(new File(['@article{x}'], 'torn.bib'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    await screen.findByRole('heading', { level: 2, name: 'Preview of torn.bib' });
    fireEvent.click(screen.getByRole('radio', { name: 'Choose…' }));
    const box = screen.getByRole('checkbox', { name: 'Import Ada Lovelace' });
    expect(box).toHaveProperty('disabled', true);
    expect(box.getAttribute('aria-describedby') && document.getElementById(box.getAttribute('aria-describedby')!)?.textContent).toContain(
      'Cannot be imported',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Select none' }));
    fireEvent.click(screen.getByRole('button', { name: 'Select all' }));
    expect(box).toHaveProperty('checked', false);
    expect(screen.getByRole('checkbox', { name: 'Import Kurt Gödel' })).toHaveProperty('checked', true);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 person' }));
    await screen.findByRole('heading', { level: 2, name: 'Imported torn.bib' });
    expect(api.writes().at(-1)?.body).toEqual({ select: 'selected', personKeys: [GODEL.key] });
  });

  it('shows a file of many people a page at a time', async () => {
    await openWizard();
    const many = Array.from({ length: 120 }, (_, i) =>
      importPerson(`Person ${String(i + 1).padStart(3, '0')}`, { firstAuthor: i % 2 === 0 }),
    );
    api.importFile('many.csv', { format: 'candidates-csv', people: many });
    chooseFile(new File(['name\n'], 'many.csv'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    await screen.findByRole('heading', { level: 2, name: 'Preview of many.csv' });
    expect(peopleRows()).toHaveLength(50);
    expect(screen.getByText('Showing 1–50 of 120 people')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    expect(peopleRows()).toEqual(many.slice(100).map((p) => p.displayName));
    expect(screen.getByRole('button', { name: 'Next page' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Import 120 people' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'First authors only (60)' })).toBeTruthy();
  });

  it('refuses a file over the size limit before uploading it, naming the file and its size', async () => {
    await openWizard();
    const big = new File(['x'], 'dblp-dump.bib');
    Object.defineProperty(big, 'size', { value: 21 * 1024 * 1024 });
    chooseFile(big);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('dblp-dump.bib is 21 MB; imports are limited to 20 MB. Split the file and import the parts.');
    const send = vi.spyOn(FakeXMLHttpRequest.prototype, 'send');
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(send).not.toHaveBeenCalled();
    expect(api.writes()).toEqual([]);
  });

  it('refuses a file that is not UTF-8, naming it, before uploading it', async () => {
    await openWizard();
    const send = vi.spyOn(FakeXMLHttpRequest.prototype, 'send');
    // "Gödel" in Latin-1: 0xF6 is no UTF-8.
    chooseFile(new File([new Uint8Array([0x47, 0xf6, 0x64, 0x65, 0x6c])], 'latin1.bib'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    expect(await screen.findByText('latin1.bib is not UTF-8 text; save it as UTF-8 and try again.')).toBeTruthy();
    expect(send).not.toHaveBeenCalled();
  });

  it('says which file could not be read instead of failing silently', async () => {
    await openWizard();
    const gone = new File(['x'], 'moved.bib');
    Object.defineProperty(gone, 'arrayBuffer', { value: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
    Object.defineProperty(gone, 'text', { value: () => Promise.reject(new DOMException('gone', 'NotReadableError')) });
    chooseFile(gone);
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    expect(await screen.findByText(/^moved\.bib could not be read/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Upload and preview' })).toHaveProperty('disabled', false);
  });

  it('cancels a running upload from its button, aborting the request, and shows no error', async () => {
    await openWizard();
    const abort = vi.spyOn(FakeXMLHttpRequest.prototype, 'abort');
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === '/api/imports') await new Promise(() => undefined);
      return fakeFetch(input, init);
    });
    chooseFile(new File(['@article{godel31}'], 'refs.bib'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel upload' }));
    expect(abort).toHaveBeenCalledTimes(1);
    expect(await screen.findByRole('button', { name: 'Upload and preview' })).toHaveProperty('disabled', false);
    expect(screen.queryByRole('button', { name: 'Cancel upload' })).toBeNull();
    expect(screen.queryByText(/Could not preview/)).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('aborts a running upload when the page is left', async () => {
    const { router } = await openWizard();
    const abort = vi.spyOn(FakeXMLHttpRequest.prototype, 'abort');
    const fakeFetch = api.fetch;
    vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input) === '/api/imports') await new Promise(() => undefined);
      return fakeFetch(input, init);
    });
    chooseFile(new File(['@article{godel31}'], 'refs.bib'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    await screen.findByRole('button', { name: 'Cancel upload' });
    await act(() => router.navigate('/candidates'));
    await screen.findByRole('heading', { level: 1, name: 'Candidates' });
    expect(abort).toHaveBeenCalledTimes(1);
  });

  it('shows why the server refused the file, with the line', async () => {
    await openWizard();
    api.override((call) =>
      call.path === '/api/imports'
        ? {
            status: 400,
            body: {
              code: ErrorCode.IMPORT_FILE_INVALID,
              message: 'refs.bib: unbalanced braces in entry godel31',
              line: 12,
              requestId: 'req-fake',
            },
          }
        : undefined,
    );
    chooseFile(new File(['@article{godel31, title = {oops'], 'refs.bib'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Could not preview refs.bib')).toBeTruthy();
    expect(alert.textContent).toContain('refs.bib: unbalanced braces in entry godel31');
    expect(alert.textContent).toContain('The problem is on line 12 of the file.');
    expect(screen.getByRole('heading', { level: 2, name: 'Choose a file' })).toBeTruthy();
  });

  it('says so when a file has nobody in it, and offers no commit', async () => {
    await openWizard();
    api.importFile('error-feed.xml', {
      format: 'arxiv-atom',
      people: [],
      skipped: [{ sourceRef: 'https://arxiv.org/api/errors#incorrect_id_format_for_abc', reason: 'an arXiv API error entry' }],
    });
    chooseFile(new File(['<feed/>'], 'error-feed.xml'));
    fireEvent.click(screen.getByRole('button', { name: 'Upload and preview' }));
    await screen.findByRole('heading', { level: 2, name: 'Preview of error-feed.xml' });
    expect(screen.getByText('No people found in error-feed.xml')).toBeTruthy();
    expect(screen.getByRole('list', { name: 'Skipped entries' }).textContent).toContain('an arXiv API error entry');
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Import another file' })).toBeTruthy();
  });

  it('opened again by its address, shows what the server still knows: the counts of a preview, the result of a commit', async () => {
    await openWizard();
    await uploadRefs();
    const importId = api.importIds()[0];
    cleanup();
    renderApp(`/candidates/import/${importId}`);
    await screen.findByRole('heading', { level: 2, name: 'Preview of refs.bib' });
    expect(screen.getByText(/shown only right after the upload/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Import \d/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Upload a file' }));
    await uploadRefs();
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 people' }));
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' });
    const committedId = api.importIds()[1];
    cleanup();
    renderApp(`/candidates/import/${committedId}`);
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' });
    expect(screen.getByText('Created 3 candidates, merged into 0 existing candidates, skipped 1 entry.')).toBeTruthy();
    expect(await screen.findByRole('link', { name: 'Alan Turing' })).toBeTruthy();
  });

  it('opened again while its commit runs, shows the progress instead of offering a re-upload, then the result', async () => {
    await openWizard();
    await uploadRefs();
    const importId = api.importIds()[0];
    api.setImportProgress(importId, { phase: 'writing', done: 2, total: 3 });
    cleanup();
    renderApp(`/candidates/import/${importId}`);
    await screen.findByRole('heading', { level: 2, name: 'Importing refs.bib' });
    expect(screen.getByText('Writing 2 of 3 records (people, then papers)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Upload a file' })).toBeNull();

    // The commit (running in the tab that was closed) ends.
    api.setImportProgress(importId, null);
    const committed = await fetchCommit(importId);
    expect(committed).toBe(200);
    await screen.findByRole('heading', { level: 2, name: 'Imported refs.bib' }, { timeout: 3000 });
  });

  it('opened again after its commit failed, says so and offers the upload again', async () => {
    await openWizard();
    await uploadRefs();
    const importId = api.importIds()[0];
    api.setImportProgress(importId, { phase: 'failed', done: 0, total: 3 });
    cleanup();
    renderApp(`/candidates/import/${importId}`);
    expect(await screen.findByText('The import failed')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Upload a file' })).toBeTruthy();
  });

  it('shows an error page for an import that does not exist', async () => {
    start('/candidates/import/5a0c3f3e-6d5e-4f41-9a57-3c1d2b0a9e11');
    expect(await screen.findByText('No such import')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a new import' }).getAttribute('href')).toBe('/candidates/import');
  });

  it('is for recruiters and admins only', async () => {
    start('/candidates', 'hiring_manager');
    await screen.findByRole('heading', { level: 1, name: 'Candidates' });
    expect(screen.queryByRole('link', { name: 'Import' })).toBeNull();
    cleanup();
    start('/candidates/import', 'hiring_manager');
    expect(
      await screen.findByText('This page is for recruiters and admins. If you need it, ask an admin to change your role.'),
    ).toBeTruthy();
  });
});
