import type { AdverseImpactGroup, ForecastAvailable, OpeningDetail } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, ML_RESEARCHER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, { displayName: 'Ada Lovelace', primaryChannel: 'paper' });
const GRACE = makeCandidate(2, { displayName: 'Grace Hopper', primaryChannel: 'referral' });
const HOUR = 3600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();
const day = (daysFromToday: number) => new Date(Date.now() + daysFromToday * 86_400_000).toISOString().slice(0, 10);

let api: FakeApi;
let engineer: OpeningDetail;
let researcher: OpeningDetail;

/**
 * Two openings. The ML engineer one (no target date) has Ada (paper, hired), Grace (referral,
 * rejected at Technical) and Alan (paper, stuck in the screen for 30 days); the ML researcher
 * one (target date in 60 days) has Kim (conference, withdrew at Pair debugging).
 */
function start(role: 'admin' | 'hiring_manager' | 'recruiter' = 'hiring_manager') {
  api = createFakeApi({ signedInAs: role, candidates: [ADA, GRACE] });
  const team = { hiringManagerId: DEMO_USERS.hiring_manager.id, interviewerIds: [DEMO_USERS.interviewer.id] };
  engineer = api.seedOpening({ title: 'ML engineer, ranking', roleId: ML_ENGINEER_ID, ...team });
  researcher = api.seedOpening({ title: 'ML researcher, vision', roleId: ML_RESEARCHER_ID, targetDate: day(60), headcount: 2, ...team });
  // The leaderboard's own data (scorecards module): Ada rated above Grace.
  for (const [candidate, rating] of [
    [ADA, 4],
    [GRACE, 2],
  ] as const) {
    const application = api.seedApplication(engineer.id, candidate.id, 1, 1);
    const interview = api.seedInterview(application.id, {
      interviewTypeKey: 'pair-coding',
      interviewerIds: [DEMO_USERS.interviewer.id],
      startsAt: at(-5),
    });
    api.seedScorecard(interview.id, DEMO_USERS.interviewer.id, { ratings: { swe: [rating, 'Evidence.'] }, recommendation: 'yes' });
  }
  const seed = api.seedAnalyticsApplication;
  seed({
    openingId: engineer.id,
    candidateName: 'Ada Lovelace',
    channel: 'paper',
    createdDaysAgo: 40,
    reached: 2,
    outcome: 'hired',
    daysInStages: [3, 5, 4],
    composite: 3.5,
    venues: ['NeurIPS'],
  });
  seed({
    openingId: engineer.id,
    candidateName: 'Grace Hopper',
    channel: 'referral',
    createdDaysAgo: 20,
    reached: 1,
    outcome: 'rejected',
    rejectionReasonKey: 'skills-gap',
    daysInStages: [2, 6],
    composite: 2.1,
  });
  seed({ openingId: engineer.id, candidateName: 'Alan Turing', channel: 'paper', createdDaysAgo: 35, reached: 0, daysInStages: [30] });
  seed({
    openingId: researcher.id,
    candidateName: 'Kim Lee',
    channel: 'conference',
    createdDaysAgo: 12,
    reached: 1,
    outcome: 'withdrawn',
    daysInStages: [4, 3],
    events: ['ICML 2026'],
  });
  api.seedAnalyticsInterview({
    openingId: engineer.id,
    interviewerId: DEMO_USERS.interviewer.id,
    interviewerName: 'Ivan Interviewer',
    daysAgo: 3,
  });
  api.seedAnalyticsInterview({
    openingId: engineer.id,
    interviewerId: DEMO_USERS.interviewer.id,
    interviewerName: 'Ivan Interviewer',
    daysAgo: 10,
    overdue: true,
  });
  vi.stubGlobal('fetch', api.fetch);
}

