import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD, openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

/** The seeded demo admin (README); every demo user shares this password. */
const ADMIN_EMAIL = 'admin@loopboard.dev';

/**
 * Chromium logs every 4xx answer to fetch() as a console error. Opening the app
 * signed out asks GET /api/auth/session, which answers 401 by design; only that is expected.
 */
const PROVOKED_REFUSAL = /^console error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/;
const EXPECTED_REFUSALS = new Set(['401 GET /api/auth/session']);

describe.skipIf(!chromiumPath)('the roles page, in Chromium, on the app as `npm start` serves it', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the six roles with their weights at /, once the admin has signed in', async () => {
    const { page } = browser;
    await page.goto(appUrl + '/');
    await page.waitForURL(/\/sign-in\?next=%2F$/);
    await signInThroughPage(page, ADMIN_EMAIL, DEMO_PASSWORD);
    await page.waitForURL('**/roles');
    await expect.poll(() => page.getByRole('heading', { name: 'Roles and competency weights' }).count()).toBe(1);
    for (const name of ['ML engineer', 'ML researcher', 'Data scientist', 'Data engineer', 'MLOps / DevOps engineer', 'ML product manager']) {
      await page.getByRole('article', { name, exact: true }).waitFor();
    }
    const researcher = page.getByRole('article', { name: 'ML researcher', exact: true });
    expect(await researcher.getByText('Version 1', { exact: true }).count()).toBe(1);
    expect(await researcher.getByRole('table').innerText()).toContain('Research depth');
    await browser.screenshot('roles-page');
  });

  it('edits a weight, refuses an invalid sum, saves a new version and shows it', async () => {
    const { page } = browser;
    await page.getByRole('article', { name: 'ML researcher', exact: true }).getByRole('link', { name: 'Edit weights' }).click();
    await page.getByRole('heading', { name: 'ML researcher', level: 1 }).waitFor();
    await page.getByText('Version 1', { exact: true }).first().waitFor();

    const save = page.getByRole('button', { name: 'Save new version' });
    await page.getByLabel('ML knowledge', { exact: true }).fill('0.5');
    await page.getByText(/must sum to 1/).first().waitFor();
    expect(await save.isDisabled()).toBe(true);

    await page.getByLabel('ML knowledge', { exact: true }).fill('0.3');
    await page.getByLabel('Research depth', { exact: true }).fill('0.25');
    await page.getByLabel('Note').fill('More weight on ML depth');
    await expect.poll(() => save.isEnabled()).toBe(true);
    await save.click();

    await page.getByRole('status').filter({ hasText: 'Saved version 2' }).waitFor();
    await page.getByText('Version 2', { exact: true }).first().waitFor();
    await browser.screenshot('role-editor-saved');

    await page.goto(appUrl + '/roles');
    const card = page.getByRole('article', { name: 'ML researcher', exact: true });
    await card.getByText('Version 2', { exact: true }).waitFor();

    // Through the page's request context, so the call carries the admin's session cookie.
    const api = await (await page.request.get(`${appUrl}/api/roles`)).json();
    const saved = api.find((r: { key: string }) => r.key === 'ml-researcher');
    expect(saved.current).toMatchObject({ version: 2, note: 'More weight on ML depth', weights: { ml: 0.3, research: 0.25 } });
  });

  it('raised no console error, page error or server error along the way', () => {
    expect(browser.refusals.filter((refusal) => !EXPECTED_REFUSALS.has(refusal))).toEqual([]);
    const provoked = browser.problems.filter((problem) => PROVOKED_REFUSAL.test(problem));
    expect(provoked.length).toBeLessThanOrEqual(browser.refusals.length);
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });
});
