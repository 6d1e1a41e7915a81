import { type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createResearcherOpening, openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

const RECRUITER_EMAIL = 'recruiter@loopboard.dev';
const DEMO_CANDIDATE = 'Sofia Marchetti';
/** Opening the app signed out asks for the session and is refused (401); Chromium logs that, and it is no problem. */
const PROVOKED_REFUSAL = /^console error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/;

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${appUrl}${path}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

describe.skipIf(!chromiumPath)('the pipeline board, in Chromium, on the app as `npm start` serves it', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('lets a recruiter open an opening, add a candidate and move them on with the keyboard and the mouse', async () => {
    const { page } = browser;
    await page.goto(appUrl + '/openings');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, RECRUITER_EMAIL);
    await page.getByRole('heading', { name: 'Openings', level: 1 }).waitFor();

    const title = `ML researcher, alignment ${Date.now()}`;
    const created = await createResearcherOpening(page, title);
    expect(await page.getByRole('alert').count(), await page.locator('main').innerText()).toBe(0);
    await created.getByRole('link', { name: 'Open its pipeline', exact: true }).click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const openingId = page.url().split('/').pop() ?? '';

    const opening = await apiGet<{ loop: { stages: { id: string; name: string }[] } }>(page, `/api/openings/${openingId}`);
    const [first, second] = opening.loop.stages;
    expect(first && second).toBeTruthy();

    await page.getByLabel('Find a candidate', { exact: true }).fill(DEMO_CANDIDATE);
    await page.getByRole('button', { name: `Add ${DEMO_CANDIDATE}`, exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Added ${DEMO_CANDIDATE} to ${first?.name}.` })
      .waitFor();
    const board = page.getByRole('group', { name: 'Pipeline board' });
    const firstColumn = board.getByRole('region', { name: `${first?.name} 1`, exact: true });
    await firstColumn.getByRole('listitem', { name: DEMO_CANDIDATE }).waitFor();
    await browser.screenshot('pipeline-board');

    // dnd-kit's keyboard sensor: Space picks the card up, Right Arrow goes to the next stage, Space drops it.
    const handle = board.getByRole('button', { name: `Drag ${DEMO_CANDIDATE}`, exact: true });
    await handle.focus();
    await page.keyboard.press('Space');
    // Picked up: the handle says it is pressed (the announcement is at once replaced by where the card is over).
    await board.locator(`button[aria-label="Drag ${DEMO_CANDIDATE}"][aria-pressed="true"]`).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(`${DEMO_CANDIDATE} is over ${second?.name}.`).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    const moved = page.getByRole('status').filter({ hasText: `Moved ${DEMO_CANDIDATE} to ${second?.name}.` });
    await moved.or(page.getByRole('alert')).first().waitFor();
    expect(await page.getByRole('alert').count(), await page.locator('main').innerText()).toBe(0);
    await board
      .getByRole('region', { name: `${second?.name} 1`, exact: true })
      .getByRole('listitem', { name: DEMO_CANDIDATE })
      .waitFor();
    await browser.screenshot('pipeline-board-moved');

    // And with the mouse: drag the handle onto the third stage's column.
    const third = opening.loop.stages[2];
    const thirdColumn = board.getByRole('region', { name: new RegExp(`^${third?.name} \\d+$`) });
    const from = await handle.boundingBox();
    const to = await thirdColumn.boundingBox();
    expect(from && to).toBeTruthy();
    if (from && to) {
      await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
      await page.mouse.down();
      // Past the 5 px activation distance first, then over the target column.
      await page.mouse.move(from.x + from.width / 2 + 20, from.y + from.height / 2, { steps: 4 });
      await page.mouse.move(to.x + to.width / 2, to.y + 80, { steps: 12 });
      await page.mouse.up();
    }
    await page
      .getByRole('status')
      .filter({ hasText: `Moved ${DEMO_CANDIDATE} to ${third?.name}.` })
      .waitFor();
    await board
      .getByRole('region', { name: `${third?.name} 1`, exact: true })
      .getByRole('listitem', { name: DEMO_CANDIDATE })
      .waitFor();

    const applications = await apiGet<{ id: string; candidate: { name: string }; currentStage: { id: string; name: string } }[]>(
      page,
      `/api/openings/${openingId}/applications`,
    );
    expect(applications.map((a) => [a.candidate.name, a.currentStage.name])).toEqual([[DEMO_CANDIDATE, third?.name]]);
    const detail = await apiGet<{ history: { kind: string; fromStage: { id: string } | null; toStage: { id: string } | null }[] }>(
      page,
      `/api/applications/${applications[0]?.id}`,
    );
    expect(detail.history.map((e) => [e.kind, e.fromStage?.id ?? null, e.toStage?.id ?? null])).toEqual([
      ['created', null, first?.id],
      ['moved', first?.id, second?.id],
      ['moved', second?.id, third?.id],
    ]);
    expect(new Set(browser.refusals)).toEqual(new Set(['401 GET /api/auth/session']));
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });
});
