import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const SCREENSHOT_DIR = resolve(import.meta.dirname, '../../test-results/screenshots');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and failed requests seen so far. */
  problems: string[];
  /** Every 401/403 the page received, as `401 GET /api/auth/session`. */
  refusals: string[];
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium driven by playwright-core. The flags keep it from calling
 * home on this closed network, where it would otherwise stall.
 */
export async function openBrowser(executablePath: string): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'loopboard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const refusals: string[] = [];
  page.on('response', (res) => {
    if (res.status() >= 500) problems.push(`HTTP ${res.status()} from ${res.url()}`);
    if (res.status() === 401 || res.status() === 403)
      refusals.push(`${res.status()} ${res.request().method()} ${new URL(res.url()).pathname}`);
  });
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  return {
    context,
    page,
    problems,
    refusals,
    screenshot: async (name) => {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The demo users' password (README), seeded because the browser tests' app runs with demo data. */
export const DEMO_PASSWORD = 'loopboard-demo-2026';

/** Signs in through the sign-in page as a person would. */
export async function signInThroughPage(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByRole('heading', { name: 'Sign in to Loopboard', level: 1 }).waitFor();
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * On /openings, signed in as an admin or recruiter: creates a senior ML researcher opening through the
 * "New opening" form, with the demo hiring manager, and waits for the "Created …" status; returns that status.
 */
export async function createResearcherOpening(page: Page, title: string) {
  await page.getByRole('button', { name: 'New opening', exact: true }).click();
  const form = page.getByRole('form', { name: 'New opening' });
  await form.getByLabel('Title', { exact: true }).fill(title);
  await form.getByRole('option', { name: 'ML researcher', exact: true }).waitFor({ state: 'attached' });
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'ML researcher' });
  await form.getByLabel('Level', { exact: true }).selectOption('senior');
  await form.getByLabel('Headcount', { exact: true }).fill('1');
  const managerSelect = form.getByLabel('Hiring manager', { exact: true });
  // The hiring managers come from the user directory, once it has loaded.
  await managerSelect.getByRole('option', { name: 'Morgan Manager', exact: true }).waitFor({ state: 'attached' });
  await managerSelect.selectOption({ label: 'Morgan Manager' });
  await form.getByLabel('Target date', { exact: true }).fill('2027-03-31');
  await form.getByRole('button', { name: 'Create opening', exact: true }).click();
  const created = page.getByRole('status').filter({ hasText: `Created ${title}.` });
  await created.or(page.getByRole('alert')).first().waitFor();
  return created;
}
