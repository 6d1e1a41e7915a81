import { readFile } from 'node:fs/promises';
import { type Locator, type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

/** Opening the app signed out asks for the session and is refused (401); Chromium logs that, and it is no problem. */
const PROVOKED_REFUSAL = /^console error: Failed to load resource: the server responded with a status of 40[13] \(.*\)$/;
const FUNNEL_HEADER = 'Stage,Entered,Passed,Pass-through,Rejected,Withdrawn,Active';

async function signInAs(page: Page, email: string, next: string): Promise<void> {
  await page.context().clearCookies();
  await page.goto(`${appUrl}${next}`);
  await page.waitForURL(/\/sign-in\?next=/);
  await signInThroughPage(page, email);
  await page.getByRole('heading', { name: 'Hiring dashboard', level: 1 }).waitFor();
}

/** YYYY-MM-DD of the UTC day `days` before today. */
const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const funnel = (page: Page) => page.getByRole('region', { name: 'Funnel', exact: true });
const sources = (page: Page) => page.getByRole('region', { name: 'Source effectiveness', exact: true });

/** Waits until every report on the page has its data (none loading, none refetching). */
async function settled(page: Page): Promise<void> {
  await funnel(page)
    .getByText(/^\d+ applications? · /)
    .or(funnel(page).getByText('No applications in this range'))
    .waitFor();
  await expect.poll(() => page.locator('section.report[aria-busy="true"]').count(), { timeout: 20_000 }).toBe(0);
  // The charts (recharts, loaded on demand) are drawn, not their placeholders.
  await expect.poll(() => page.locator('.chart--loading').count(), { timeout: 20_000 }).toBe(0);
}

/**
 * Presses "Apply filters" and waits for the address to carry `expected` (filter → value), for the funnel to
 * have been fetched with them, and for every report to show its new data.
 */
async function applyFilters(page: Page, expected: Record<string, string>): Promise<void> {
  const carries = (url: URL) => Object.entries(expected).every(([key, value]) => url.searchParams.get(key) === value);
  const fetched = page.waitForResponse((res) => {
    const url = new URL(res.url());
    return url.pathname === '/api/analytics/funnel' && carries(url);
  });
  await page.getByRole('form', { name: 'Dashboard filters' }).getByRole('button', { name: 'Apply filters', exact: true }).click();
  await page.waitForURL(carries);
  expect((await fetched).status()).toBe(200);
  await settled(page);
}

/** "93 applications · Screen 61% → …" above the funnel chart: the number of applications the reports count. */
async function funnelApplications(page: Page): Promise<number> {
  const summary = await funnel(page).locator('.report-summary').innerText();
  const match = /^(\d+) applications? · /.exec(summary);
  if (!match) throw new Error(`unexpected funnel summary: ${summary}`);
  return Number(match[1]);
}

/** The value axis of the funnel chart, e.g. ["0", "25", "50", "75", "100"]: it follows the data drawn. */
async function funnelChartTicks(page: Page): Promise<string[]> {
  const chart = funnel(page)
    .locator('.chart svg.recharts-surface')
    .filter({ has: page.locator('.recharts-yAxis-tick-labels') });
  await chart.waitFor();
  // SVG text has no innerText.
  return chart.locator('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value').allTextContents();
}

/** A report's table view (opened if it is behind "Table view: …"): each body row's cells as text. */
async function tableRows(section: Locator, caption: string): Promise<string[][]> {
  const details = section.locator('details.report-view__table');
  if ((await details.count()) > 0 && (await details.getAttribute('open')) === null)
    await section.getByText(`Table view: ${caption.toLowerCase()}`, { exact: true }).click();
  const table = section.getByRole('table', { name: caption, exact: true });
  await table.waitFor();
  return table
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => (cell as HTMLElement).innerText.trim())));
}

