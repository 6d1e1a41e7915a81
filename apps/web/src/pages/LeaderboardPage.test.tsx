import type { OpeningDetail } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, { displayName: 'Ada Lovelace', primaryChannel: 'paper' });
const GRACE = makeCandidate(2, { displayName: 'Grace Hopper', primaryChannel: 'referral' });
const ALAN = makeCandidate(3, { displayName: 'Alan Turing', primaryChannel: 'paper' });
const NIA = { id: 'b0000000-0000-4000-8000-0000000000n1', name: 'Nia Interviewer', role: 'interviewer' as const };
const HOUR = 3600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

let api: FakeApi;
let opening: OpeningDetail;

/**
 * Ada and Grace are both rated on swe by Ivan (a point more lenient each time) and Nia; Ivan alone rated Ada's ML,
 * so calibration pulls Ada's ML (and composite) down. Alan has no scorecards.
 */
function start({ empty = false } = {}) {
  api = createFakeApi({ signedInAs: 'hiring_manager', candidates: [ADA, GRACE, ALAN] });
  api.seedPerson(NIA);
  opening = api.seedOpening({
    title: 'ML engineer, ranking',
    roleId: ML_ENGINEER_ID,
    hiringManagerId: DEMO_USERS.hiring_manager.id,
    interviewerIds: [DEMO_USERS.interviewer.id, NIA.id],
  });
  if (!empty) {
    const ivanId = DEMO_USERS.interviewer.id;
    const file = (candidateId: string, stage: number, ivan: Record<string, [number | null, string]>, nia: number) => {
      const application = api.seedApplication(opening.id, candidateId, stage, 1);
      const i1 = api.seedInterview(application.id, { interviewTypeKey: 'pair-debugging', interviewerIds: [ivanId], startsAt: at(-5) });
      const i2 = api.seedInterview(application.id, { interviewTypeKey: 'pair-coding', interviewerIds: [NIA.id], startsAt: at(-4) });
      api.seedScorecard(i1.id, ivanId, { ratings: ivan, recommendation: 'yes' });
      api.seedScorecard(i2.id, NIA.id, { ratings: { swe: [nia, 'Evidence.'] }, recommendation: nia >= 3 ? 'yes' : 'no' });
    };
    file(ADA.id, 1, { swe: [4, 'Great.'], ml: [4, 'Great.'] }, 3);
    file(GRACE.id, 0, { swe: [3, 'Good.'], ml: [null, ''] }, 2);
    api.seedApplication(opening.id, ALAN.id, 0, 1);
  }
  vi.stubGlobal('fetch', api.fetch);
}

async function openBoard(search = '') {
  const view = renderApp(`/openings/${opening.id}/leaderboard${search}`);
  await screen.findByRole('heading', { level: 1, name: 'Leaderboard: ML engineer, ranking' });
  return view;
}

const table = () => screen.findByRole('table', { name: /^Leaderboard/ });
async function names() {
  const rows = within(await table())
    .getAllByRole('row')
    .slice(1);
  return rows.map((r) => r.getAttribute('aria-label'));
}
const cells = (name: string) =>
  within(screen.getByRole('row', { name }))
    .getAllByRole('cell')
    .map((c) => c.textContent);
const boardCalls = () => api.calls.filter((c) => c.path.endsWith('/leaderboard')).map((c) => c.search);

