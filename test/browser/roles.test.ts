import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

describe.skipIf(!chromiumPath)('the roles page, in Chromium, on the app as `npm start` serves it', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the six roles with their weights at /', async () => {
    const { page } = browser;
    await page.goto(appUrl + '/');
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

    const api = await (await fetch(`${appUrl}/api/roles`)).json();
    const saved = api.find((r: { key: string }) => r.key === 'ml-researcher');
    expect(saved.current).toMatchObject({ version: 2, note: 'More weight on ML depth', weights: { ml: 0.3, research: 0.25 } });
  });

  it('raised no console error, page error or server error along the way', () => {
    expect(browser.problems).toEqual([]);
  });
});
