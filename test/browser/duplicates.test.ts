import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

const ADMIN_EMAIL = 'admin@loopboard.dev';
/** Chromium logs every 4xx answer to fetch(); these ones the tests provoke on purpose. */
const PROVOKED_REFUSAL =
  /^console error: Failed to load resource: the server responded with a status of (401 \(Unauthorized\)|410 \(Gone\))$/;

/** Letters only, so the name passes the API's name rules and is unlike any demo candidate. */
function uniqueSurname(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let suffix = '';
  for (let n = Date.now(); n > 0; n = Math.floor(n / 26)) suffix += letters[n % 26];
  return `Quillfeather${suffix}`;
}

/** Creates a candidate through the API from the signed-in page, with the session's CSRF token, as the app itself does. */
async function createCandidate(page: Page, name: string, email: string): Promise<string> {
  const created = await page.request.post(`${appUrl}/api/candidates`, {
    headers: { 'x-csrf-token': await csrfToken(page) },
    data: { name, emails: [email], affiliations: ['Test University'], primaryChannel: 'inbound' },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** Opens the candidates page signed out, signs in as the admin through the sign-in page and waits for the list. */
async function signInAsAdmin(page: Page): Promise<void> {
  await page.goto(appUrl + '/candidates');
  await page.waitForURL(/\/sign-in\?next=/);
  await signInThroughPage(page, ADMIN_EMAIL);
  await page.getByRole('heading', { name: 'Candidates', level: 1 }).waitFor();
}

/** The session's CSRF token, for state-changing calls made from the test as the app makes them. */
async function csrfToken(page: Page): Promise<string> {
  const session = await page.request.get(`${appUrl}/api/auth/session`);
  expect(session.status()).toBe(200);
  return ((await session.json()) as { csrfToken: string }).csrfToken;
}

describe.skipIf(!chromiumPath)('reviewing duplicates and erasing candidates, in Chromium, on the app as `npm start` serves it', () => {
  // A browser (and so a session) per test: none depends on what the one before left on the page.
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('merges two records of the same person into one, from the candidates page', async () => {
    const { page } = browser;
    await signInAsAdmin(page);

    const name = `Zofia ${uniqueSurname()}`;
    const firstId = await createCandidate(page, name, `zofia.one.${Date.now()}@example.org`);
    const secondId = await createCandidate(page, name, `zofia.two.${Date.now()}@example.org`);

    await page.getByRole('link', { name: 'Review suggested duplicates', exact: true }).click();
    await page.waitForURL(/\/candidates\/duplicates$/);
    await page.getByRole('heading', { name: 'Suggested duplicates', level: 1 }).waitFor();
    const pair = page.getByRole('article', { name: `${name} and ${name}`, exact: true });
    // Other pairs (the demo data's) may come first; page on until ours shows.
    while (!(await pair.isVisible())) {
      const more = page.getByRole('button', { name: 'Load more', exact: true });
      if (!(await more.isVisible())) break;
      const shown = await page.getByRole('article').count();
      await more.click();
      // The next page is in once more pairs are listed and the button no longer says "Loading more…".
      await page.waitForFunction(
        (before) =>
          document.querySelectorAll('article').length > before &&
          ![...document.querySelectorAll('button')].some((button) => button.textContent === 'Loading more…'),
        shown,
      );
    }
    await pair.waitFor();
    const left = pair.getByRole('group', { name: `Left: ${name}` });
    const leftId = (await left.getByRole('link', { name, exact: true }).getAttribute('href'))?.split('/').pop();
    expect([firstId, secondId]).toContain(leftId);
    await browser.screenshot('duplicates-page');

    await pair.getByRole('button', { name: 'Merge into left', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Merge into ${name} (left)?` });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('recorded in the audit log');
    await browser.screenshot('duplicates-merge-dialog');
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();

    const merged = page.getByRole('status').filter({ hasText: `Merged ${name} into ${name}.` });
    await merged.or(page.getByRole('alert')).first().waitFor();
    // A refused merge shows an alert: fail with what it says rather than a timeout.
    expect(await page.getByRole('alert').count(), await page.locator('main').innerText()).toBe(0);
    await merged.waitFor();
    await pair.waitFor({ state: 'detached' });

    await page.goto(`${appUrl}/candidates?q=${encodeURIComponent(name)}`);
    const table = page.getByRole('table');
    await table.getByRole('rowheader', { name }).first().waitFor();
    expect(await table.getByRole('rowheader', { name }).count()).toBe(1);
    const list = await page.request.get(`${appUrl}/api/candidates?q=${encodeURIComponent(name)}`);
    const { items } = (await list.json()) as { items: { id: string; emails: string[] }[] };
    expect(items.map((c) => c.id)).toEqual([leftId]);
    expect(items[0].emails).toHaveLength(2);

    const mergedAway = leftId === firstId ? secondId : firstId;
    expect((await page.request.get(`${appUrl}/api/candidates/${mergedAway}`)).status()).toBe(404);
    // Opening the app signed out asks for the session and is refused (401); Chromium logs that, and it is no problem.
    expect(new Set(browser.refusals)).toEqual(new Set(['401 GET /api/auth/session']));
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });

  it("erases a candidate's personal data after the typed confirmation, and says so at their old address", async () => {
    const { page } = browser;
    await signInAsAdmin(page);
    const name = `Yara ${uniqueSurname()}`;
    const id = await createCandidate(page, name, `yara.${Date.now()}@example.org`);

    await page.goto(`${appUrl}/candidates/${id}`);
    await page.getByRole('heading', { name, level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Erase personal data…', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${name}'s personal data?` });
    await dialog.waitFor();
    await dialog.getByLabel('Reason', { exact: true }).fill('GDPR art. 17 request, ticket 4411');
    await dialog.getByLabel(`Type ${name} to confirm`, { exact: true }).fill(name);
    await browser.screenshot('erase-dialog');
    await dialog.getByRole('button', { name: 'Erase personal data', exact: true }).click();

    await page.waitForURL(/\/candidates$/);
    await page
      .getByRole('status')
      .filter({ hasText: `Erased the personal data of ${name}.` })
      .waitFor();
    // The erased name is found nowhere: not by the API's search (asked from the page, with its session)…
    const found = await page.evaluate(async (q) => {
      const response = await fetch(`/api/candidates?q=${encodeURIComponent(q)}`, { headers: { accept: 'application/json' } });
      return { status: response.status, items: ((await response.json()) as { items: unknown[] }).items };
    }, name);
    expect(found).toEqual({ status: 200, items: [] });
    // …nor by the page's search box.
    await page.getByLabel('Search candidates', { exact: true }).fill(name);
    await page.getByText('No candidates match these filters.', { exact: true }).waitFor();
    expect(await page.getByRole('table').count()).toBe(0);

    await page.goto(`${appUrl}/candidates/${id}`);
    await page.getByRole('heading', { name: "This candidate's data was erased", level: 1 }).waitFor();
    expect(await page.getByText(name).count()).toBe(0);
    await browser.screenshot('erased-candidate');
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });

  it('lets the admin change a venue tier in place', async () => {
    const { page } = browser;
    await signInAsAdmin(page);
    const venuesNow = async () =>
      (await (await page.request.get(`${appUrl}/api/venues`)).json()) as { venue: string; tier: number; fullName: string }[];
    const original = (await venuesNow()).find((v) => v.venue === 'AISTATS');
    expect(original).toBeDefined();
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Venues', exact: true }).click();
      await page.getByRole('heading', { name: 'Venue tiers', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: 'Venues and their tiers' });
      const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'AISTATS', exact: true }) });
      const tier = row.getByLabel('Tier of AISTATS', { exact: true });
      const next = (await tier.inputValue()) === '1' ? '2' : '1';
      await tier.selectOption(next);
      await row.getByRole('button', { name: 'Save AISTATS', exact: true }).click();
      await page
        .getByRole('status')
        .filter({ hasText: `Saved AISTATS: tier ${next}.` })
        .waitFor();
      await browser.screenshot('venues-page');
      expect((await venuesNow()).find((v) => v.venue === 'AISTATS')?.tier).toBe(Number(next));
      expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
    } finally {
      // Put the original tier back whatever happened: other tests read the demo candidates' signals.
      if (original) {
        const restored = await page.request.put(`${appUrl}/api/venues/AISTATS`, {
          headers: { 'x-csrf-token': await csrfToken(page) },
          data: { tier: original.tier, fullName: original.fullName },
        });
        expect(restored.status(), await restored.text()).toBe(200);
      }
    }
    expect((await venuesNow()).find((v) => v.venue === 'AISTATS')?.tier).toBe(original?.tier);
  });
});