describe.skipIf(!chromiumPath)('the hiring dashboard, in Chromium, on the demo data as `npm start` serves it', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('lets the hiring manager filter by opening, date range and source: the charts, tables and address follow, and a report exports as CSV', async () => {
    const { page } = browser;
    const analytics: string[] = [];
    page.on('request', (req) => {
      const url = new URL(req.url());
      if (url.pathname.startsWith('/api/analytics/')) analytics.push(`${url.pathname}${url.search}`);
    });

    // The hiring manager lands on the dashboard: all openings, the last 180 days.
    await signInAs(page, 'manager@loopboard.dev', '/dashboard');
    await settled(page);
    expect(new URL(page.url()).search).toBe('');
    const all = await funnelApplications(page);
    expect(all).toBeGreaterThan(0);
    const allTicks = await funnelChartTicks(page);
    expect(allTicks.length).toBeGreaterThan(1);
    const allStages = await tableRows(funnel(page), 'Funnel');
    expect(allStages.length).toBeGreaterThan(1);
    expect(Number(allStages[0]![1])).toBe(all); // everyone enters the first stage
    // No opening chosen yet: the leaderboard says what to do.
    await page.getByText('Choose an opening or a role to rank its candidates').waitFor();
    await page.getByText('Choose an opening to see its forecast').waitFor();
    await browser.screenshot('dashboard-manager-unfiltered');

    // 1. One opening (the demo has one "Senior …" opening per role, all his).
    const filters = page.getByRole('form', { name: 'Dashboard filters' });
    const openingSelect = filters.getByLabel('Opening', { exact: true });
    const openingOptions = await openingSelect
      .locator('option')
      .evaluateAll((options) => options.map((o) => ({ value: (o as HTMLOptionElement).value, label: (o as HTMLOptionElement).label })));
    const demoOpenings = openingOptions.filter((o) => /^Senior /.test(o.label));
    expect(demoOpenings.length).toBe(6);
    const opening = demoOpenings[0]!;
    await openingSelect.selectOption(opening.value);
    await applyFilters(page, { openingId: opening.value });
    const oneOpening = await funnelApplications(page);
    expect(oneOpening).toBeGreaterThan(0);
    expect(oneOpening).toBeLessThan(all);
    await expect.poll(() => funnelChartTicks(page)).not.toEqual(allTicks);
    const openingStages = await tableRows(funnel(page), 'Funnel');
    expect(Number(openingStages[0]![1])).toBe(oneOpening);
    expect(openingStages).not.toEqual(allStages);
    // The centre ranks this opening's candidates, and the forecast is for it.
    const board = page.getByRole('region', { name: 'Best candidates', exact: true });
    await board.getByText(/^\d+ candidates? on Senior /).waitFor();
    expect(await board.locator('tbody tr').count()).toBeGreaterThan(0);
    const forecast = page.getByRole('region', { name: 'Forecast', exact: true });
    await forecast
      .getByText(/^Expected new hires by \d{4}-\d{2}-\d{2}$/)
      .or(forecast.getByText(/^Not enough data to forecast Senior /))
      .waitFor();

    // 2. A wider date range: the whole last year (the demo spreads applications over 365 days).
    const from = daysAgo(364);
    const to = daysAgo(0);
    await filters.getByLabel('From', { exact: true }).fill(from);
    await filters.getByLabel('To', { exact: true }).fill(to);
    await applyFilters(page, { openingId: opening.value, from, to });
    const wholeYear = await funnelApplications(page);
    expect(wholeYear).toBeGreaterThan(oneOpening);
    expect(
      analytics.some((path) => path.startsWith('/api/analytics/funnel?') && path.includes(`from=${from}`) && path.includes(`to=${to}`)),
    ).toBe(true);

    // 3. One source channel: fewer applications, and the source report has only that channel's.
    const sourceRowsBefore = await tableRows(sources(page), 'Source effectiveness');
    const withApplications = (rows: string[][]) => rows.filter((r) => Number(r[1]) > 0).map((r) => r[0]);
    expect(withApplications(sourceRowsBefore).length).toBeGreaterThan(1);
    await filters.getByLabel('Source channel', { exact: true }).selectOption({ label: 'Paper' });
    await applyFilters(page, { openingId: opening.value, from, to, channel: 'paper' });
    // Three in ten demo candidates come from a paper: a year of one opening has some.
    const paper = await funnelApplications(page);
    expect(paper).toBeGreaterThan(0);
    expect(paper).toBeLessThan(wholeYear);
    const sourceRowsAfter = await tableRows(sources(page), 'Source effectiveness');
    expect(withApplications(sourceRowsAfter)).toEqual(['Paper']);
    // Every filter is in the address, in a fixed order, so the view can be shared.
    const shared = new URL(page.url());
    expect(shared.pathname).toBe('/dashboard');
    expect([...shared.searchParams.keys()]).toEqual(['openingId', 'from', 'to', 'channel']);
    await browser.screenshot('dashboard-manager-filtered');

    // The shared address opens the same view: the form shows the filters and the numbers are the same.
    await page.goto(shared.toString());
    await settled(page);
    expect(await funnelApplications(page)).toBe(paper);
    expect(await filters.getByLabel('Opening', { exact: true }).inputValue()).toBe(opening.value);
    expect(await filters.getByLabel('From', { exact: true }).inputValue()).toBe(from);
    expect(await filters.getByLabel('Source channel', { exact: true }).inputValue()).toBe('paper');

    // 4. The funnel's CSV: the file the browser saves has the table's header and rows.
    const stages = await tableRows(funnel(page), 'Funnel');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      funnel(page).getByRole('button', { name: 'Export funnel as CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^loopboard-funnel-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(FUNNEL_HEADER);
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(stages.length);
    // A row as the table shows it ("—" is an empty field in the file).
    expect(lines[1]).toBe(stages[0]!.map((cell) => (cell === '—' ? '' : cell)).join(','));
    expect(Number(lines[1]!.split(',')[1])).toBe(paper);

    // Admin-only: the hiring manager's browser never even asked for the adverse-impact report.
    expect(await page.getByRole('region', { name: 'Adverse impact' }).count()).toBe(0);
    expect(analytics.filter((path) => path.startsWith('/api/analytics/adverse-impact'))).toEqual([]);
    expect(browser.problems.filter((p) => !PROVOKED_REFUSAL.test(p))).toEqual([]);
    expect(browser.refusals.filter((r) => r !== '401 GET /api/auth/session')).toEqual([]);
  });

  it('shows the adverse-impact report to an admin, and not to the hiring manager', async () => {
    const { page } = browser;
    await signInAs(page, 'admin@loopboard.dev', '/dashboard');
    await settled(page);
    const report = page.getByRole('region', { name: 'Adverse impact', exact: true });
    await report.getByText(/^Test: /).waitFor();
    await report.getByText(/^Groups with fewer than \d+ applicants are not reported\./).waitFor();
    await browser.screenshot('dashboard-admin-adverse-impact');

    await signInAs(page, 'manager@loopboard.dev', '/dashboard');
    await settled(page);
    expect(await page.getByRole('region', { name: 'Adverse impact' }).count()).toBe(0);
    expect(await page.getByText(/four-fifths/).count()).toBe(0);
    expect(browser.problems.filter((p) => !PROVOKED_REFUSAL.test(p))).toEqual([]);
  });
});
