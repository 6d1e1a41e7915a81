import type { Interview } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, { displayName: 'Ada Lovelace' });
const HOUR = 3600_000;
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * HOUR).toISOString();

let api: FakeApi;
let interview: Interview;
let applicationId: string;

function start() {
  api = createFakeApi({ signedInAs: 'interviewer', candidates: [ADA] });
  const opening = api.seedOpening({
    title: 'ML engineer, ranking',
    roleId: ML_ENGINEER_ID,
    hiringManagerId: DEMO_USERS.hiring_manager.id,
    interviewerIds: [DEMO_USERS.interviewer.id],
  });
  applicationId = api.seedApplication(opening.id, ADA.id, 1, 1).id;
  interview = api.seedInterview(applicationId, {
    interviewTypeKey: 'pair-debugging',
    interviewerIds: [DEMO_USERS.interviewer.id],
    startsAt: at(-2),
  });
  vi.stubGlobal('fetch', api.fetch);
}

async function open() {
  const view = renderApp(`/applications/${applicationId}/interviews/${interview.id}/scorecard`);
  await screen.findByRole('heading', { level: 1, name: 'Scorecard: Pair debugging with Ada Lovelace' });
  return view;
}

const group = (name: string) => screen.getByRole('group', { name });
const scorecardWrites = () => api.writes().filter((w) => w.path.includes('scorecard'));
const saved = () => screen.findByText(/^Saved at \d\d:\d\d$/, undefined, { timeout: 4000 });

/** Rates both focus competencies with evidence and picks a recommendation, then waits for the autosave. */
async function fillIn() {
  fireEvent.click(within(group('Software engineering')).getByLabelText(/^3 yes/));
  fireEvent.change(screen.getByLabelText('Evidence for Software engineering'), { target: { value: 'Found the missing zero_grad.' } });
  fireEvent.click(within(group('ML knowledge')).getByLabelText(/^4 strong yes/));
  fireEvent.change(screen.getByLabelText('Evidence for ML knowledge'), { target: { value: 'Explained eval mode.' } });
  fireEvent.click(within(group('Overall recommendation')).getByLabelText('Strong yes'));
  await saved();
}

