import type { ApplicationSummary, Interview } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, { displayName: 'Ada Lovelace' });
const HOUR = 3600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();
const NIA = { id: 'b0000000-0000-4000-8000-00000000n1a0', name: 'Nia Interviewer', role: 'interviewer' as const };

let api: FakeApi;
let application: ApplicationSummary;
let ivan: Interview;
let nia: Interview;

/** Two interviewers on Ada's technical stage; Nia has submitted, Ivan (the demo interviewer) has a draft. */
function start(role: 'hiring_manager' | 'interviewer' | 'admin') {
  api = createFakeApi({ signedInAs: role, candidates: [ADA] });
  api.seedPerson(NIA);
  const opening = api.seedOpening({
    title: 'ML engineer, ranking',
    roleId: ML_ENGINEER_ID,
    hiringManagerId: DEMO_USERS.hiring_manager.id,
    interviewerIds: [DEMO_USERS.interviewer.id, NIA.id],
  });
  application = api.seedApplication(opening.id, ADA.id, 1, 1);
  ivan = api.seedInterview(application.id, {
    interviewTypeKey: 'pair-debugging',
    interviewerIds: [DEMO_USERS.interviewer.id],
    startsAt: at(-3),
  });
  nia = api.seedInterview(application.id, { interviewTypeKey: 'pair-coding', interviewerIds: [NIA.id], startsAt: at(-5) });
  api.seedScorecard(nia.id, NIA.id, { ratings: { swe: [4, 'Clean, tested code.'] }, recommendation: 'strong_yes' });
  api.seedScorecard(ivan.id, DEMO_USERS.interviewer.id, {
    ratings: { swe: [2, 'Needed hints.'], ml: [3, 'Explained each bug.'] },
    recommendation: 'no',
    draft: true,
  });
  vi.stubGlobal('fetch', api.fetch);
}

async function openApplication() {
  renderApp(`/applications/${application.id}`);
  await screen.findByRole('heading', { level: 1, name: 'Ada Lovelace' });
  return screen.findByRole('region', { name: 'Scorecards' });
}

describe('the application page’s scorecards', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows a hiring manager who said what, the grid, amendments and the score — never a draft', async () => {
    start('hiring_manager');
    api.signInElsewhere('interviewer');
    // Ivan submits, then amends, through the API.
    const put = await api.fetch(`/api/interviews/${ivan.id}/scorecard/submit`, {
      method: 'POST',
      headers: { 'x-csrf-token': api.csrfToken() ?? '' },
      body: JSON.stringify({ version: 1 }),
    });
    expect(put.status).toBe(200);
    const card = api.scorecards().find((s) => s.interviewId === ivan.id)!;
    const amended = await api.fetch(`/api/scorecards/${card.id}/amendments`, {
      method: 'POST',
      headers: { 'x-csrf-token': api.csrfToken() ?? '' },
      body: JSON.stringify({
        version: card.version,
        reason: 'Re-read my notes.',
        ratings: [{ competency: 'swe', rating: 3, evidence: 'Needed one hint.' }],
      }),
    });
    expect(amended.status).toBe(200);
    api.signInElsewhere('hiring_manager');

    const section = await openApplication();
    const who = await within(section).findByRole('list', { name: 'Who said what' });
    const ivanItem = within(who).getByRole('listitem', { name: 'Ivan Interviewer, Pair debugging' });
    expect(ivanItem.textContent).toContain('Needed one hint.');
    expect(within(ivanItem).getByRole('list', { name: 'Amendments' }).textContent).toContain('Software engineering: 2 no → 3 yes');
    expect(ivanItem.textContent).toContain('Reason: Re-read my notes.');

    const grid = within(section).getByRole('table', { name: 'Ratings by competency and interviewer' });
    const headers = within(grid)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Competency', 'Nia Interviewer · Pair coding', 'Ivan Interviewer · Pair debugging']);
    const swe = within(grid).getByRole('row', { name: /Software engineering/ });
    expect(
      within(swe)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', '3']);
    const ml = within(grid).getByRole('row', { name: /ML knowledge/ });
    expect(
      within(ml)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['—', '3']);

    // swe mean 3.5 (w .25), ml 3 (w .25): composite 3.25 over coverage 0.5.
    const facts = await within(section).findByText('Composite (raw)');
    expect(facts.nextElementSibling?.textContent).toBe('3.25');
    expect(within(section).getByText('Coverage').nextElementSibling?.textContent).toBe('50 %');
    expect(within(section).getByText('Role weights').nextElementSibling?.textContent).toBe('version 1');
    const breakdown = within(section).getByRole('table', { name: 'Score breakdown (raw)' });
    const sweRow = within(breakdown).getByRole('row', { name: /Software engineering/ });
    expect(
      within(sweRow)
        .getAllByRole('cell')
        .map((c) => c.textContent)
        .slice(0, 4),
    ).toEqual(['25 %', '3.50', '2', '1.75']);
    fireEvent.click(within(section).getByLabelText('Calibrated'));
    expect(within(section).getByRole('table', { name: 'Score breakdown (calibrated)' })).toBeTruthy();
    const profile = within(section).getByRole('table', { name: 'Competency profile (calibrated)' });
    expect(within(profile).getByRole('row', { name: /Data engineering/ }).textContent).toContain('not covered');
    expect(within(section).getByText(/scaled to the same 1–4 axis/)).toBeTruthy();
  });

  it('keeps everything from an interviewer who has not submitted: no one else’s scorecard, no numbers', async () => {
    start('interviewer');
    const section = await openApplication();
    expect(await within(section).findByText('Submit your scorecard to see the others')).toBeTruthy();
    expect(within(section).queryByText(/Nia/)).toBeNull();
    expect(within(section).queryByRole('table')).toBeNull();
    expect(within(section).queryByText(/\d\.\d\d/)).toBeNull();
    expect(api.calls.some((c) => c.path.endsWith('/score'))).toBe(false);
    const link = within(section).getByRole('link', { name: 'Scorecard: Pair debugging' });
    expect(link.getAttribute('href')).toBe(`/applications/${application.id}/interviews/${ivan.id}/scorecard`);
    expect(link.parentElement?.textContent).toContain('draft');
  });

  it('opens up to the interviewer once their own scorecard is submitted', async () => {
    start('interviewer');
    const own = api.scorecards().find((c) => c.interviewId === ivan.id)!;
    const submitted = await api.fetch(`/api/interviews/${ivan.id}/scorecard/submit`, {
      method: 'POST',
      headers: { 'x-csrf-token': api.csrfToken() ?? '' },
      body: JSON.stringify({ version: own.version }),
    });
    expect(submitted.status).toBe(200);
    const section = await openApplication();
    const who = await within(section).findByRole('list', { name: 'Who said what' });
    expect(within(who).getByRole('listitem', { name: 'Nia Interviewer, Pair coding' }).textContent).toContain('Clean, tested code.');
    expect((await within(section).findByText('Composite (raw)')).nextElementSibling?.textContent).toBe('3.00');
    expect(within(section).queryByText('Submit your scorecard to see the others')).toBeNull();
  });

  it('shows an admin the submitted scorecards only, never someone’s draft', async () => {
    start('admin');
    const section = await openApplication();
    const who = await within(section).findByRole('list', { name: 'Who said what' });
    expect(
      within(who)
        .getAllByRole('listitem', { name: /Interviewer,/ })
        .map((li) => li.getAttribute('aria-label')),
    ).toEqual(['Nia Interviewer, Pair coding']);
    expect(section.textContent).not.toContain('Needed hints.');
  });
});
