import { COMPETENCY_KEYS, ErrorCode, type Weights } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { COMPETENCIES, createFakeApi, ML_ENGINEER_ID, ML_ENGINEER_WEIGHTS, type FakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

const input = (name: string) => screen.getByLabelText(name, { selector: 'input' }) as HTMLInputElement;
const saveButton = () => screen.getByRole('button', { name: 'Save new version' }) as HTMLButtonElement;
const inputValues = () => Object.fromEntries(COMPETENCIES.map((c) => [c.key, Number(input(c.name).value)]));

async function openMlEngineer() {
  const view = renderApp(`/roles/${ML_ENGINEER_ID}`);
  await screen.findByRole('heading', { level: 1, name: 'ML engineer' });
  return view;
}

describe('the role page', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = createFakeApi({ signedInAs: 'admin' });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the current version and one labelled number box per competency holding its weight', async () => {
    await openMlEngineer();
    expect(screen.getByText('Version 1')).toBeTruthy();
    for (const competency of COMPETENCIES) {
      const box = input(competency.name);
      expect(box.type).toBe('number');
      expect([box.step, box.min, box.max]).toEqual(['0.01', '0', '1']);
      expect(Number(box.value)).toBe(ML_ENGINEER_WEIGHTS[competency.key]);
    }
    expect(screen.getByText('Sum: 1.00')).toBeTruthy();
    expect(saveButton().disabled).toBe(false);
  });

  it('refuses to save weights that do not sum to 1, says why, and Normalize scales them back to 1', async () => {
    await openMlEngineer();
    fireEvent.change(input('ML knowledge'), { target: { value: '0.3' } });

    expect(screen.getByText('Sum: 1.05')).toBeTruthy();
    expect(screen.getByText('Weights must sum to 1 (they sum to 1.05)')).toBeTruthy();
    expect(saveButton().disabled).toBe(true);
    fireEvent.submit(screen.getByRole('form', { name: 'Weights for ML engineer' }));
    expect(api.writes()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Normalize' }));
    expect(screen.getByText('Sum: 1.00')).toBeTruthy();
    expect(screen.queryByText(/must sum to 1/)).toBeNull();
    expect(saveButton().disabled).toBe(false);
    // Proportions survive: ML stays 0.30 / 1.05 of the total; the 4-decimal rounding gives the missing units to the largest remainders.
    expect(inputValues()).toMatchObject({ ml: 0.2857, swe: 0.2381, ops: 0.1429, math: 0.0953 });
  });

  it('reports a weight outside 0..1 next to its box', async () => {
    await openMlEngineer();
    fireEvent.change(input('Production & MLOps'), { target: { value: '1.5' } });
    expect(screen.getByText('Production & MLOps must be between 0 and 1')).toBeTruthy();
    expect(input('Production & MLOps').getAttribute('aria-invalid')).toBe('true');
    expect(saveButton().disabled).toBe(true);
  });

  it('saves the proposed weights as a new version based on the version the edit started from', async () => {
    await openMlEngineer();
    fireEvent.change(input('ML knowledge'), { target: { value: '0.3' } });
    fireEvent.change(input('Software engineering'), { target: { value: '0.2' } });
    fireEvent.change(screen.getByLabelText('Note'), { target: { value: '  More ML depth  ' } });
    fireEvent.click(saveButton());

    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved version 2'));
    expect(api.writes()).toEqual([
      {
        method: 'POST',
        path: `/api/roles/${ML_ENGINEER_ID}/weights`,
        body: { baseVersion: 1, weights: { ...ML_ENGINEER_WEIGHTS, ml: 0.3, swe: 0.2 }, note: 'More ML depth' },
      },
    ]);
    expect(screen.getByText('Version 2')).toBeTruthy();
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('');

    // The history lists the new version first, and the next save builds on it.
    const history = await screen.findByRole('list', { name: 'Saved versions, newest first' });
    await waitFor(() =>
      expect(
        within(history)
          .getAllByRole('button')
          .map((b) => b.textContent?.slice(0, 2)),
      ).toEqual(['v2', 'v1']),
    );
    fireEvent.change(input('Communication'), { target: { value: '0.15' } });
    fireEvent.change(input('Product sense'), { target: { value: '0' } });
    fireEvent.click(saveButton());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved version 3'));
    expect((api.writes()[1]?.body as { baseVersion: number }).baseVersion).toBe(2);
  });

  it('explains a conflict when someone else saved meanwhile, and Reload latest loads their version', async () => {
    await openMlEngineer();
    const theirs: Weights = { ml: 0.2, math: 0.1, swe: 0.3, data: 0.05, ops: 0.15, research: 0.05, comms: 0.1, product: 0.05 };
    api.saveElsewhere(ML_ENGINEER_ID, theirs, 'Theirs');

    fireEvent.change(input('ML knowledge'), { target: { value: '0.3' } });
    fireEvent.change(input('Software engineering'), { target: { value: '0.2' } });
    fireEvent.click(saveButton());

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Someone else saved version 2 meanwhile');
    expect(screen.getByText('Version 1')).toBeTruthy();

    fireEvent.click(within(alert).getByRole('button', { name: 'Reload latest' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(screen.getByText('Version 2')).toBeTruthy();
    expect(inputValues()).toEqual(Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, theirs[k]])));
    expect(screen.getByRole('status').textContent).toContain('Loaded the latest weights (v2)');

    fireEvent.change(input('Research depth'), { target: { value: '0.1' } });
    fireEvent.change(input('Product sense'), { target: { value: '0' } });
    fireEvent.click(saveButton());
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved version 3'));
    expect((api.writes()[1]?.body as { baseVersion: number }).baseVersion).toBe(2);
  });

  it("lists the server's reasons when it rejects the weights", async () => {
    api.override((call) =>
      call.method === 'POST'
        ? {
            status: 400,
            body: {
              code: ErrorCode.WEIGHTS_INVALID,
              message: 'Weights are invalid',
              fields: [{ field: 'weights.ops', reason: 'must not be greater than 1' }],
            },
          }
        : undefined,
    );
    await openMlEngineer();
    fireEvent.click(saveButton());

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('listitem').textContent).toBe('Production & MLOps must not be greater than 1');
    expect(screen.getByText('Version 1')).toBeTruthy();
  });

  it('shows the weights of any saved version picked from the history', async () => {
    api.saveElsewhere(ML_ENGINEER_ID, { ...ML_ENGINEER_WEIGHTS, ml: 0.35, ops: 0.05 }, 'Less ops');
    await openMlEngineer();
    expect(screen.getByText('Version 2')).toBeTruthy();

    const history = await screen.findByRole('list', { name: 'Saved versions, newest first' });
    const [newest, oldest] = within(history).getAllByRole('button');
    expect(newest.textContent).toMatch(/^v2current.*Less ops$/);
    expect(newest.getAttribute('aria-pressed')).toBe('true');

    const currentTable = screen.getByRole('table', { name: 'Competency weights in v2' });
    expect(within(currentTable).getByRole('row', { name: 'ML knowledge 35%' })).toBeTruthy();

    fireEvent.click(oldest);
    const pastTable = await screen.findByRole('table', { name: 'Competency weights in v1' });
    expect(within(pastTable).getByRole('row', { name: 'ML knowledge 25%' })).toBeTruthy();
    expect(within(pastTable).getByRole('row', { name: 'Production & MLOps 15%' })).toBeTruthy();
    expect(oldest.getAttribute('aria-pressed')).toBe('true');
  });

  it('shows a non-admin the history and charts, with a note instead of the editor', async () => {
    vi.stubGlobal('fetch', createFakeApi({ signedInAs: 'hiring_manager' }).fetch);
    await openMlEngineer();
    expect(screen.getByText('Only admins can change role weights.')).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Weights for ML engineer' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Save new version' })).toBeNull();
    expect(screen.queryByLabelText('ML knowledge', { selector: 'input' })).toBeNull();

    const history = await screen.findByRole('list', { name: 'Saved versions, newest first' });
    expect(within(history).getAllByRole('button')).toHaveLength(1);
    expect(screen.getByRole('table', { name: 'Competency weights in v1' })).toBeTruthy();
  });
});

