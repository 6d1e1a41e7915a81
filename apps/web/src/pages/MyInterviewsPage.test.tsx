import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, { displayName: 'Ada Lovelace' });
const GRACE = makeCandidate(2, { displayName: 'Grace Hopper' });
const ALAN = makeCandidate(3, { displayName: 'Alan Turing' });
const HOUR = 3600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

function start(role: 'interviewer' | 'recruiter' = 'interviewer', withInterviews = true): FakeApi {
  const api = createFakeApi({ signedInAs: role, candidates: [ADA, GRACE, ALAN] });
  const opening = api.seedOpening({
    title: 'ML engineer, ranking',
    roleId: ML_ENGINEER_ID,
    hiringManagerId: DEMO_USERS.hiring_manager.id,
    interviewerIds: [DEMO_USERS.interviewer.id],
  });
  const ada = api.seedApplication(opening.id, ADA.id, 0, 1);
  const grace = api.seedApplication(opening.id, GRACE.id, 0, 1);
  const alan = api.seedApplication(opening.id, ALAN.id, 0, 1);
  if (withInterviews) {
    const me = [DEMO_USERS.interviewer.id];
    api.seedInterview(ada.id, { interviewTypeKey: 'recruiter-screen', interviewerIds: me, startsAt: at(48) });
    api.seedInterview(grace.id, { interviewTypeKey: 'recruiter-screen', interviewerIds: me, startsAt: at(-2), scorecardDueAt: at(20) });
    api.seedInterview(alan.id, { interviewTypeKey: 'recruiter-screen', interviewerIds: me, startsAt: at(-50), scorecardDueAt: at(-26) });
  }
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

describe('my interviews', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lands an interviewer there from /, with the upcoming interviews and the scorecards due (overdue flagged)', async () => {
    start('interviewer');
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'My interviews' });
    expect(router.state.location.pathname).toBe('/my-interviews');

    const upcoming = await screen.findByRole('table', { name: 'Upcoming interviews' });
    const row = within(upcoming).getByRole('row', { name: 'Recruiter screen with Ada Lovelace' });
    expect(within(row).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toMatch(/^\/applications\//);
    expect(within(row).getByRole('link', { name: 'Recruiter screen' }).getAttribute('href')).toBe('/interviews/recruiter-screen');
    expect(within(row).getByRole('link', { name: 'Calendar invite (.ics)' }).getAttribute('href')).toMatch(
      /^\/api\/interviews\/[^/]+\/invite\.ics$/,
    );
    expect(within(row).getByText('ML engineer, ranking')).toBeTruthy();

    const due = screen.getByRole('table', { name: 'Scorecards due' });
    const rows = within(due).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.getAttribute('aria-label'))).toEqual([
      'Recruiter screen with Alan Turing',
      'Recruiter screen with Grace Hopper',
    ]);
    expect(within(rows[0]!).getByText('Overdue')).toBeTruthy();
    expect(within(rows[1]!).getByText('Due')).toBeTruthy();
    const files = screen.getByRole('list', { name: 'File a scorecard' });
    const link = within(files).getByRole('link', { name: 'Scorecard: Recruiter screen with Grace Hopper' });
    expect(link.getAttribute('href')).toMatch(/^\/applications\/[^/]+\/interviews\/[^/]+\/scorecard$/);
    expect(within(files).getAllByRole('link')).toHaveLength(2);
  });

  it('says so when there is nothing to prepare or file', async () => {
    start('interviewer', false);
    renderApp('/my-interviews');
    expect(await screen.findByText('No upcoming interviews')).toBeTruthy();
    expect(screen.getByText('No scorecards due')).toBeTruthy();
  });

  it('keeps other roles landing on the roles, with My interviews in their navigation', async () => {
    start('recruiter');
    const { router } = renderApp('/');
    await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' });
    expect(router.state.location.pathname).toBe('/roles');
    expect(screen.getByRole('link', { name: 'My interviews' }).getAttribute('href')).toBe('/my-interviews');
  });
});
