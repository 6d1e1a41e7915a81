import { ErrorCode, type OpeningDetail } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { toLocalInput } from '../modules/scheduling/utils/formatWhen';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, ML_RESEARCHER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, {
  displayName: 'Ada Lovelace',
  signals: { firstAuthorTopTier: 2, creditAdjusted: 1.5, bestVenueTier: 1, reproducedReimplementations: 0 },
});
const GRACE = makeCandidate(2, { displayName: 'Grace Hopper' });
const HOUR = 3600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();
const SECOND_INTERVIEWER = 'Nia Interviewer';

type Role = 'admin' | 'recruiter' | 'hiring_manager' | 'interviewer';

let api: FakeApi;
let opening: OpeningDetail;

/** The ML engineer loop in the fake: Recruiter screen → Technical → Hiring manager; ML researcher gets a take-home stage. */
async function start(role: Role, { takeHome = false } = {}) {
  api = createFakeApi({ signedInAs: 'admin', candidates: [ADA, GRACE] });
  vi.stubGlobal('fetch', api.fetch);
  // A second interviewer on the team, made through the users API as an admin would.
  const created = await api.fetch('/api/users', {
    method: 'POST',
    headers: { 'x-csrf-token': api.csrfToken() ?? '' },
    body: JSON.stringify({ email: 'nia@loopboard.dev', name: SECOND_INTERVIEWER, role: 'interviewer', password: 'a-long-enough-password' }),
  });
  const nia = (await created.json()) as { id: string };
  if (takeHome) {
    api.saveLoopElsewhere(ML_RESEARCHER_ID, [
      { name: 'Recruiter screen', interviewTypes: ['recruiter-screen'] },
      { name: 'Take-home', interviewTypes: ['take-home'] },
    ]);
  }
  opening = api.seedOpening({
    title: takeHome ? 'ML researcher, vision' : 'ML engineer, ranking',
    roleId: takeHome ? ML_RESEARCHER_ID : ML_ENGINEER_ID,
    hiringManagerId: DEMO_USERS.hiring_manager.id,
    interviewerIds: [DEMO_USERS.interviewer.id, nia.id],
  });
  const ada = api.seedApplication(opening.id, ADA.id, 0, 3);
  const grace = api.seedApplication(opening.id, GRACE.id, 0, 1);
  if (takeHome) {
    const moved = await api.fetch(`/api/applications/${ada.id}/move`, {
      method: 'POST',
      headers: { 'x-csrf-token': api.csrfToken() ?? '' },
      body: JSON.stringify({ fromStageId: opening.loop.stages[0]!.id, toStageId: opening.loop.stages[1]!.id }),
    });
    expect(moved.status).toBe(200);
  }
  api.signInElsewhere(role);
  return { ada, grace, nia };
}

async function openApplication(applicationId: string) {
  const view = renderApp(`/applications/${applicationId}`);
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
  return view;
}

const localIn = (hours: number) => toLocalInput(at(hours));
const scheduleForm = () => screen.getByRole('form', { name: 'Schedule interview' });
/** The writes the page made (not the set-up's). */
const pageWrites = () => api.writes().filter((w) => w.path !== '/api/users' && !w.path.endsWith('/move'));
const interviewsList = () => screen.getByRole('list', { name: 'Interviews' });