describe("the role's interview loop", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  function start(role: 'admin' | 'hiring_manager' | 'interviewer') {
    const api = createFakeApi({ signedInAs: role });
    vi.stubGlobal('fetch', api.fetch);
    return api;
  }

  const loopSection = () => screen.getByRole('region', { name: 'Interview loop' });
  const stageTexts = async () => {
    const stages = await within(loopSection()).findByRole('list', { name: 'Loop stages' });
    return within(stages)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === stages)
      .map((li) => [
        li.querySelector('strong')!.textContent,
        within(li)
          .queryAllByRole('link')
          .map((a) => a.textContent),
      ]);
  };

  it('shows every role its ordered stages, each type linking to its kit, and a non-admin cannot edit', async () => {
    start('interviewer');
    await openMlEngineer();
    expect(await stageTexts()).toEqual([
      ['Recruiter screen', ['Recruiter screen']],
      ['Technical', ['Pair coding', 'Pair debugging']],
      ['Hiring manager', ['Hiring manager']],
    ]);
    expect(within(loopSection()).getByRole('link', { name: 'Pair debugging' }).getAttribute('href')).toBe('/interviews/pair-debugging');
    expect(within(loopSection()).getByText('Only admins can change the loop.')).toBeTruthy();
    expect(within(loopSection()).queryByRole('button', { name: 'Edit loop' })).toBeNull();
    expect(screen.queryByRole('form', { name: 'Interview loop for ML engineer' })).toBeNull();
  });

  it('lets an admin rename, reorder, add and remove stages and pick their interview types, and saves with the version shown', async () => {
    const api = start('admin');
    await openMlEngineer();
    await stageTexts();
    fireEvent.click(within(loopSection()).getByRole('button', { name: 'Edit loop' }));
    const form = screen.getByRole('form', { name: 'Interview loop for ML engineer' });

    fireEvent.change(within(form).getByLabelText('Stage 2 name'), { target: { value: 'Onsite' } });
    const stage2Types = within(form).getByRole('group', { name: 'Stage 2 interview types' });
    fireEvent.click(within(stage2Types).getByRole('checkbox', { name: 'Pair coding' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Move stage 2 up' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add stage' }));
    fireEvent.change(within(form).getByLabelText('Stage 4 name'), { target: { value: 'Take-home' } });
    fireEvent.click(
      within(within(form).getByRole('group', { name: 'Stage 4 interview types' })).getByRole('checkbox', { name: 'Pair coding' }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Remove stage 3' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));

    expect(await within(loopSection()).findByText('Saved loop version 2.')).toBeTruthy();
    expect(api.writes()).toEqual([
      {
        method: 'PUT',
        path: `/api/roles/${ML_ENGINEER_ID}/loop`,
        body: {
          version: 1,
          stages: [
            { name: 'Onsite', interviewTypes: ['pair-debugging'] },
            { name: 'Recruiter screen', interviewTypes: ['recruiter-screen'] },
            { name: 'Take-home', interviewTypes: ['pair-coding'] },
          ],
        },
      },
    ]);
    expect(await stageTexts()).toEqual([
      ['Onsite', ['Pair debugging']],
      ['Recruiter screen', ['Recruiter screen']],
      ['Take-home', ['Pair coding']],
    ]);
    expect(within(loopSection()).getByText('Loop v2')).toBeTruthy();
  });

  it('shows the stage a refused save names next to that stage', async () => {
    const api = start('admin');
    await openMlEngineer();
    await stageTexts();
    fireEvent.click(within(loopSection()).getByRole('button', { name: 'Edit loop' }));
    const form = screen.getByRole('form', { name: 'Interview loop for ML engineer' });
    fireEvent.change(within(form).getByLabelText('Stage 3 name'), { target: { value: ' technical ' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('The server did not accept this loop.');
    expect(within(alert).getByRole('listitem').textContent).toBe('Stage 3 name duplicates the name of stage 2');
    const name = within(form).getByLabelText('Stage 3 name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(name.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Stage 3 name duplicates the name of stage 2',
    );
    expect(api.roleLoop(ML_ENGINEER_ID).version).toBe(1);
  });

  it('names a stage without interview types next to its checkboxes', async () => {
    start('admin');
    await openMlEngineer();
    await stageTexts();
    fireEvent.click(within(loopSection()).getByRole('button', { name: 'Edit loop' }));
    const form = screen.getByRole('form', { name: 'Interview loop for ML engineer' });
    fireEvent.click(
      within(within(form).getByRole('group', { name: 'Stage 1 interview types' })).getByRole('checkbox', { name: 'Recruiter screen' }),
    );
    fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));
    await within(form).findByRole('alert');
    const group = within(form).getByRole('group', { name: 'Stage 1 interview types' });
    expect(document.getElementById(group.getAttribute('aria-describedby')!)!.textContent).toBe(
      'Stage 1 interview types must contain at least 1 elements',
    );
  });

  it('on a conflict says the loop changed meanwhile and reloads the latest loop', async () => {
    const api = start('admin');
    await openMlEngineer();
    await stageTexts();
    fireEvent.click(within(loopSection()).getByRole('button', { name: 'Edit loop' }));
    api.saveLoopElsewhere(ML_ENGINEER_ID, [{ name: 'Only screen', interviewTypes: ['recruiter-screen'] }]);
    const form = screen.getByRole('form', { name: 'Interview loop for ML engineer' });
    fireEvent.click(within(form).getByRole('button', { name: 'Remove stage 3' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Save loop' }));

    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('This loop changed meanwhile.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload latest loop' }));
    await waitFor(() => expect((within(form).getByLabelText('Stage 1 name') as HTMLInputElement).value).toBe('Only screen'));
    expect(within(form).queryByLabelText('Stage 2 name')).toBeNull();
    expect(within(form).getByText('Loaded the latest loop (v2). Apply your change again.')).toBeTruthy();
    expect(api.roleLoop(ML_ENGINEER_ID).stages).toEqual([{ name: 'Only screen', interviewTypes: ['recruiter-screen'] }]);
  });
});
