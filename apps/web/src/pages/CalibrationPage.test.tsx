import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, ML_RESEARCHER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, { displayName: 'Ada Lovelace' });
const GRACE = makeCandidate(2, { displayName: 'Grace Hopper' });
const NIA = { id: 'b0000000-0000-4000-8000-0000000000n1', name: 'Nia Interviewer', role: 'interviewer' as const };
const HOUR = 3600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

let api: FakeApi;

/** Ivan rates a point above Nia on the same candidates (ML engineer); Nia also has an overdue ML researcher scorecard. */
function start(role: 'admin' | 'hiring_manager' | 'recruiter' | 'interviewer' = 'hiring_manager') {
  api = createFakeApi({ signedInAs: role, candidates: [ADA, GRACE] });
  api.seedPerson(NIA);
  const ivanId = DEMO_USERS.interviewer.id;
  const team = { hiringManagerId: DEMO_USERS.hiring_manager.id, interviewerIds: [ivanId, NIA.id] };
  const engineer = api.seedOpening({ title: 'ML engineer, ranking', roleId: ML_ENGINEER_ID, ...team });
  for (const [candidate, ivan, nia] of [
    [ADA, 4, 3],
    [GRACE, 3, 2],
  ] as const) {
    const application = api.seedApplication(engineer.id, candidate.id, 1, 1);
    const i1 = api.seedInterview(application.id, { interviewTypeKey: 'pair-coding', interviewerIds: [ivanId], startsAt: at(-5) });
    const i2 = api.seedInterview(application.id, { interviewTypeKey: 'pair-coding', interviewerIds: [NIA.id], startsAt: at(-5) });
    api.seedScorecard(i1.id, ivanId, { ratings: { swe: [ivan, 'Evidence.'] }, recommendation: 'yes' });
    api.seedScorecard(i2.id, NIA.id, { ratings: { swe: [nia, 'Evidence.'] }, recommendation: candidate === ADA ? 'no_decision' : 'no' });
  }
  const researcher = api.seedOpening({ title: 'ML researcher, vision', roleId: ML_RESEARCHER_ID, ...team });
  const application = api.seedApplication(researcher.id, ADA.id, 0, 1);
  api.seedInterview(application.id, {
    interviewTypeKey: 'recruiter-screen',
    interviewerIds: [NIA.id],
    startsAt: at(-50),
    scorecardDueAt: at(-26),
  });
  vi.stubGlobal('fetch', api.fetch);
}

const row = (name: string) => screen.getByRole('row', { name });

describe('the calibration page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows each interviewer’s scorecards, rating spread, signed leniency, no-decision rate and overdue scorecards', async () => {
    start('hiring_manager');
    renderApp('/');
    fireEvent.click(await screen.findByRole('link', { name: 'Calibration' }));
    await screen.findByRole('heading', { level: 1, name: 'Interviewer calibration' });
    await screen.findByRole('table', { name: 'Interviewer calibration' });

    const ivan = row('Ivan Interviewer');
    const ivanCells = within(ivan)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    // +1 over 2 comparisons, shrunk by 2/(2+5): +0.29.
    expect(ivanCells[0]).toBe('2');
    expect(ivanCells[2]).toBe('+0.29 more lenient');
    expect(ivanCells.slice(3)).toEqual(['2', '0 %', '0']);
    const spread = within(ivan).getByRole('list', { name: "Ivan Interviewer's ratings (2 in all)" });
    expect(
      within(spread)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 strong no0', '2 no0', '3 yes1', '4 strong yes1']);

    const nia = within(row('Nia Interviewer'))
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(nia[2]).toBe('−0.29 harsher');
    expect(nia.slice(3)).toEqual(['2', '50 %', '1']);
  });

  it('filters by role, in the address', async () => {
    start('admin');
    const { router } = renderApp('/calibration');
    await screen.findByRole('table', { name: 'Interviewer calibration' });
    fireEvent.change(screen.getByLabelText('Role'), { target: { value: ML_RESEARCHER_ID } });
    await waitFor(() => expect(within(row('Nia Interviewer')).getAllByRole('cell')[0]?.textContent).toBe('0'));
    expect(within(row('Nia Interviewer')).getAllByRole('cell')[2]?.textContent).toBe('no comparisons yet');
    expect(within(row('Nia Interviewer')).getAllByRole('cell')[5]?.textContent).toBe('1');
    expect(router.state.location.search).toBe(`?roleId=${ML_RESEARCHER_ID}`);
    expect(api.calls.filter((c) => c.path === '/api/calibration/interviewers').map((c) => c.search)).toEqual([
      '',
      `?roleId=${ML_RESEARCHER_ID}`,
    ]);
  });

  it('is for admins and hiring managers only', async () => {
    start('recruiter');
    renderApp('/calibration');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Calibration' })).toBeNull();
    expect(api.calls.some((c) => c.path.startsWith('/api/calibration'))).toBe(false);
  });
});