describe('the leaderboard', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('ranks the candidates with composite, contribution bar, coverage, dissent and scorecards', async () => {
    start();
    await openBoard();
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    // rank, candidate, stage, composite, bar, coverage, dissent, scorecards
    expect(cells('Ada Lovelace')).toEqual(['1', 'Ada Lovelace · Paper', 'Technical', '3.75', '', '50 %', '0.00', '2']);
    expect(cells('Grace Hopper')).toEqual(['2', 'Grace Hopper · Referral', 'Recruiter screen', '2.50', '', '25 %', '0.50', '2']);
    expect(cells('Alan Turing')).toEqual(['3', 'Alan Turing · Paper', 'Recruiter screen', '—', '', '0 %', '—', '0']);
    const ada = screen.getByRole('row', { name: 'Ada Lovelace' });
    expect(within(ada).getByRole('img').getAttribute('aria-label')).toBe('Contributions: ML knowledge 2.00, Software engineering 1.75');
    expect(within(ada).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toMatch(/^\/applications\//);
    expect(within(screen.getByRole('list', { name: 'Colours of the contribution bars' })).getAllByRole('listitem')).toHaveLength(8);
    expect(screen.getByText('Page 1 of 1')).toBeTruthy();
    expect(boardCalls()).toEqual(['?pageSize=25']);
  });

  it('opens from the opening page, and links to the role-wide board', async () => {
    start();
    const { router } = renderApp(`/openings/${opening.id}`);
    fireEvent.click(await screen.findByRole('link', { name: 'Leaderboard' }));
    await screen.findByRole('heading', { level: 1, name: 'Leaderboard: ML engineer, ranking' });
    expect(router.state.location.pathname).toBe(`/openings/${opening.id}/leaderboard`);
    fireEvent.click(screen.getByRole('link', { name: 'Across every opening of this role' }));
    await screen.findByRole('heading', { level: 1, name: 'Leaderboard: ML engineer' });
    expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
    expect(cells('Ada Lovelace')[1]).toBe('Ada Lovelace · Paper · ML engineer, ranking');
  });

  it('is not for interviewers', async () => {
    start();
    api.signInElsewhere('interviewer');
    renderApp(`/roles/${ML_ENGINEER_ID}/leaderboard`);
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    expect(boardCalls()).toEqual([]);
  });

  it('switches to calibrated scores: a new request, new values, and the choice in the address', async () => {
    start();
    const { router } = await openBoard();
    await table();
    fireEvent.click(screen.getByLabelText(/^Calibrated/));
    await waitFor(() => expect(cells('Ada Lovelace')[3]).toBe('3.61'));
    expect(router.state.location.search).toBe('?view=calibrated');
    expect(boardCalls().at(-1)).toBe('?view=calibrated&pageSize=25');
    expect(screen.getByRole('table', { name: 'Leaderboard (calibrated scores)' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Raw'));
    await waitFor(() => expect(cells('Ada Lovelace')[3]).toBe('3.75'));
  });

  it('filters by minimum coverage, stage and source, keeping them in the address (and reading them back)', async () => {
    start();
    const { router } = await openBoard();
    await table();
    fireEvent.change(screen.getByLabelText('Minimum coverage'), { target: { value: '0.25' } });
    await waitFor(async () => expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper']));
    fireEvent.change(screen.getByLabelText('Source channel'), { target: { value: 'referral' } });
    await waitFor(async () => expect(await names()).toEqual(['Grace Hopper']));
    expect(router.state.location.search).toBe('?minCoverage=0.25&channel=referral');
    fireEvent.change(screen.getByLabelText('Source channel'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'Technical' } });
    await waitFor(async () => expect(await names()).toEqual(['Ada Lovelace']));
    expect(router.state.location.search).toBe('?minCoverage=0.25&stage=Technical');
    cleanup();

    await openBoard('?stage=Recruiter+screen&sort=name');
    expect(await names()).toEqual(['Alan Turing', 'Grace Hopper']);
    expect((screen.getByLabelText('Stage') as HTMLSelectElement).value).toBe('Recruiter screen');
  });

  it('sorts by a column header, and the other way round on a second click', async () => {
    start();
    const { router } = await openBoard();
    await table();
    fireEvent.click(screen.getByRole('button', { name: /^Candidate/ }));
    await waitFor(async () => expect(await names()).toEqual(['Ada Lovelace', 'Alan Turing', 'Grace Hopper']));
    expect(screen.getByRole('columnheader', { name: /^Candidate/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(router.state.location.search).toBe('?sort=name');
    fireEvent.click(screen.getByRole('button', { name: /^Candidate/ }));
    await waitFor(async () => expect(await names()).toEqual(['Grace Hopper', 'Alan Turing', 'Ada Lovelace']));
    expect(router.state.location.search).toBe('?sort=name&order=desc');
    fireEvent.click(screen.getByRole('button', { name: /^Coverage/ }));
    await waitFor(async () => expect(await names()).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']));
    expect(screen.getByRole('columnheader', { name: /^Coverage/ }).getAttribute('aria-sort')).toBe('descending');
  });

  it('pages through a long list, the page in the address and the rank counting on', async () => {
    const many = Array.from({ length: 27 }, (_, i) => makeCandidate(100 + i, { displayName: `Person ${String(i + 1).padStart(2, '0')}` }));
    api = createFakeApi({ signedInAs: 'hiring_manager', candidates: many });
    opening = api.seedOpening({ title: 'ML engineer, ranking', roleId: ML_ENGINEER_ID, hiringManagerId: DEMO_USERS.hiring_manager.id });
    for (const c of many) api.seedApplication(opening.id, c.id, 0, 1);
    vi.stubGlobal('fetch', api.fetch);
    const { router } = await openBoard('?sort=name');
    expect(await names()).toHaveLength(25);
    expect(screen.getByText('Page 1 of 2')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Previous page' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(async () => expect(await names()).toEqual(['Person 26', 'Person 27']));
    expect(cells('Person 26')[0]).toBe('26');
    expect(router.state.location.search).toBe('?sort=name&page=2');
    expect(boardCalls().at(-1)).toBe('?sort=name&page=2&pageSize=25');
    expect((screen.getByRole('button', { name: 'Next page' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says what to do next when there is nobody to rank, or nobody matches', async () => {
    start({ empty: true });
    await openBoard();
    expect(await screen.findByText('No candidates to rank yet')).toBeTruthy();
    expect(screen.getByText(/schedule their interviews/)).toBeTruthy();
    cleanup();

    start();
    const { router } = await openBoard('?minCoverage=1');
    expect(await screen.findByText('No candidates match these filters')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear the filters' }));
    expect(await names()).toHaveLength(3);
    expect(router.state.location.search).toBe('');
  });
});