describe('the application page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows where the application stands, its signals and its full history', async () => {
    const { ada } = await start('recruiter', { takeHome: true });
    await openApplication(ada.id);
    expect(screen.getByRole('link', { name: 'ML researcher, vision' }).getAttribute('href')).toBe(`/openings/${opening.id}`);
    expect(screen.getByRole('link', { name: 'Open the candidate page' }).getAttribute('href')).toBe(`/candidates/${ADA.id}`);
    const facts = screen.getByRole('region', { name: 'Where it stands' });
    expect(facts.textContent).toContain('Take-home');
    expect(facts.textContent).toContain('Active');
    expect(facts.textContent).toContain('2 first-author top-tier');

    const history = within(screen.getByRole('table', { name: 'Application history' }))
      .getAllByRole('row')
      .slice(1);
    expect(history).toHaveLength(2);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(history[0]!).slice(1, 5)).toEqual(['Ada Admin', 'Moved', 'Recruiter screen → Take-home', 'Active']);
    expect(cells(history[1]!).slice(2, 3)).toEqual(['Added']);
  });

  it('schedules an interview: past times refused in the page, the server’s field errors next to the fields, then success', async () => {
    const { ada } = await start('recruiter');
    await openApplication(ada.id);
    expect(await screen.findByText('No interviews yet')).toBeTruthy();
    const form = await screen.findByRole('form', { name: 'Schedule interview' });
    // Only the current stage's types; the duration follows the type.
    expect(
      within(form)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Recruiter screen']);
    expect(
      within(form)
        .getAllByRole('checkbox')
        .map((c) => c.parentElement?.textContent),
    ).toEqual([DEMO_USERS.interviewer.name, SECOND_INTERVIEWER]);

    fireEvent.click(within(form).getByLabelText(DEMO_USERS.interviewer.name));
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: localIn(-3) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule interview' }));
    expect(await within(form).findByText('Start must be in the future')).toBeTruthy();
    expect(pageWrites()).toEqual([]);

    api.override((call) =>
      call.method === 'POST' && call.path.endsWith('/interviews')
        ? {
            status: 400,
            body: {
              code: ErrorCode.VALIDATION_FAILED,
              message: 'The request is invalid',
              fields: [{ field: 'interviewerIds.0', reason: "is not an active interviewer on this opening's team" }],
            },
          }
        : undefined,
    );
    fireEvent.change(within(form).getByLabelText('Start'), { target: { value: localIn(30) } });
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule interview' }));
    expect((await within(form).findByRole('alert')).textContent).toContain(
      "Interviewer 1 is not an active interviewer on this opening's team",
    );
    const group = within(form).getByRole('group', { name: 'Interviewers' });
    expect(within(group).getByText("Interviewer 1 is not an active interviewer on this opening's team")).toBeTruthy();

    api.clearOverrides();
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule interview' }));
    const item = await within(await screen.findByRole('list', { name: 'Interviews' })).findByRole('listitem');
    expect(item.textContent).toContain('Recruiter screen');
    expect(item.textContent).toContain(DEMO_USERS.interviewer.name);
    expect(within(item).getByRole('link', { name: 'Calendar invite (.ics)' }).getAttribute('href')).toMatch(/invite\.ics$/);
    const post = api
      .writes()
      .filter((w) => w.method === 'POST')
      .at(-1);
    expect(post?.body).toMatchObject({ interviewTypeKey: 'recruiter-screen', interviewerIds: [DEMO_USERS.interviewer.id] });
    expect(within(scheduleForm()).queryByRole('alert')).toBeNull();
    // The stage runs no take-home: the page doesn't ask for one, and shows no panel.
    expect(api.calls.some((c) => c.path.endsWith('/take-home'))).toBe(false);
    expect(screen.queryByRole('region', { name: 'Take-home' })).toBeNull();
  });

  it('reloads and says so when the interview was changed meanwhile', async () => {
    const { ada } = await start('recruiter');
    const interview = api.seedInterview(ada.id, {
      interviewTypeKey: 'recruiter-screen',
      interviewerIds: [DEMO_USERS.interviewer.id],
      startsAt: at(24),
    });
    await openApplication(ada.id);
    const item = await within(await screen.findByRole('list', { name: 'Interviews' })).findByRole('listitem');
    api.changeInterviewElsewhere(interview.id, { durationMinutes: 90 });

    fireEvent.click(within(item).getByRole('button', { name: 'Reschedule' }));
    fireEvent.change(within(item).getByLabelText('New start'), { target: { value: localIn(48) } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save new time' }));
    expect(await within(item).findByText('This interview was changed meanwhile')).toBeTruthy();
    await waitFor(() => expect(interviewsList().textContent).toContain('90 min'));
    expect(api.writes().at(-1)).toMatchObject({ method: 'PATCH', body: { version: 1 } });

    // The next try names the version it now shows.
    fireEvent.click(within(item).getByRole('button', { name: 'Reschedule' }));
    fireEvent.change(within(item).getByLabelText('New start'), { target: { value: localIn(48) } });
    fireEvent.click(within(item).getByRole('button', { name: 'Save new time' }));
    await waitFor(() => expect(api.interviewsOf(ada.id)[0]?.version).toBe(3));
    expect(api.writes().at(-1)).toMatchObject({ method: 'PATCH', body: { version: 2 } });
  });

  it('cancels an interview only after the confirmation', async () => {
    const { ada } = await start('admin');
    api.seedInterview(ada.id, { interviewTypeKey: 'recruiter-screen', interviewerIds: [DEMO_USERS.interviewer.id], startsAt: at(24) });
    await openApplication(ada.id);
    const item = await within(await screen.findByRole('list', { name: 'Interviews' })).findByRole('listitem');
    fireEvent.click(within(item).getByRole('button', { name: 'Cancel interview' }));
    const dialog = screen.getByRole('dialog', { name: 'Cancel this interview?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(pageWrites()).toEqual([]);

    fireEvent.click(within(item).getByRole('button', { name: 'Cancel interview' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Yes, cancel it' }));
    expect(await within(item).findByText('Cancelled')).toBeTruthy();
    expect(pageWrites()).toEqual([expect.objectContaining({ method: 'DELETE', path: expect.stringMatching(/^\/api\/interviews\//) })]);
    expect(api.calls.filter((c) => c.method === 'DELETE').map((c) => c.search)).toEqual(['?version=1']);
    expect(within(item).queryByRole('button', { name: 'Reschedule' })).toBeNull();
  });

  it('shows an interviewer only applications where they have an interview, without the scheduling form', async () => {
    const { ada, grace } = await start('interviewer');
    api.seedInterview(ada.id, { interviewTypeKey: 'recruiter-screen', interviewerIds: [DEMO_USERS.interviewer.id], startsAt: at(24) });
    await openApplication(ada.id);
    await screen.findByRole('list', { name: 'Interviews' });
    expect(screen.queryByRole('form', { name: 'Schedule interview' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Open the candidate page' })).toBeNull();
    cleanup();

    renderApp(`/applications/${grace.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
  });

  it('sends, records and grades a take-home, and shows a state conflict clearly', async () => {
    const { ada } = await start('recruiter', { takeHome: true });
    await openApplication(ada.id);
    const panel = await screen.findByRole('region', { name: 'Take-home' });
    expect(panel.textContent).toContain('To send');

    fireEvent.change(within(panel).getByLabelText('Due date'), { target: { value: localIn(72) } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Send take-home' }));
    await within(panel).findByRole('form', { name: 'Record submission' });
    expect(panel.textContent).toContain('Sent');

    fireEvent.change(within(panel).getByLabelText('Link to the work'), { target: { value: 'https://github.com/ada/take-home' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Record submission' }));
    await within(panel).findByRole('form', { name: 'Grade take-home' });
    expect(within(panel).getByRole('link', { name: 'Submission link' }).getAttribute('href')).toBe('https://github.com/ada/take-home');

    // Someone else graded it meanwhile: the API refuses, the page says so plainly.
    api.override((call) =>
      call.path.endsWith('/take-home/grade')
        ? { status: 409, body: { code: ErrorCode.TAKE_HOME_STATE_CONFLICT, message: 'The take-home is graded; it cannot be graded now' } }
        : undefined,
    );
    fireEvent.change(within(panel).getByLabelText(`Grade from ${DEMO_USERS.interviewer.name}`), { target: { value: '3' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save grades' }));
    expect((await within(panel).findByRole('alert')).textContent).toContain('The take-home changed meanwhile');
    api.clearOverrides();

    fireEvent.change(within(panel).getByLabelText(`Grade from ${SECOND_INTERVIEWER}`), { target: { value: '4' } });
    fireEvent.click(within(panel).getByRole('button', { name: 'Save grades' }));
    const grades = await within(panel).findByRole('list', { name: 'Grades' });
    expect(
      within(grades)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([`${DEMO_USERS.interviewer.name}: 3 · Yes`, `${SECOND_INTERVIEWER}: 4 · Strong yes`]);
    expect(panel.textContent).toContain('Graded');
    expect(api.takeHomeOf(ada.id).state).toBe('graded');
  });
});
