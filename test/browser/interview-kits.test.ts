import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

/**
 * Chromium logs every 4xx answer to fetch() as a console error. Opening the app
 * signed out asks GET /api/auth/session, which answers 401 by design; only that is expected.
 */
const PROVOKED_REFUSAL = /^console error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/;
const EXPECTED_REFUSALS = new Set(['401 GET /api/auth/session']);

async function signIn(page: Page, email: string) {
  await page.goto(appUrl + '/roles');
  await page.waitForURL(/\/sign-in\?next=%2Froles$/);
  await signInThroughPage(page, email);
  await page.getByRole('heading', { name: 'Roles and competency weights', level: 1 }).waitFor();
}

async function openPairDebugging(page: Page) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Interview kits', exact: true }).click();
  await page.getByRole('heading', { name: 'Interview kits', level: 1 }).waitFor();
  await page.getByRole('list', { name: 'Interview types' }).getByRole('link', { name: 'Pair debugging', exact: true }).click();
  await page.waitForURL(/\/interviews\/pair-debugging$/);
  await page.getByRole('heading', { name: 'Pair debugging', level: 1 }).waitFor();
}

describe.skipIf(!chromiumPath)('interview kits, in Chromium, on the app as `npm start` serves it', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lets an interviewer read the pair-debugging kit: the broken training loop, the questions and the rubric', async () => {
    const { page } = browser;
    await signIn(page, 'interviewer@loopboard.dev');
    await openPairDebugging(page);

    const instructions = page.getByRole('region', { name: 'Instructions' });
    await instructions.getByText(/optimizer\.zero_grad\(\) is missing/).waitFor();
    expect(await instructions.innerText()).toMatch(/model\.eval\(\)/);
    const rubric = page.getByRole('table', { name: /Rubric/ });
    await rubric.getByRole('rowheader', { name: 'Software engineering' }).waitFor();
    await rubric.getByRole('rowheader', { name: 'ML knowledge' }).waitFor();
    expect(await rubric.getByRole('columnheader').allTextContents()).toEqual([
      'Competency',
      '1 · Strong no',
      '2 · No',
      '3 · Yes',
      '4 · Strong yes',
    ]);

    const toggle = page.getByRole('button', { name: 'What a good answer shows (question 1)' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await page
      .getByText(/overfit a single small batch/i)
      .first()
      .waitFor();
    expect(await page.getByRole('button', { name: 'Edit kit' }).count()).toBe(0);
    await browser.screenshot('interview-kit-interviewer');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.waitForURL(/\/sign-in$/);
  });

  it('lets an admin edit a question and save the kit as a new version', async () => {
    const { page } = browser;
    await signIn(page, 'admin@loopboard.dev');
    await openPairDebugging(page);
    const badge = await page.getByText(/^Kit version \d+$/).innerText();
    const before = Number(badge.replace('Kit version ', ''));

    await page.getByRole('button', { name: 'Edit kit' }).click();
    const form = page.getByRole('form', { name: 'Edit kit for Pair debugging' });
    const prompt = form.getByLabel('Question 1', { exact: true });
    await prompt.fill('Before changing anything: how would you find out why the loss is flat?');
    await form.getByRole('button', { name: 'Save kit' }).click();

    await page.getByText(`Saved kit version ${before + 1}.`, { exact: true }).waitFor();
    await page.getByText(`Kit version ${before + 1}`, { exact: true }).waitFor();
    await page.getByText('Before changing anything: how would you find out why the loss is flat?').waitFor();
    await browser.screenshot('interview-kit-admin-saved');

    // Through the page's request context, so the call carries the admin's session cookie.
    const saved = await (await page.request.get(`${appUrl}/api/interview-types/pair-debugging`)).json();
    expect(saved.kitVersion).toBe(before + 1);
    expect(saved.kit.questions[0].prompt).toBe('Before changing anything: how would you find out why the loss is flat?');
  });

  it("lets the admin reorder an ML engineer's loop stages on the role page and save the loop", async () => {
    const { page } = browser;
    await page.goto(appUrl + '/roles');
    await page.getByRole('article', { name: 'ML engineer', exact: true }).getByRole('link', { name: 'Edit weights' }).click();
    await page.getByRole('heading', { name: 'ML engineer', level: 1 }).waitFor();
    const section = page.getByRole('region', { name: 'Interview loop' });
    const stages = section.getByRole('list', { name: 'Loop stages' });
    await stages.getByRole('link', { name: 'Pair debugging', exact: true }).waitFor();
    const before = await (await page.request.get(`${appUrl}/api${new URL(page.url()).pathname}/loop`)).json();

    await section.getByRole('button', { name: 'Edit loop' }).click();
    const form = page.getByRole('form', { name: 'Interview loop for ML engineer' });
    await browser.screenshot('role-loop-editor');
    await form.getByRole('button', { name: 'Move stage 2 down' }).click();
    await form.getByRole('button', { name: 'Save loop' }).click();
    await section.getByText(`Saved loop version ${before.version + 1}.`, { exact: true }).waitFor();

    const after = await (await page.request.get(`${appUrl}/api${new URL(page.url()).pathname}/loop`)).json();
    expect(after.version).toBe(before.version + 1);
    expect(after.stages.map((s: { name: string }) => s.name)).toEqual([
      before.stages[0].name,
      before.stages[2].name,
      before.stages[1].name,
      ...before.stages.slice(3).map((s: { name: string }) => s.name),
    ]);
    await browser.screenshot('role-loop-saved');
  });

  it('raised no console error, page error or server error along the way', () => {
    expect(browser.refusals.filter((refusal) => !EXPECTED_REFUSALS.has(refusal))).toEqual([]);
    const provoked = browser.problems.filter((problem) => PROVOKED_REFUSAL.test(problem));
    expect(provoked.length).toBeLessThanOrEqual(browser.refusals.length);
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });
});
