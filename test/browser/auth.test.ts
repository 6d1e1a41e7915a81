import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

/** The demo users the app seeds with demo data (README); they share one password. */
const ADMIN = { email: 'admin@loopboard.dev', name: 'Ada Admin', label: 'Admin', shot: 'admin' };
// Interviewers see candidates only through their interviews (pipeline issue), so no Candidates link yet.
const NON_ADMINS = [
  {
    email: 'recruiter@loopboard.dev',
    name: 'Riley Recruiter',
    label: 'Recruiter',
    shot: 'recruiter',
    nav: ['My interviews', 'Dashboard', 'Roles', 'Interview kits', 'Candidates', 'Openings'],
  },
  {
    email: 'manager@loopboard.dev',
    name: 'Morgan Manager',
    label: 'Hiring manager',
    shot: 'hiring-manager',
    nav: ['My interviews', 'Dashboard', 'Roles', 'Interview kits', 'Candidates', 'Openings', 'Calibration'],
  },
  {
    email: 'interviewer@loopboard.dev',
    name: 'Ivan Interviewer',
    label: 'Interviewer',
    shot: 'interviewer',
    nav: ['My interviews', 'Roles', 'Interview kits'],
  },
];
const EVERYONE = [ADMIN, ...NON_ADMINS];

/**
 * Chromium logs every 4xx answer to fetch() as a console error. This test provokes
 * some on purpose (opening the app signed out, a wrong password); those lines,
 * and only those, are not problems.
 */
const PROVOKED_REFUSAL =
  /^console error: Failed to load resource: the server responded with a status of (401 \(Unauthorized\)|403 \(Forbidden\))$/;
const EXPECTED_REFUSALS = new Set(['401 GET /api/auth/session', '401 POST /api/auth/sign-in']);

/** Signs in from a signed-out visit to /roles, which must come back to /roles. */
async function signInFromRoles(page: Page, email: string) {
  await page.goto(appUrl + '/roles');
  await page.waitForURL(/\/sign-in\?next=%2Froles$/);
  await signInThroughPage(page, email);
  await page.waitForURL(/\/roles$/);
  await page.getByRole('heading', { name: 'Roles and competency weights', level: 1 }).waitFor();
}

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await page.waitForURL(/\/sign-in$/);
  await page.getByRole('heading', { name: 'Sign in to Loopboard', level: 1 }).waitFor();
  // The server ended the session too, not just the page.
  expect((await page.request.get(`${appUrl}/api/auth/session`)).status()).toBe(401);
}

const navLinks = (page: Page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();

describe.skipIf(!chromiumPath)('signing in as each demo user, in Chromium, on the app as `npm start` serves it', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sends a signed-out visitor to sign in, and refuses a wrong password without saying which part was wrong', async () => {
    const { page } = browser;
    await page.goto(appUrl + '/roles');
    await page.waitForURL(/\/sign-in\?next=%2Froles$/);
    await browser.screenshot('sign-in-page');

    await signInThroughPage(page, ADMIN.email, 'not-the-demo-password');
    await page.getByRole('alert').filter({ hasText: 'Email or password is incorrect.' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    expect(await page.getByLabel('Password', { exact: true }).inputValue()).toBe('');
    await browser.screenshot('sign-in-wrong-password');
  });

  for (const user of NON_ADMINS) {
    it(`shows ${user.label.toLowerCase()} ${user.name} the roles read-only and no admin pages`, async () => {
      const { page } = browser;
      await signInFromRoles(page, user.email);

      const header = page.getByRole('banner');
      await header.getByText(user.name, { exact: true }).waitFor();
      await header.getByText(user.label, { exact: true }).waitFor();
      expect(await navLinks(page)).toEqual(user.nav);
      await page.getByRole('article', { name: 'ML researcher', exact: true }).waitFor();
      expect(await page.getByRole('link', { name: 'Edit weights' }).count()).toBe(0);

      await page.getByRole('article', { name: 'ML researcher', exact: true }).getByRole('link', { name: 'View weights' }).click();
      await page.getByRole('heading', { name: 'ML researcher', level: 1 }).waitFor();
      await page.getByText('Only admins can change role weights.', { exact: true }).waitFor();
      await page.getByRole('heading', { name: 'Version history', level: 2 }).waitFor();
      await page.getByRole('list', { name: 'Saved versions, newest first' }).waitFor();
      expect(await page.getByRole('button', { name: 'Save new version' }).count()).toBe(0);
      await browser.screenshot(`role-page-${user.shot}`);

      await page.goto(appUrl + '/admin/users');
      await page.getByRole('heading', { name: "You don't have access to this page", level: 1 }).waitFor();
      await browser.screenshot(`no-access-${user.shot}`);
      // The API refuses too; the page is not the only guard.
      const users = await page.request.get(`${appUrl}/api/users`);
      expect(users.status()).toBe(403);
      expect((await users.json()).code).toBe('FORBIDDEN');

      await signOut(page);
    });
  }

  it('shows the admin the users and their sign-ins in the audit log', async () => {
    const { page } = browser;
    await signInFromRoles(page, ADMIN.email);
    await page.getByRole('banner').getByText(ADMIN.name, { exact: true }).waitFor();
    expect(await navLinks(page)).toEqual([
      'My interviews',
      'Dashboard',
      'Roles',
      'Interview kits',
      'Candidates',
      'Openings',
      'Calibration',
      'Users',
      'Venues',
      'Rejection reasons',
      'Audit log',
    ]);

    await page.getByRole('link', { name: 'Users', exact: true }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    const users = page.getByRole('table', { name: 'All users' });
    for (const user of EVERYONE) {
      await users.getByRole('rowheader', { name: user.name }).waitFor();
      await users.getByRole('cell', { name: user.email, exact: true }).waitFor();
    }
    await browser.screenshot('users-page');

    await page.getByRole('link', { name: 'Audit log', exact: true }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    await page.getByLabel('Action', { exact: true }).selectOption('auth.sign_in');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/\/admin\/audit\?action=auth\.sign_in$/);

    // A reload keeps the filter: it lives in the address.
    await page.reload();
    expect(await page.getByLabel('Action', { exact: true }).inputValue()).toBe('auth.sign_in');
    const entries = page.getByRole('table', { name: 'Audit entries, newest first' });
    await entries.waitFor();
    for (const user of EVERYONE) {
      await entries.getByRole('row').filter({ hasText: user.email }).filter({ hasText: 'auth.sign_in' }).first().waitFor();
    }
    const actions = await entries.getByRole('row').locator('td:nth-child(3)').allInnerTexts();
    expect(new Set(actions)).toEqual(new Set(['auth.sign_in']));

    await page.getByRole('button', { name: 'Verify hash chain' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Hash chain intact: \d+ entries checked\.$/ })
      .waitFor();
    await browser.screenshot('audit-page');

    await signOut(page);
  });

  it('raised no console error, page error or server error beyond the refusals it provoked', () => {
    expect(browser.refusals.filter((refusal) => !EXPECTED_REFUSALS.has(refusal))).toEqual([]);
    const provoked = browser.problems.filter((problem) => PROVOKED_REFUSAL.test(problem));
    expect(provoked.length).toBeLessThanOrEqual(browser.refusals.length);
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });
});
