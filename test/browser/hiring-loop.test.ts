import { type Locator, type Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createResearcherOpening, openBrowser, signInThroughPage, type BrowserSession } from '../support/browser.js';

const appUrl = inject('appUrl');
const chromiumPath = inject('chromiumPath');

const RECRUITER_EMAIL = 'recruiter@loopboard.dev';
const DEMO_CANDIDATE = 'Sofia Marchetti';
const TAKE_HOME_STAGE = 'Take-home';
/** Opening the app signed out asks for the session and is refused (401); Chromium logs that, and it is no problem. */
const PROVOKED_REFUSAL = /^console error: Failed to load resource: the server responded with a status of 401 \(Unauthorized\)$/;

interface Stage {
  id: string;
  name: string;
  interviewTypes: string[];
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(`${appUrl}${path}`);
  expect(response.status(), await response.text()).toBe(200);
  return (await response.json()) as T;
}

/** Waits for the page's status line to say `text`, failing with the page's text if an alert shows instead. */
async function expectStatus(page: Page, text: string): Promise<void> {
  const status = page.getByRole('status').filter({ hasText: text });
  await status.or(page.getByRole('alert')).first().waitFor();
  expect(await page.getByRole('alert').count(), await page.locator('main').innerText()).toBe(0);
  await status.waitFor();
}

/** A due date two weeks ahead, as a datetime-local input takes it (local time, minutes). */
function dueInTwoWeeks(): { local: string; iso: string } {
  const due = new Date(Date.now() + 14 * 86_400_000);
  due.setSeconds(0, 0);
  const pad = (n: number) => String(n).padStart(2, '0');
  const local = `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}T${pad(due.getHours())}:${pad(due.getMinutes())}`;
  return { local, iso: due.toISOString() };
}