describe('the scorecard page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the kit beside the form, with each level’s rubric anchor, as native radio groups', async () => {
    start();
    await open();
    const kit = screen.getByRole('complementary', { name: 'Interview kit' });
    expect(within(kit).getByText(/see how the candidate debugs/)).toBeTruthy();
    expect(within(kit).getByText(/How would you narrow down why the loss/)).toBeTruthy();

    const swe = group('Software engineering');
    const radios = within(swe).getAllByRole('radio');
    expect(radios.map((r) => r.closest('label')?.textContent)).toEqual([
      '1 strong noRandom edits.',
      '2 noFinds one bug with hints.',
      '3 yesFinds most bugs methodically.',
      '4 strong yesFinds all, adds checks.',
      'Not assessedNo evidence for this competency in the interview.',
    ]);
    // One native group per competency: the browser moves between them with the arrow keys.
    expect(new Set(radios.map((r) => (r as HTMLInputElement).name)).size).toBe(1);
    expect(radios.every((r) => (r as HTMLInputElement).type === 'radio')).toBe(true);
    // Nothing is chosen for the interviewer: "Not assessed" is a choice too.
    expect(radios.some((r) => (r as HTMLInputElement).checked)).toBe(false);
    expect(within(group('ML knowledge')).getByText('Explains and prevents each bug.')).toBeTruthy();
    expect(
      within(group('Overall recommendation'))
        .getAllByRole('radio')
        .map((r) => r.closest('label')?.textContent),
    ).toEqual(['Definitely not', 'No', 'Yes', 'Strong yes', 'No decision']);
    expect(scorecardWrites()).toEqual([]);
  });

  it('autosaves after a pause, creating the draft with version 0 and then naming the saved version', async () => {
    start();
    await open();
    const radio = within(group('Software engineering')).getByLabelText(/^2 no/);
    radio.focus();
    fireEvent.click(radio);
    fireEvent.change(screen.getByLabelText('Evidence for Software engineering'), { target: { value: 'Needed hints.' } });
    // Debounced: nothing is sent at once, then one save with both changes.
    expect(scorecardWrites()).toEqual([]);
    await saved();
    expect(scorecardWrites()).toEqual([
      {
        method: 'PUT',
        path: `/api/interviews/${interview.id}/scorecard`,
        body: {
          version: 0,
          ratings: [
            { competency: 'swe', rating: 2, evidence: 'Needed hints.' },
            { competency: 'ml', rating: null, evidence: '' },
          ],
          recommendation: null,
        },
      },
    ]);

    fireEvent.click(within(group('Overall recommendation')).getByLabelText('No'));
    await waitFor(() => expect(scorecardWrites()).toHaveLength(2), { timeout: 4000 });
    expect(scorecardWrites()[1]?.body).toMatchObject({ version: 1, recommendation: 'no' });
    expect(api.scorecards()[0]).toMatchObject({ status: 'draft', recommendation: 'no', version: 2 });
  });

  it('stops on a 409, lists what did not save, and loads the latest on request', async () => {
    start();
    await open();
    await fillIn();
    const [card] = api.scorecards();
    api.saveScorecardElsewhere(card!.id, { recommendation: 'no_decision' });

    fireEvent.change(screen.getByLabelText('Evidence for ML knowledge'), { target: { value: 'Explained eval mode and dropout.' } });
    const alert = await screen.findByRole('alert', undefined, { timeout: 4000 });
    expect(alert.textContent).toContain('saved elsewhere');
    expect(alert.textContent).toContain('ML knowledge: 4 strong yes — “Explained eval mode and dropout.”');
    expect(screen.getByText('Not saved: this scorecard changed elsewhere')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Submit scorecard…' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(within(alert).getByRole('button', { name: 'Load the latest version' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect((screen.getByLabelText('Evidence for ML knowledge') as HTMLTextAreaElement).value).toBe('Explained eval mode.');
    expect((within(group('Overall recommendation')).getByLabelText('No decision') as HTMLInputElement).checked).toBe(true);
  });

  it('submits after a confirmation that says it locks (Ctrl+Enter opens it), then shows it read-only', async () => {
    start();
    await open();
    await fillIn();
    fireEvent.keyDown(screen.getByLabelText('Evidence for ML knowledge'), { key: 'Enter', ctrlKey: true });
    const dialog = await screen.findByRole('dialog', { name: 'Submit this scorecard?' });
    expect(dialog.textContent).toContain('locks the scorecard');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.scorecards()[0]?.status).toBe('draft');

    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit and lock' }));
    await screen.findByText(/and locked/);
    const submitted = screen.getByRole('region', { name: 'Your scorecard' });
    expect(within(submitted).getByText('Found the missing zero_grad.')).toBeTruthy();
    expect(within(submitted).getByText('Strong yes')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    expect(scorecardWrites().at(-1)).toEqual({
      method: 'POST',
      path: `/api/interviews/${interview.id}/scorecard/submit`,
      body: { version: 1 },
    });
    expect(api.scorecards()[0]?.status).toBe('submitted');
  });

  it('asks for a choice on every competency before it offers to submit', async () => {
    start();
    await open();
    fireEvent.click(within(group('Software engineering')).getByLabelText(/^3 yes/));
    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard…' }));
    expect(await screen.findByText('Rating for ML knowledge: choose 1–4 or Not assessed')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.queryByText(/Rating for Software engineering/)).toBeNull();
    fireEvent.click(within(group('ML knowledge')).getByLabelText(/^Not assessed/));
    expect(screen.queryByText('Rating for ML knowledge: choose 1–4 or Not assessed')).toBeNull();
    await saved();
    expect(api.writes().every((w) => w.method === 'PUT')).toBe(true);
  });

  it('shows the server’s 400 field errors next to the fields they name', async () => {
    start();
    await open();
    fireEvent.click(within(group('Software engineering')).getByLabelText(/^3 yes/));
    fireEvent.click(within(group('ML knowledge')).getByLabelText(/^Not assessed/));
    await saved();
    fireEvent.click(screen.getByRole('button', { name: 'Submit scorecard…' }));
    fireEvent.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Submit and lock' }));
    expect(await screen.findByText('Evidence for Software engineering is required with a rating')).toBeTruthy();
    expect(screen.getByText('Overall recommendation is required to submit')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Fix the 2 fields marked below');
    expect(screen.getByLabelText('Evidence for Software engineering').getAttribute('aria-invalid')).toBe('true');
    expect(api.scorecards()[0]?.status).toBe('draft');
  });

  it('amends a submitted scorecard only with a reason, keeping the before and after', async () => {
    start();
    api.seedScorecard(interview.id, DEMO_USERS.interviewer.id, {
      ratings: { swe: [3, 'Methodical.'], ml: [2, 'Knew the terms.'] },
      recommendation: 'yes',
    });
    await open();
    fireEvent.click(await screen.findByRole('button', { name: 'Amend' }));
    const form = screen.getByRole('form', { name: 'Amend scorecard' });
    fireEvent.click(within(within(form).getByRole('group', { name: 'ML knowledge' })).getByLabelText(/^3 yes/));
    fireEvent.click(within(form).getByRole('button', { name: 'Save amendment' }));
    expect(await within(form).findByText(/^Reason is required/)).toBeTruthy();
    expect(api.writes()).toEqual([]);

    fireEvent.change(within(form).getByLabelText('Reason for the amendment (required)'), { target: { value: 'Misclicked ML.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save amendment' }));
    const amendments = await screen.findByRole('list', { name: 'Amendments' });
    expect(amendments.textContent).toContain('Reason: Misclicked ML.');
    expect(amendments.textContent).toContain('ML knowledge: 2 no → 3 yes');
    const [write] = api.writes();
    expect(write).toMatchObject({
      method: 'POST',
      path: `/api/scorecards/${api.scorecards()[0]!.id}/amendments`,
      body: { version: 2, reason: 'Misclicked ML.' },
    });
  });
});
