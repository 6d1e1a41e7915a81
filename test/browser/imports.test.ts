import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

const RECRUITER_EMAIL = 'recruiter@loopboard.dev';

/** Opening the app signed out asks GET /api/auth/session, which answers 401 by design; only that is expected. */
const PROVOKED_REFUSAL = /^console error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/;
const EXPECTED_REFUSALS = new Set(['401 GET /api/auth/session']);

/** Two entries as a proceedings export writes them: LaTeX accents, "Last, First" names, a first and a second author. */
const BIBTEX = String.raw`@inproceedings{godel2026undecidable,
  author    = {G{\"o}del, Kurt and Noether, Emmy},
  title     = {Undecidable Propositions in Transformer Training},
  booktitle = {Advances in Neural Information Processing Systems 39 (NeurIPS 2026)},
  year      = {2026},
}

@article{noether2025symmetries,
  author  = {Noether, Emmy and Sch{\"o}lkopf, Bernhard},
  title   = {Symmetries of Loss Landscapes},
  journal = {Journal of Machine Learning Research},
  year    = {2025},
}
`;

describe.skipIf(!chromiumPath)('the import wizard, in Chromium, on the app as `npm start` serves it', () => {
  // A browser per test, so no test depends on the page another one left behind.
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterEach(async () => {
    await browser?.close();
  });

  // One test, because each step needs the one before: the search finds what the import created.
  it('uploads a BibTeX file, previews it, imports the first authors, shows the result, and the list finds them without the accent', async () => {
    const { page } = browser;
    await page.goto(appUrl + '/candidates');
    await page.waitForURL(/\/sign-in\?next=%2Fcandidates$/);
    await signInThroughPage(page, RECRUITER_EMAIL, DEMO_PASSWORD);
    await page.waitForURL('**/candidates');
    await page.getByRole('link', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { name: 'Import candidates', level: 1 }).waitFor();

    await page
      .getByLabel('File to import', { exact: true })
      .setInputFiles({ name: 'godel.bib', mimeType: 'text/x-bibtex', buffer: Buffer.from(BIBTEX, 'utf8') });
    await page.getByRole('button', { name: 'Upload and preview' }).click();
    await page.getByRole('heading', { name: 'Preview of godel.bib', level: 2 }).waitFor();
    expect(page.url()).toMatch(/\/candidates\/import\/[0-9a-f-]{36}$/);

    const people = page.getByRole('table', { name: 'People in the file' });
    const names = await people.getByRole('rowheader').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent));
    expect(names.sort()).toEqual(['Bernhard Schölkopf', 'Emmy Noether', 'Kurt Gödel']);
    const godel = people.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Kurt Gödel/ }) });
    expect(await godel.getByRole('cell').nth(0).innerText()).toBe('Yes');
    await godel.getByRole('button', { name: '1 paper' }).click();
    await godel.getByText('Undecidable Propositions in Transformer Training').waitFor();

    await page.getByRole('radio', { name: 'First authors only (2)' }).check();
    await browser.screenshot('import-preview');
    await page.getByRole('button', { name: 'Import 2 people' }).click();

    await page.getByRole('heading', { name: 'Imported godel.bib', level: 2 }).waitFor();
    await page.getByText('Created 2 candidates, merged into 0 existing candidates, skipped 1 entry.').waitFor();
    const created = page.getByRole('list', { name: 'Created candidates' });
    await created.getByRole('link', { name: 'Kurt Gödel', exact: true }).waitFor();
    await created.getByRole('link', { name: 'Emmy Noether', exact: true }).waitFor();
    await browser.screenshot('import-result');

    await page.getByRole('link', { name: 'Open the candidates list' }).click();
    await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
    await page.getByRole('searchbox', { name: 'Search candidates' }).fill('godel');
    const table = page.getByRole('table', { name: 'Candidates' });
    await expect.poll(() => table.getByRole('rowheader').allInnerTexts()).toEqual(['Kurt Gödel']);
    await table.getByRole('link', { name: 'Kurt Gödel', exact: true }).click();
    await page.getByRole('heading', { name: 'Kurt Gödel', level: 1 }).waitFor();
    await page.getByText('Undecidable Propositions in Transformer Training').first().waitFor();
    expect(await page.getByRole('link', { name: 'Bernhard Schölkopf' }).count()).toBe(0);

    // No console error, page error or server error along the way, beyond the expected 401s,
    // each of which Chromium logs exactly once.
    expect(browser.refusals.length).toBeGreaterThan(0);
    expect(browser.refusals.filter((refusal) => !EXPECTED_REFUSALS.has(refusal))).toEqual([]);
    const provoked = browser.problems.filter((problem) => PROVOKED_REFUSAL.test(problem));
    expect(provoked).toHaveLength(browser.refusals.length);
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });
});