describe.skipIf(!chromiumPath)('the hiring loop, in Chromium, on the app as `npm start` serves it', () => {
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await openBrowser(chromiumPath);
  });
  afterEach(async () => {
    await browser?.close();
  });

  it('builds an ML researcher opening, adds a take-home stage to its loop, moves a candidate through the loop on the board and sends the take-home', async () => {
    const { page } = browser;
    await page.goto(appUrl + '/openings');
    await page.waitForURL(/\/sign-in\?next=/);
    await signInThroughPage(page, RECRUITER_EMAIL);
    await page.getByRole('heading', { name: 'Openings', level: 1 }).waitFor();

    // 1. The opening, through the page's form.
    const title = `ML researcher, hiring loop ${Date.now()}`;
    await createResearcherOpening(page, title);
    await expectStatus(page, `Created ${title}.`);
    await page
      .getByRole('status')
      .filter({ hasText: `Created ${title}.` })
      .getByRole('link', { name: 'Open its pipeline', exact: true })
      .click();
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    const openingId = page.url().split('/').pop() ?? '';
    const created = await apiGet<{ roleId: string; loop: { version: number; stages: Stage[] } }>(page, `/api/openings/${openingId}`);
    const templateBefore = await apiGet<{ version: number; stages: { name: string }[] }>(page, `/api/roles/${created.roleId}/loop`);
    // The ML researcher template runs no take-home.
    expect(created.loop.stages.flatMap((s) => s.interviewTypes)).not.toContain('take-home');
    expect(created.loop.stages.map((s) => s.name)).toEqual(templateBefore.stages.map((s) => s.name));

    // 2. A take-home stage, right after the recruiter screen, through the opening's loop editor.
    const loopSection = page.getByRole('region', { name: 'Interview loop', exact: true });
    await loopSection.getByRole('button', { name: 'Edit loop', exact: true }).click();
    const editor = page.getByRole('form', { name: `Interview loop for ${title}` });
    await editor.getByText(/the ML researcher loop template is not changed/).waitFor();
    await editor.getByRole('button', { name: 'Add stage', exact: true }).click();
    const added = created.loop.stages.length + 1;
    await editor.getByLabel(`Stage ${added} name`, { exact: true }).fill(TAKE_HOME_STAGE);
    await editor
      .getByRole('group', { name: `Stage ${added} interview types` })
      .getByRole('checkbox', { name: 'Take-home project', exact: true })
      .check();
    for (let n = added; n > 2; n--) await editor.getByRole('button', { name: `Move stage ${n} up`, exact: true }).click();
    await browser.screenshot('hiring-loop-editor');
    await editor.getByRole('button', { name: 'Save loop', exact: true }).click();
    await expectStatus(page, `Saved loop version ${created.loop.version + 1}: the board now has ${added} stages.`);

    const opening = await apiGet<{ loop: { stages: Stage[] } }>(page, `/api/openings/${openingId}`);
    const stages = opening.loop.stages;
    expect(stages.map((s) => s.name)).toEqual([
      created.loop.stages[0]?.name,
      TAKE_HOME_STAGE,
      ...created.loop.stages.slice(1).map((s) => s.name),
    ]);
    expect(stages[1]?.interviewTypes).toEqual(['take-home']);
    const board = page.getByRole('group', { name: 'Pipeline board' });
    const columns = board.getByRole('heading', { level: 3 });
    await expect.poll(() => columns.allTextContents()).toEqual(stages.map((s) => `${s.name} 0`));
    // The role's template is untouched.
    const templateAfter = await apiGet<{ version: number; stages: { name: string }[] }>(page, `/api/roles/${created.roleId}/loop`);
    expect(templateAfter).toEqual(templateBefore);

    // 3. A demo candidate, into the first stage.
    await page.getByLabel('Find a candidate', { exact: true }).fill(DEMO_CANDIDATE);
    await page.getByRole('button', { name: `Add ${DEMO_CANDIDATE}`, exact: true }).click();
    await expectStatus(page, `Added ${DEMO_CANDIDATE} to ${stages[0]?.name}.`);
    const column = (stage: Stage): Locator => board.getByRole('region', { name: `${stage.name} 1`, exact: true });
    const cardIn = (stage: Stage) => column(stage).getByRole('listitem', { name: DEMO_CANDIDATE });
    await cardIn(stages[0] as Stage).waitFor();
    const [application] = await apiGet<{ id: string }[]>(page, `/api/openings/${openingId}/applications`);
    const applicationId = application?.id ?? '';
    expect(applicationId).toBeTruthy();

    // 4. Through every stage of the loop: the first move by keyboard (dnd-kit: Space, Right Arrow, Space), the rest by "Move to…".
    const handle = board.getByRole('button', { name: `Drag ${DEMO_CANDIDATE}`, exact: true });
    await handle.focus();
    await page.keyboard.press('Space');
    await board.locator(`button[aria-label="Drag ${DEMO_CANDIDATE}"][aria-pressed="true"]`).waitFor();
    await page.keyboard.press('ArrowRight');
    await page.getByText(`${DEMO_CANDIDATE} is over ${stages[1]?.name}.`).waitFor({ state: 'attached' });
    await page.keyboard.press('Space');
    await expectStatus(page, `Moved ${DEMO_CANDIDATE} to ${stages[1]?.name}.`);
    await cardIn(stages[1] as Stage).waitFor();
    await browser.screenshot('hiring-loop-take-home-stage');

    // 5. In the take-home stage: send the take-home, on the application page if it offers that, else through the API.
    const due = dueInTwoWeeks();
    let sentThroughPage = false;
    await cardIn(stages[1] as Stage)
      .getByRole('link', { name: `Open ${DEMO_CANDIDATE}'s application`, exact: true })
      .click();
    await page.waitForURL(new RegExp(`/applications/${applicationId}$`));
    await page.getByRole('heading', { name: DEMO_CANDIDATE, level: 1 }).waitFor();
    const sendForm = page.getByRole('form', { name: 'Send take-home' });
    try {
      await sendForm.waitFor({ timeout: 10_000 });
      sentThroughPage = true;
    } catch {
      sentThroughPage = false;
    }
    if (sentThroughPage) {
      await sendForm.getByLabel('Due date', { exact: true }).fill(due.local);
      await sendForm.getByRole('button', { name: 'Send take-home', exact: true }).click();
      await sendForm.waitFor({ state: 'detached' });
      expect(await page.getByRole('alert').count(), await page.locator('main').innerText()).toBe(0);
      await browser.screenshot('hiring-loop-take-home-sent');
    } else {
      const answer = await page.evaluate(
        async ({ id, dueAt }) => {
          const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
          const response = await fetch(`/api/applications/${id}/take-home/send`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
            body: JSON.stringify({ dueAt }),
          });
          return { status: response.status, body: await response.text() };
        },
        { id: applicationId, dueAt: due.iso },
      );
      expect(answer.status, answer.body).toBe(200);
    }
    console.info(
      `hiring-loop: take-home sent ${sentThroughPage ? 'on the application page' : 'through the API (no send form on the page)'}`,
    );
    await page.goto(`${appUrl}/openings/${openingId}`);
    await page.getByRole('heading', { name: title, level: 1 }).waitFor();
    await cardIn(stages[1] as Stage).waitFor();

    for (let i = 2; i < stages.length; i++) {
      const from = stages[i - 1] as Stage;
      const to = stages[i] as Stage;
      const card = cardIn(from);
      await card.getByLabel(`Move ${DEMO_CANDIDATE} to`, { exact: true }).selectOption({ label: to.name });
      await card.getByRole('button', { name: `Move ${DEMO_CANDIDATE}`, exact: true }).click();
      await expectStatus(page, `Moved ${DEMO_CANDIDATE} to ${to.name}.`);
      await cardIn(to).waitFor();
      expect(await board.getByRole('listitem', { name: DEMO_CANDIDATE }).count()).toBe(1);
    }
    await browser.screenshot('hiring-loop-last-stage');

    // 6. Through the API: the take-home is sent, and the history lists every move in order.
    const takeHome = await apiGet<{ state: string; dueAt: string | null; sentAt: string | null }>(
      page,
      `/api/applications/${applicationId}/take-home`,
    );
    expect(takeHome.state).toBe('sent');
    expect(takeHome.sentAt).toBeTruthy();
    expect(Math.abs(Date.parse(takeHome.dueAt ?? '') - Date.parse(due.iso))).toBeLessThan(60_000);
    const detail = await apiGet<{
      currentStage: { id: string };
      status: string;
      history: { kind: string; fromStage: { id: string } | null; toStage: { id: string } | null }[];
    }>(page, `/api/applications/${applicationId}`);
    expect(detail.status).toBe('active');
    expect(detail.currentStage.id).toBe(stages.at(-1)?.id);
    expect(detail.history.map((e) => [e.kind, e.fromStage?.id ?? null, e.toStage?.id ?? null])).toEqual([
      ['created', null, stages[0]?.id],
      ...stages.slice(1).map((to, i) => ['moved', stages[i]?.id, to.id]),
    ]);

    expect(new Set(browser.refusals)).toEqual(new Set(['401 GET /api/auth/session']));
    expect(browser.problems.filter((problem) => !PROVOKED_REFUSAL.test(problem))).toEqual([]);
  });
});
