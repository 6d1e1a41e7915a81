import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, type FakeApi } from '../test-utils/fakeApi';
import { makeCandidate } from '../test-utils/fakeCandidates';
import { renderApp } from '../test-utils/renderApp';

const ADA = makeCandidate(1, {
  displayName: 'Ada Lovelace',
  signals: { firstAuthorTopTier: 2, creditAdjusted: 1.5, bestVenueTier: 1, reproducedReimplementations: 0 },
});
const GRACE = makeCandidate(2, { displayName: 'Grace Hopper' });
const ALAN = makeCandidate(3, { displayName: 'Alan Turing' });
const KATE = makeCandidate(4, { displayName: 'Katherine Johnson' });

let api: FakeApi;

// The ML engineer loop in the fake: Recruiter screen → Technical → Hiring manager.
function start(role: 'admin' | 'recruiter' | 'hiring_manager' = 'recruiter', path?: (openingId: string) => string) {
  api = createFakeApi({ signedInAs: role, candidates: [ADA, GRACE, ALAN, KATE] });
  const opening = api.seedOpening({ title: 'ML engineer, ranking', roleId: ML_ENGINEER_ID, hiringManagerId: DEMO_USERS.hiring_manager.id });
  const ada = api.seedApplication(opening.id, ADA.id, 0, 3);
  const grace = api.seedApplication(opening.id, GRACE.id, 0, 0.5);
  const alan = api.seedApplication(opening.id, ALAN.id, 1, 1);
  vi.stubGlobal('fetch', api.fetch);
  const view = renderApp(path ? path(opening.id) : `/openings/${opening.id}`);
  return { ...view, opening, ada, grace, alan };
}

const column = (name: string) => screen.getByRole('region', { name: new RegExp(`^${name} \\d+$`) });
const cardNames = (name: string) =>
  within(column(name))
    .queryAllByRole('listitem')
    .map((card) => card.getAttribute('aria-label'));
const card = (name: string) => screen.getByRole('listitem', { name });
const board = () => screen.findByRole('group', { name: 'Pipeline board' });

async function moveWithMenu(name: string, stage: string) {
  const theCard = card(name);
  fireEvent.change(within(theCard).getByLabelText(`Move ${name} to`), { target: { value: stageId(stage) } });
  fireEvent.click(within(theCard).getByRole('button', { name: `Move ${name}` }));
}
let stageId: (name: string) => string;