const analyticsCalls = (report: string) => api.calls.filter((c) => c.path === `/api/analytics/${report}`).map((c) => c.search);
const region = (name: string) => screen.getByRole('region', { name });
/** A report's table view as rows of cell texts (header row included). */
function tableRows(name: string): string[][] {
  return within(screen.getByRole('table', { name }))
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}
async function applyFilters(change: Record<string, string>) {
  const form = await screen.findByRole('form', { name: 'Dashboard filters' });
  for (const [label, value] of Object.entries(change)) fireEvent.change(within(form).getByLabelText(label), { target: { value } });
  fireEvent.click(within(form).getByRole('button', { name: 'Apply filters' }));
}

describe('the hiring dashboard', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('is where a hiring manager lands, with the pipeline, source, load and calibration reports', async () => {
    start('hiring_manager');
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Hiring dashboard' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/dashboard');
    expect(screen.getByRole('link', { name: 'Dashboard' }).getAttribute('href')).toBe('/dashboard');

    await screen.findByRole('table', { name: 'Funnel' });
    expect(tableRows('Funnel')).toEqual([
      ['Stage', 'Entered', 'Passed', 'Pass-through', 'Rejected', 'Withdrawn', 'Active'],
      ['Recruiter screen', '4', '3', '75 %', '0', '0', '1'],
      ['Technical', '2', '1', '50 %', '1', '0', '0'],
      ['Pair debugging', '1', '0', '0 %', '0', '1', '0'],
      ['Hiring manager', '1', '1', '100 %', '0', '0', '0'],
    ]);
    expect(tableRows('Time in stage')[1]).toEqual(['Recruiter screen', '3.0', '3.8', '3', '1']);
    expect(tableRows('Rejection reasons').slice(1)).toEqual([['Skills gap', '1']]);
    expect(tableRows('Stale applications').slice(1)).toEqual([['Alan Turing', 'ML engineer, ranking', 'Recruiter screen', '30']]);
    await screen.findByRole('table', { name: 'Source effectiveness' });
    expect(tableRows('Source effectiveness').find((r) => r[0] === 'Paper')).toEqual(['Paper', '2', '2', '1', '1', '1', '1', '3.50']);
    expect(
      tableRows('Top venues and events')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['ICML 2026', 'NeurIPS']);
    await screen.findByRole('table', { name: 'Interviewer load' });
    expect(tableRows('Interviewer load')[1]?.slice(0, 2)).toEqual(['Ivan Interviewer', '2']);
    expect(tableRows('Interviewer load')[1]?.[4]).toBe('1');
    await screen.findByRole('table', { name: 'Interviewer calibration' });

    // Nothing is chosen yet: the centre and the forecast say what to do.
    expect(within(region('Best candidates')).getByText('Choose an opening or a role to rank its candidates')).toBeTruthy();
    expect(within(region('Forecast')).getByText('Choose an opening to see its forecast')).toBeTruthy();
    // Demographics never reach a hiring manager's browser.
    expect(screen.queryByRole('region', { name: 'Adverse impact' })).toBeNull();
    expect(analyticsCalls('adverse-impact')).toEqual([]);
    expect(analyticsCalls('forecast')).toEqual([]);
    expect(analyticsCalls('funnel')).toEqual(['']);
  });

  it('keeps the filters in the address, asks the API with them, and the reports and leaderboard follow', async () => {
    start('hiring_manager');
    const { router } = renderApp('/dashboard');
    await screen.findByRole('table', { name: 'Funnel' });

    await applyFilters({ Opening: engineer.id, 'Source channel': 'paper' });
    await waitFor(() => expect(router.state.location.search).toBe(`?openingId=${engineer.id}&channel=paper`));
    await waitFor(() =>
      expect(tableRows('Funnel').slice(1)).toEqual([
        ['Recruiter screen', '2', '1', '50 %', '0', '0', '1'],
        ['Technical', '1', '1', '100 %', '0', '0', '0'],
        ['Hiring manager', '1', '1', '100 %', '0', '0', '0'],
      ]),
    );
    expect(analyticsCalls('funnel')).toEqual(['', `?openingId=${engineer.id}&channel=paper`]);
    expect(analyticsCalls('sources').at(-1)).toBe(`?openingId=${engineer.id}&channel=paper`);
    expect(analyticsCalls('forecast')).toEqual([`?openingId=${engineer.id}`]);
    // The leaderboard of the scorecards module, for the opening and the channel.
    const board = await within(region('Best candidates')).findByRole('table', { name: 'Leaderboard (raw scores)' });
    expect(
      within(board)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.getAttribute('aria-label')),
    ).toEqual(['Ada Lovelace']);
    expect(
      api.calls
        .filter((c) => c.path === `/api/openings/${engineer.id}/leaderboard`)
        .map((c) => new URLSearchParams(c.search).get('channel')),
    ).toEqual(['paper']);

    // The dates, typed, go into the address too; a shared address opens the same view.
    await applyFilters({ From: day(-30), To: day(0), 'Source channel': '' });
    await waitFor(() => expect(router.state.location.search).toBe(`?openingId=${engineer.id}&from=${day(-30)}&to=${day(0)}`));
    await waitFor(() => expect(tableRows('Funnel')[1]).toEqual(['Recruiter screen', '1', '1', '100 %', '0', '0', '0']));
    expect(tableRows('Rejection reasons').slice(1)).toEqual([['Skills gap', '1']]);
    expect(await within(region('Best candidates')).findAllByRole('row')).toHaveLength(3);
  });

  it('exports each table as CSV through a Blob, with the file named after the report and the day', async () => {
    start('hiring_manager');
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:loopboard/1';
    });
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() }));
    const downloads: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloads.push(`${this.download} ${this.href}`);
    });
    renderApp('/dashboard');
    await screen.findByRole('table', { name: 'Funnel' });
    fireEvent.click(within(region('Funnel')).getByRole('button', { name: 'Export funnel as CSV' }));

    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(downloads).toEqual([`loopboard-funnel-${day(0)}.csv blob:loopboard/1`]);
    expect(blobs[0]?.type).toBe('text/csv;charset=utf-8');
    const text = (await blobs[0]!.text()).replace(/^\uFEFF/, '');
    expect(text).toBe(
      [
        'Stage,Entered,Passed,Pass-through,Rejected,Withdrawn,Active',
        'Recruiter screen,4,3,75 %,0,0,1',
        'Technical,2,1,50 %,1,0,0',
        'Pair debugging,1,0,0 %,0,1,0',
        'Hiring manager,1,1,100 %,0,0,0',
        '',
      ].join('\r\n'),
    );
  });

  it('says honestly when there is not enough data to forecast, and what to do', async () => {
    start('hiring_manager');
    renderApp(`/dashboard?openingId=${researcher.id}`);
    const forecast = await screen.findByRole('region', { name: 'Forecast' });
    expect(await within(forecast).findByText('Not enough data to forecast ML researcher, vision')).toBeTruthy();
    expect(within(forecast).getByText('The role has 1 applications that left a stage; a forecast needs at least 30.')).toBeTruthy();
    expect(
      within(forecast).getByText(
        /^Only 1 application of this role has left a stage; a forecast needs at least 30\. It appears once more candidates have gone through the loop/,
      ),
    ).toBeTruthy();
    expect(within(forecast).queryByText(/Expected new hires/)).toBeNull();

    cleanup();
    renderApp(`/dashboard?openingId=${engineer.id}`);
    const noDate = await screen.findByRole('region', { name: 'Forecast' });
    expect(await within(noDate).findByText('Set a target date on the opening to get a forecast.')).toBeTruthy();
    expect(within(noDate).getByRole('link', { name: 'Edit the opening' }).getAttribute('href')).toBe(`/openings/${engineer.id}`);
  });

  it('shows the forecast with its interval, the weekly needs per stage and its inputs', async () => {
    start('hiring_manager');
    const forecast: ForecastAvailable = {
      openingId: researcher.id,
      openingTitle: researcher.title,
      roleId: ML_RESEARCHER_ID,
      headcount: 2,
      hiredSoFar: 0,
      targetDate: day(60),
      daysToTarget: 60,
      activeByStage: [],
      history: { applications: 120, minimum: 30 },
      enoughData: true,
      method: { kind: 'monte_carlo', draws: 4000, seed: 7, prior: 'Beta(1, 1)', interval: 0.9 },
      stages: [
        {
          name: 'Recruiter screen',
          active: 6,
          passed: 60,
          failed: 40,
          passThrough: { mean: 0.6, low: 0.52, high: 0.68 },
          meanDaysInStage: 5,
          daysToHire: 30,
          inTime: true,
          hireProbability: 0.12,
          neededPerWeek: 1.5,
        },
        {
          name: 'Hiring manager',
          active: 1,
          passed: 10,
          failed: 10,
          passThrough: { mean: 0.5, low: 0.33, high: 0.67 },
          meanDaysInStage: 7,
          daysToHire: 7,
          inTime: true,
          hireProbability: 0.5,
          neededPerWeek: null,
        },
      ],
      expectedHires: { mean: 1.2, low: 0, high: 3 },
      probabilityOfReachingHeadcount: 0.34,
      expectedGap: 0.8,
    };
    api.setForecast(forecast);
    renderApp(`/dashboard?openingId=${researcher.id}`);
    const region = await screen.findByRole('region', { name: 'Forecast' });
    expect((await within(region).findByText(`Expected new hires by ${day(60)}`)).nextElementSibling?.textContent).toBe(
      '1.2 90% interval 0–3',
    );
    expect(within(region).getByText('Chance of reaching the headcount').nextElementSibling?.textContent).toBe(
      '34 % headcount 2, 0 hired so far',
    );
    expect(tableRows('Forecast by stage').map((r) => [r[0], r[2], r[3], r[9]])).toEqual([
      ['Stage', 'Pass-through (mean)', 'Pass-through (90% interval)', 'Needed per week'],
      ['Recruiter screen', '60 %', '52 % – 68 %', '1.5'],
      ['Hiring manager', '50 %', '33 % – 67 %', 'too late'],
    ]);
    expect(within(region).getByText('Inputs: how this forecast is made')).toBeTruthy();
    expect(within(region).getByText(/4,000 Monte Carlo draws \(seed 7, prior Beta\(1, 1\)\)/)).toBeTruthy();
  });

  it('shows the adverse-impact report to admins only, flagging ratios under 0.8 with sizes and p-values', async () => {
    const group = (name: string, applicants: number, selected: number, ratio: number | null, p: number | null): AdverseImpactGroup => ({
      group: name,
      applicants,
      selected,
      scored: applicants,
      scoredHigh: selected,
      selection: { rate: selected / applicants, impactRatio: ratio, flagged: ratio !== null && ratio < 0.8, pValue: p },
      scoring: { rate: selected / applicants, impactRatio: ratio, flagged: ratio !== null && ratio < 0.8, pValue: p },
    });
    for (const role of ['hiring_manager', 'recruiter'] as const) {
      start(role);
      renderApp('/dashboard');
      await screen.findByRole('table', { name: 'Funnel' });
      expect(screen.queryByRole('region', { name: 'Adverse impact' })).toBeNull();
      expect(analyticsCalls('adverse-impact')).toEqual([]);
      cleanup();
      vi.unstubAllGlobals();
    }

    start('admin');
    api.setAdverseImpact([
      {
        dimension: 'gender',
        groups: [group('man', 40, 20, 1, null), group('woman', 30, 9, 0.6, 0.04)],
        selectionReference: 'man',
        scoringReference: 'man',
        omittedGroups: 1,
        omittedNote: 'omitted: 1 group too small',
        notDisclosed: 7,
      },
    ]);
    renderApp('/dashboard');
    const report = await screen.findByRole('region', { name: 'Adverse impact' });
    await within(report).findByRole('table', { name: 'Adverse impact by gender' });
    expect(tableRows('Adverse impact by gender').map((r) => r.slice(0, 7))).toEqual([
      ['Group', 'Applicants', 'Selected', 'Selection rate', 'Selection impact ratio', 'Selection flagged', 'Selection p-value'],
      ['Man', '40', '20', '50.0 %', '1.00', 'no', '—'],
      ['Woman', '30', '9', '30.0 %', '0.60', 'Below 0.8', '0.040'],
    ]);
    expect(within(report).getByText('Flagged: Woman (30 applicants; selection ratio 0.60, p 0.040).')).toBeTruthy();
    expect(within(report).getByText(/Omitted: 1 group too small\. 7 applications without an answer\./)).toBeTruthy();
    expect(analyticsCalls('adverse-impact')).toEqual(['']);
  });

  it('says what to do next when nothing matches the filters', async () => {
    start('hiring_manager');
    renderApp('/dashboard?channel=other');
    const funnel = await screen.findByRole('region', { name: 'Funnel' });
    expect(await within(funnel).findByText('No applications in this range')).toBeTruthy();
    expect(within(funnel).getByText('Widen the dates, clear the source filter, or add candidates to an opening.')).toBeTruthy();
    expect(within(funnel).queryByRole('button', { name: /Export/ })).toBeNull();
    expect(await within(region('Source effectiveness')).findByText('No applications in this range')).toBeTruthy();
    expect(
      within(region('Stale applications')).getByText('Nothing stale: every active application moved in the last 14 days'),
    ).toBeTruthy();
  });

  it('names an invalid filter in the address instead of failing, and asks the API nothing until it is dropped', async () => {
    start('hiring_manager');
    const { router } = renderApp(`/dashboard?openingId=not-an-id&from=2026-13-01&channel=paper`);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Some filters in the address are invalid')).toBeTruthy();
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Opening (openingId=not-an-id) is not an opening id.', 'From (from=2026-13-01) must be a date written as YYYY-MM-DD.']);
    expect(api.calls.filter((c) => c.path.startsWith('/api/analytics'))).toEqual([]);

    fireEvent.click(within(alert).getByRole('button', { name: 'Drop the invalid filters' }));
    await waitFor(() => expect(router.state.location.search).toBe('?channel=paper'));
    await screen.findByRole('table', { name: 'Funnel' });
    expect(analyticsCalls('funnel')).toEqual(['?channel=paper']);
  });

  it('shows the API’s reason for a filter it refuses, and keeps the other reports when one fails', async () => {
    start('hiring_manager');
    renderApp('/dashboard?openingId=00000000-0000-4000-8000-000000000000');
    const refused = await screen.findByText('The reports could not use these filters');
    expect(refused.parentElement?.getAttribute('role')).toBe('alert');
    expect(within(refused.parentElement!).getByRole('listitem').textContent).toBe('Opening: no opening has this id');

    cleanup();
    api.override((call) =>
      call.path === '/api/analytics/sources'
        ? { status: 500, body: { code: 'INTERNAL_ERROR', message: 'The sources query timed out.' } }
        : undefined,
    );
    renderApp('/dashboard');
    await screen.findByRole('table', { name: 'Funnel' });
    const sources = region('Source effectiveness');
    expect(await within(sources).findByText('Could not load source effectiveness')).toBeTruthy();
    expect(within(sources).getByText('The sources query timed out.')).toBeTruthy();
    expect(within(region('Top venues and events')).getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Interviewer load' })).toBeTruthy();
  });

  it('is not for interviewers', async () => {
    start('hiring_manager');
    api.signInElsewhere('interviewer');
    renderApp('/dashboard');
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(screen.queryByRole('link', { name: 'Dashboard' })).toBeNull();
    expect(api.calls.filter((c) => c.path.startsWith('/api/analytics'))).toEqual([]);
  });
});