describe('the opening page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  async function open(role?: 'admin' | 'recruiter' | 'hiring_manager') {
    const view = start(role);
    stageId = (name) => view.opening.loop.stages.find((s) => s.name === name)!.id;
    await screen.findByRole('heading', { level: 1, name: 'ML engineer, ranking' });
    await board();
    return view;
  }

  it('shows one column per loop stage with its count, and cards with the candidate, time in stage and signals', async () => {
    await open();
    expect(
      within(await board())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Recruiter screen 2', 'Technical 1', 'Hiring manager 0']);
    expect(cardNames('Recruiter screen')).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(cardNames('Technical')).toEqual(['Alan Turing']);
    expect(within(column('Hiring manager')).getByText('Nobody in this stage.')).toBeTruthy();
    const ada = card('Ada Lovelace');
    expect(within(ada).getByRole('link', { name: 'Ada Lovelace' }).getAttribute('href')).toBe(`/candidates/${ADA.id}`);
    expect(within(ada).getByText(/^3 days in stage/)).toBeTruthy();
    expect(within(ada).getByText('2 first-author top-tier')).toBeTruthy();
    expect(within(ada).getByText('best tier 1')).toBeTruthy();
    expect(within(card('Grace Hopper')).getByText(/^12 hours in stage/)).toBeTruthy();
    // The drag handle is a real button, announced with how to move by keyboard.
    const handle = within(ada).getByRole('button', { name: 'Drag Ada Lovelace' });
    expect(handle.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(handle.getAttribute('aria-describedby')!)?.textContent).toMatch(/Left and Right arrow keys/);
  });

  it('moves a card with the "Move to…" menu, naming the stage it was shown in', async () => {
    const { ada } = await open();
    await moveWithMenu('Ada Lovelace', 'Technical');
    await waitFor(() => expect(cardNames('Technical')).toEqual(['Ada Lovelace', 'Alan Turing']));
    expect(screen.getByText('Moved Ada Lovelace to Technical.')).toBeTruthy();
    expect(api.writes()).toEqual([
      {
        method: 'POST',
        path: `/api/applications/${ada.id}/move`,
        body: { fromStageId: stageId('Recruiter screen'), toStageId: stageId('Technical') },
      },
    ]);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Technical 2' })).toBeTruthy());
  });

  it('says who moved meanwhile on a 409, puts the card where it really is, and changes nothing', async () => {
    const { ada } = await open();
    api.moveApplicationElsewhere(ada.id, 2);
    await moveWithMenu('Ada Lovelace', 'Technical');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ada Lovelace was moved meanwhile to Hiring manager; nothing was changed.');
    await waitFor(() => expect(cardNames('Hiring manager')).toEqual(['Ada Lovelace']));
    expect(cardNames('Technical')).toEqual(['Alan Turing']);
    expect(
      api
        .applicationsOf(ada.openingId)
        .find((a) => a.id === ada.id)
        ?.history.map((e) => e.kind),
    ).toEqual(['created']);
  });

  it('puts the card back when a move fails for another reason', async () => {
    await open();
    api.override((call) =>
      call.path.endsWith('/move') ? { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Something broke.' } } : undefined,
    );
    await moveWithMenu('Ada Lovelace', 'Hiring manager');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ada Lovelace could not be moved.');
    expect(alert.textContent).toContain('Something broke.');
    await waitFor(() => expect(cardNames('Recruiter screen')).toEqual(['Ada Lovelace', 'Grace Hopper']));
    expect(cardNames('Hiring manager')).toEqual([]);
  });

  it('rejects with a reason from the list and an optional note', async () => {
    const { grace } = await open();
    fireEvent.click(within(card('Grace Hopper')).getByRole('button', { name: 'Reject Grace Hopper' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject Grace Hopper' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject Grace Hopper' }));
    expect(within(dialog).getByText('Choose a reason.')).toBeTruthy();
    await within(dialog).findByRole('option', { name: 'Skills gap' });
    expect(within(dialog).queryByRole('option', { name: 'Old reason' })).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'skills-gap' } });
    fireEvent.change(within(dialog).getByLabelText('Note (optional)'), { target: { value: 'Strong theory, little engineering.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject Grace Hopper' }));
    expect(await screen.findByText('Rejected Grace Hopper.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(api.writes().at(-1)).toEqual({
      method: 'POST',
      path: `/api/applications/${grace.id}/reject`,
      body: { fromStageId: stageId('Recruiter screen'), reasonKey: 'skills-gap', note: 'Strong theory, little engineering.' },
    });
    await waitFor(() => expect(cardNames('Recruiter screen')).toEqual(['Ada Lovelace']));
  });

  it('withdraws and hires', async () => {
    const { alan, grace } = await open();
    fireEvent.click(within(card('Alan Turing')).getByRole('button', { name: 'Hire Alan Turing' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Hire Alan Turing' })).getByRole('button', { name: 'Hire Alan Turing' }),
    );
    expect(await screen.findByText('Hired Alan Turing.')).toBeTruthy();
    fireEvent.click(within(card('Grace Hopper')).getByRole('button', { name: 'Withdraw Grace Hopper' }));
    fireEvent.click(
      within(await screen.findByRole('dialog', { name: 'Withdraw Grace Hopper' })).getByRole('button', { name: 'Withdraw Grace Hopper' }),
    );
    expect(await screen.findByText('Withdrew Grace Hopper.')).toBeTruthy();
    expect(api.writes().map((w) => w.path)).toEqual([`/api/applications/${alan.id}/hire`, `/api/applications/${grace.id}/withdraw`]);
    await waitFor(() => expect(cardNames('Recruiter screen')).toEqual(['Ada Lovelace']));
  });

  it('moves the selected cards together', async () => {
    const { ada, grace } = await open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Ada Lovelace' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Grace Hopper' }));
    const bar = screen.getByRole('region', { name: 'Selected applications' });
    expect(within(bar).getByText('2 selected')).toBeTruthy();
    fireEvent.change(within(bar).getByLabelText('Move selected to'), { target: { value: stageId('Hiring manager') } });
    fireEvent.click(within(bar).getByRole('button', { name: 'Move selected' }));
    expect(await screen.findByText('Moved 2 to Hiring manager.')).toBeTruthy();
    expect(api.writes()).toEqual([
      {
        method: 'POST',
        path: '/api/applications/bulk-move',
        body: {
          items: [
            { applicationId: ada.id, fromStageId: stageId('Recruiter screen') },
            { applicationId: grace.id, fromStageId: stageId('Recruiter screen') },
          ],
          toStageId: stageId('Hiring manager'),
        },
      },
    ]);
    await waitFor(() => expect(cardNames('Hiring manager')).toEqual(['Ada Lovelace', 'Grace Hopper']));
    expect(screen.queryByRole('region', { name: 'Selected applications' })).toBeNull();
  });

  it('lists the stale ones when a bulk action meets a 409, and changes nothing', async () => {
    const { grace } = await open();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Ada Lovelace' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Grace Hopper' }));
    api.moveApplicationElsewhere(grace.id, 1);
    fireEvent.click(screen.getByRole('button', { name: 'Reject selected…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject 2 selected' });
    await within(dialog).findByRole('option', { name: 'Compensation' });
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'compensation' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject 2 selected' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Some selected candidates changed meanwhile, so nothing was changed:');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Grace Hopper: now Technical']);
    await waitFor(() => expect(cardNames('Technical')).toEqual(['Grace Hopper', 'Alan Turing']));
    expect(cardNames('Recruiter screen')).toEqual(['Ada Lovelace']);
  });

  it('shows the same applications as a list, with the same actions', async () => {
    const { ada } = await open();
    fireEvent.click(screen.getByRole('button', { name: 'List' }));
    const table = await screen.findByRole('table', { name: 'Applications' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.querySelectorAll('th,td')].slice(1, 5).map((c) => c.textContent));
    expect(rows).toEqual([
      ['Ada Lovelace', 'Recruiter screen', 'Active', '3 days'],
      ['Grace Hopper', 'Recruiter screen', 'Active', '12 hours'],
      ['Alan Turing', 'Technical', 'Active', '1 day'],
    ]);
    fireEvent.change(within(table).getByLabelText('Move Ada Lovelace to'), { target: { value: stageId('Hiring manager') } });
    fireEvent.click(within(table).getByRole('button', { name: 'Move Ada Lovelace' }));
    expect(await screen.findByText('Moved Ada Lovelace to Hiring manager.')).toBeTruthy();
    expect(api.writes().at(-1)?.path).toBe(`/api/applications/${ada.id}/move`);
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Applications' }))
          .getAllByRole('row')
          .at(-1)
          ?.querySelector('th')?.textContent,
      ).toBe('Ada Lovelace'),
    );
  });

  it('adds a candidate found by search to the first stage', async () => {
    const { opening } = await open();
    fireEvent.change(screen.getByLabelText('Find a candidate'), { target: { value: 'kath' } });
    const results = await screen.findByRole('list', { name: 'Matching candidates' });
    fireEvent.click(within(results).getByRole('button', { name: 'Add Katherine Johnson' }));
    expect(await screen.findByText('Added Katherine Johnson to Recruiter screen.')).toBeTruthy();
    expect(api.writes().at(-1)).toEqual({
      method: 'POST',
      path: '/api/applications',
      body: { candidateId: KATE.id, openingId: opening.id },
    });
    await waitFor(() => expect(cardNames('Recruiter screen')).toContain('Katherine Johnson'));
  });

  it('says so when the opening does not exist', async () => {
    start('recruiter', () => '/openings/d0000000-0000-4000-8000-000000000999');
    expect(await screen.findByText('There is no such opening.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Try again' })).toBeNull();
    expect(screen.getByRole('link', { name: /All openings/ }).getAttribute('href')).toBe('/openings');
  });

  it('shows hiring managers the pipeline read-only, as the API allows them', async () => {
    await open('hiring_manager');
    expect(cardNames('Recruiter screen')).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(screen.getByText(/You can review this pipeline/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^Drag / })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
    expect(screen.queryByLabelText(/^Move .* to$/)).toBeNull();
    expect(screen.queryByLabelText('Find a candidate')).toBeNull();
  });

  describe('the opening loop editor', () => {
    const loopSection = () => screen.getByRole('region', { name: 'Interview loop' });
    const columns = async () =>
      within(await board())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent);

    async function edit(role: 'admin' | 'recruiter' = 'recruiter') {
      const view = await open(role);
      fireEvent.click(await within(loopSection()).findByRole('button', { name: 'Edit loop' }));
      const form = screen.getByRole('form', { name: 'Interview loop for ML engineer, ranking' });
      return { ...view, form };
    }

    it("edits the opening's own stages, saves with the version, and the board shows the new columns; the role template is not changed", async () => {
      const { form, opening } = await edit();
      expect(within(form).getByText(/Changes apply to this opening only; the ML engineer loop template is not changed\./)).toBeTruthy();
      expect((within(form).getByLabelText('Stage 2 name') as HTMLInputElement).value).toBe('Technical');
      fireEvent.click(within(form).getByRole('button', { name: 'Add stage' }));
      fireEvent.change(within(form).getByLabelText('Stage 4 name'), { target: { value: 'Take-home' } });
      fireEvent.click(
        within(within(form).getByRole('group', { name: 'Stage 4 interview types' })).getByRole('checkbox', { name: 'Pair coding' }),
      );
      fireEvent.click(within(form).getByRole('button', { name: 'Move stage 4 up' }));
      fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));

      await waitFor(async () => expect(await columns()).toEqual(['Recruiter screen 2', 'Technical 1', 'Take-home 0', 'Hiring manager 0']));
      expect(screen.getByText('Saved loop version 2: the board now has 4 stages.')).toBeTruthy();
      expect(screen.queryByRole('form', { name: 'Interview loop for ML engineer, ranking' })).toBeNull();
      expect(within(loopSection()).getByText(/Loop v2/)).toBeTruthy();
      expect(api.writes()).toEqual([
        {
          method: 'PUT',
          path: `/api/openings/${opening.id}/loop`,
          body: {
            version: 1,
            stages: [
              { name: 'Recruiter screen', interviewTypes: ['recruiter-screen'] },
              { name: 'Technical', interviewTypes: ['pair-coding', 'pair-debugging'] },
              { name: 'Take-home', interviewTypes: ['pair-coding'] },
              { name: 'Hiring manager', interviewTypes: ['hiring-manager'] },
            ],
          },
        },
      ]);
      // Cards stay in their (kept) stages.
      expect(cardNames('Recruiter screen')).toEqual(['Ada Lovelace', 'Grace Hopper']);
      expect(api.roleLoop(ML_ENGINEER_ID).stages.map((s) => s.name)).toEqual(['Recruiter screen', 'Technical', 'Hiring manager']);
    });

    it('says which stage still has candidates when a removed stage is refused, and changes nothing', async () => {
      const { form, opening } = await edit('admin');
      fireEvent.click(within(form).getByRole('button', { name: 'Remove stage 1' }));
      fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));
      const alert = await within(form).findByRole('alert');
      expect(alert.textContent).toContain('A stage you removed still has candidates, so nothing was saved.');
      expect(alert.textContent).toContain('“Recruiter screen” still has 2 candidates.');
      expect(api.openings().find((o) => o.id === opening.id)?.loop.version).toBe(1);
      expect(await columns()).toEqual(['Recruiter screen 2', 'Technical 1', 'Hiring manager 0']);
    });

    it('on a conflict says the loop changed meanwhile and reloads the latest one, and the board follows', async () => {
      const { form, opening } = await edit();
      api.saveOpeningLoopElsewhere(opening.id, [
        { name: 'Recruiter screen', interviewTypes: ['recruiter-screen'] },
        { name: 'Technical', interviewTypes: ['pair-coding'] },
        { name: 'Hiring manager', interviewTypes: ['hiring-manager'] },
        { name: 'Offer call', interviewTypes: ['hiring-manager'] },
      ]);
      fireEvent.click(within(form).getByRole('button', { name: 'Remove stage 3' }));
      fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));
      const alert = await within(form).findByRole('alert');
      expect(alert.textContent).toContain('This loop changed meanwhile.');
      fireEvent.click(within(alert).getByRole('button', { name: 'Reload latest loop' }));
      await waitFor(() => expect((within(form).getByLabelText('Stage 4 name') as HTMLInputElement).value).toBe('Offer call'));
      expect(within(form).getByText('Loaded the latest loop (v2). Apply your change again.')).toBeTruthy();
      await waitFor(async () => expect(await columns()).toEqual(['Recruiter screen 2', 'Technical 1', 'Hiring manager 0', 'Offer call 0']));
    });

    it('names a refused field next to its stage', async () => {
      const { form } = await edit();
      fireEvent.change(within(form).getByLabelText('Stage 2 name'), { target: { value: '   ' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));
      const alert = await within(form).findByRole('alert');
      expect(alert.textContent).toContain('The server did not accept this loop.');
      const name = within(form).getByLabelText('Stage 2 name');
      expect(name.getAttribute('aria-invalid')).toBe('true');
      expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe('Stage 2 name should not be empty');
    });

    it('lets hiring managers read the loop but not edit it', async () => {
      await open('hiring_manager');
      await within(loopSection()).findByText('Technical');
      expect(within(loopSection()).queryByRole('button', { name: 'Edit loop' })).toBeNull();
    });
  });
  describe('editing the opening', () => {
    async function openEditor(role: 'admin' | 'recruiter' = 'recruiter') {
      const view = await open(role);
      fireEvent.click(screen.getByRole('button', { name: 'Edit opening' }));
      const form = screen.getByRole('form', { name: 'Edit opening' });
      await within(form).findByRole('option', { name: 'Morgan Manager' });
      return { ...view, form };
    }

    it('saves title, level, headcount, hiring manager, target date, status and team from the version shown', async () => {
      const { form, opening } = await openEditor('recruiter');
      expect((within(form).getByLabelText('Title') as HTMLInputElement).value).toBe('ML engineer, ranking');
      expect(
        within(within(form).getByLabelText('Status'))
          .getAllByRole('option')
          .map((o) => o.textContent),
      ).toEqual(['Open', 'On hold', 'Filled', 'Closed']);
      fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'ML engineer, search ranking' } });
      fireEvent.change(within(form).getByLabelText('Level'), { target: { value: 'staff' } });
      fireEvent.change(within(form).getByLabelText('Headcount'), { target: { value: '3' } });
      fireEvent.change(within(form).getByLabelText('Hiring manager'), { target: { value: DEMO_USERS.admin.id } });
      fireEvent.change(within(form).getByLabelText('Target date'), { target: { value: '2026-10-01' } });
      fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'on_hold' } });
      fireEvent.click(within(form).getByLabelText(`${DEMO_USERS.recruiter.name} (recruiter)`));
      fireEvent.click(within(form).getByLabelText(`${DEMO_USERS.interviewer.name} (interviewer)`));
      fireEvent.click(within(form).getByRole('button', { name: 'Save opening' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'ML engineer, search ranking' })).toBeTruthy();
      expect(screen.getByText('Saved ML engineer, search ranking (version 2).')).toBeTruthy();
      expect(screen.queryByRole('form', { name: 'Edit opening' })).toBeNull();
      expect(api.writes().at(-1)).toEqual({
        method: 'PATCH',
        path: `/api/openings/${opening.id}`,
        body: {
          version: 1,
          title: 'ML engineer, search ranking',
          level: 'staff',
          headcount: 3,
          hiringManagerId: DEMO_USERS.admin.id,
          targetDate: '2026-10-01',
          status: 'on_hold',
          recruiterIds: [DEMO_USERS.recruiter.id],
          interviewerIds: [DEMO_USERS.interviewer.id],
        },
      });
      expect(api.calls.some((c) => c.path === '/api/users')).toBe(false);
    });

    it('says the opening changed meanwhile on a 409, reloads it, and saves from the new version', async () => {
      const { form, opening } = await openEditor('admin');
      api.editOpeningElsewhere(opening.id, { title: 'Renamed elsewhere', headcount: 4 });
      fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'filled' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save opening' }));
      const alert = await within(form).findByRole('alert');
      expect(alert.textContent).toMatch(/changed meanwhile/i);
      await waitFor(() => expect((within(form).getByLabelText('Title') as HTMLInputElement).value).toBe('Renamed elsewhere'));
      expect((within(form).getByLabelText('Headcount') as HTMLInputElement).value).toBe('4');
      expect(alert.textContent).toContain('version (2)');
      expect(api.openings().find((o) => o.id === opening.id)?.status).toBe('open');
      fireEvent.change(within(form).getByLabelText('Status'), { target: { value: 'filled' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save opening' }));
      expect(await screen.findByText('Saved Renamed elsewhere (version 3).')).toBeTruthy();
      expect(api.writes().at(-1)?.body).toMatchObject({ version: 2, status: 'filled', title: 'Renamed elsewhere', headcount: 4 });
    });

    it('shows a field the API refused next to it, and checks the title before sending', async () => {
      const { form } = await openEditor('recruiter');
      const before = api.writes().length;
      fireEvent.change(within(form).getByLabelText('Title'), { target: { value: '  ' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save opening' }));
      expect(await within(form).findByText('Enter a title.')).toBeTruthy();
      expect(api.writes().length).toBe(before);
      fireEvent.change(within(form).getByLabelText('Title'), { target: { value: 'ML engineer, ranking' } });
      const headcount = within(form).getByLabelText('Headcount');
      fireEvent.change(headcount, { target: { value: '0' } });
      fireEvent.click(within(form).getByRole('button', { name: 'Save opening' }));
      await waitFor(() => expect(headcount.getAttribute('aria-invalid')).toBe('true'));
      expect(within(form).getByText('Headcount must be a whole number from 1 to 1000')).toBeTruthy();
      expect(headcount.getAttribute('aria-describedby')).toBeTruthy();
      expect(document.activeElement).toBe(headcount);
    });

    it('is not offered to hiring managers', async () => {
      await open('hiring_manager');
      expect(screen.queryByRole('button', { name: 'Edit opening' })).toBeNull();
    });
  });
});
