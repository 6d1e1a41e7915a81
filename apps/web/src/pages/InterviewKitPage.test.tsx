import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, type FakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

function start(role: 'admin' | 'interviewer' | 'recruiter' = 'admin'): FakeApi {
  const api = createFakeApi({ signedInAs: role });
  vi.stubGlobal('fetch', api.fetch);
  return api;
}

async function openPairDebugging() {
  const view = renderApp('/interviews/pair-debugging');
  await screen.findByRole('heading', { level: 1, name: 'Pair debugging' });
  return view;
}

const textarea = (label: string) => screen.getByLabelText(label, { selector: 'textarea' }) as HTMLTextAreaElement;

describe('the interview kit page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows the instructions with their paragraphs and line breaks, the questions, and the rubric', async () => {
    start('interviewer');
    await openPairDebugging();
    expect(screen.getByText('Kit version 1')).toBeTruthy();
    const instructions = screen.getByRole('region', { name: 'Instructions' });
    const paragraphs = within(instructions).getAllByText((_, el) => el?.tagName === 'P');
    expect(paragraphs.map((p) => p.textContent)).toEqual([
      'Goal: see how the candidate debugs a broken training loop.',
      'Planted bugs (do not reveal):\n1. optimizer.zero_grad() is missing.\n2. model.eval() is never called.',
    ]);

    const questions = within(screen.getByRole('region', { name: 'Questions' })).getAllByRole('listitem');
    expect(questions).toHaveLength(3);
    expect(questions[1]!.textContent).toContain('Q2. Explain the shape bug you found.');

    const rubric = screen.getByRole('table', { name: /Rubric/ });
    expect(
      within(rubric)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Competency', '1 · Strong no', '2 · No', '3 · Yes', '4 · Strong yes']);
    const ml = within(rubric).getByRole('row', { name: /ML knowledge/ });
    expect(
      within(ml)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Does not know eval mode.', 'Knows the terms only.', 'Explains each bug.', 'Explains and prevents each bug.']);
  });

  it('keeps what a good answer shows folded until the interviewer opens it, with a keyboard-reachable button', async () => {
    start('interviewer');
    await openPairDebugging();
    const toggle = screen.getByRole('button', { name: 'What a good answer shows (question 2)' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const answer = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(answer.hidden).toBe(true);
    expect(answer.textContent).toBe('Broadcasting (N,1) against (N,) yields (N,N).');
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(answer.hidden).toBe(false);
  });

  it('gives an interviewer (and a recruiter) no edit button', async () => {
    start('interviewer');
    await openPairDebugging();
    expect(screen.queryByRole('button', { name: 'Edit kit' })).toBeNull();
    expect(screen.queryByRole('form')).toBeNull();
    cleanup();
    start('recruiter');
    await openPairDebugging();
    expect(screen.queryByRole('button', { name: 'Edit kit' })).toBeNull();
  });

  it('lets an admin edit instructions, questions and the rubric and saves the whole kit with the version shown', async () => {
    const api = start('admin');
    await openPairDebugging();
    fireEvent.click(screen.getByRole('button', { name: 'Edit kit' }));
    const form = screen.getByRole('form', { name: 'Edit kit for Pair debugging' });

    fireEvent.change(textarea('Instructions'), { target: { value: 'New instructions.\n\nSecond paragraph.' } });
    fireEvent.change(textarea('Question 2'), { target: { value: 'Explain the broadcasting bug.' } });
    // Move the last question to the top, remove the (now) second one, and add one.
    fireEvent.click(within(form).getByRole('button', { name: 'Move question 3 up' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Move question 2 up' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Remove question 2' }));
    fireEvent.click(within(form).getByRole('button', { name: 'Add question' }));
    fireEvent.change(textarea('Question 3'), { target: { value: 'What would you log?' } });
    fireEvent.change(textarea('What a good answer to question 3 shows'), { target: { value: 'Loss, grad norms, LR.' } });
    fireEvent.change(screen.getByLabelText('ML knowledge, level 3'), { target: { value: 'Explains most bugs.' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save kit' }));

    expect(await screen.findByText('Saved kit version 2.')).toBeTruthy();
    expect(screen.getByText('Kit version 2')).toBeTruthy();
    const [write] = api.writes();
    expect(write).toMatchObject({ method: 'PUT', path: '/api/interview-types/pair-debugging/kit' });
    expect(write!.body).toEqual({
      version: 1,
      instructions: 'New instructions.\n\nSecond paragraph.',
      questions: [
        { prompt: 'What check would have caught these bugs?', goodAnswer: 'Shape asserts, a single-batch overfit test, a leak check.' },
        { prompt: 'Explain the broadcasting bug.', goodAnswer: 'Broadcasting (N,1) against (N,) yields (N,N).' },
        { prompt: 'What would you log?', goodAnswer: 'Loss, grad norms, LR.' },
      ],
      rubric: {
        swe: api.interviewTypes().find((t) => t.key === 'pair-debugging')!.kit.rubric.swe,
        ml: {
          '1': 'Does not know eval mode.',
          '2': 'Knows the terms only.',
          '3': 'Explains most bugs.',
          '4': 'Explains and prevents each bug.',
        },
      },
    });
    // Back to reading: the saved kit shows.
    expect(within(screen.getByRole('region', { name: 'Questions' })).getAllByRole('listitem')[2]!.textContent).toContain(
      'Q3. What would you log?',
    );
  });

  it('on a conflict says the kit changed meanwhile and reloads the latest version to edit', async () => {
    const api = start('admin');
    await openPairDebugging();
    fireEvent.click(screen.getByRole('button', { name: 'Edit kit' }));
    api.saveKitElsewhere('pair-debugging', { instructions: 'Someone else was faster.' });
    fireEvent.change(textarea('Instructions'), { target: { value: 'Mine.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save kit' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('This kit changed meanwhile.');
    expect(alert.textContent).toContain('Someone else saved version 2');
    expect(api.interviewTypes().find((t) => t.key === 'pair-debugging')!.kit.instructions).toBe('Someone else was faster.');
    fireEvent.click(within(alert).getByRole('button', { name: 'Reload latest kit' }));
    await waitFor(() => expect(textarea('Instructions').value).toBe('Someone else was faster.'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Loaded the latest kit (v2). Apply your change again.')).toBeTruthy();

    fireEvent.change(textarea('Instructions'), { target: { value: 'Mine, on top of theirs.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save kit' }));
    expect(await screen.findByText('Saved kit version 3.')).toBeTruthy();
    expect(api.writes().map((w) => (w.body as { version: number }).version)).toEqual([1, 2]);
  });

  it('shows the fields a refused save names next to their inputs and in the alert', async () => {
    const api = start('admin');
    await openPairDebugging();
    fireEvent.click(screen.getByRole('button', { name: 'Edit kit' }));
    fireEvent.change(textarea('Question 2'), { target: { value: '   ' } });
    fireEvent.change(screen.getByLabelText('ML knowledge, level 3'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save kit' }));

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The server did not accept this kit.');
    expect(
      within(alert)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Question 2 prompt should not be blank']);
    const prompt = textarea('Question 2');
    expect(prompt.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(prompt.getAttribute('aria-describedby')!)!.textContent).toBe('Question 2 should not be blank');

    // Fixed, the rubric problem is next (the API checks the rubric after the shape).
    fireEvent.change(prompt, { target: { value: 'Explain the shape bug.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save kit' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('Rubric: ML knowledge, level 3 should not be blank'));
    const level = screen.getByLabelText('ML knowledge, level 3');
    expect(level.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(level.getAttribute('aria-describedby')!)!.textContent).toBe('Level 3 should not be blank');
    expect(api.interviewTypes().find((t) => t.key === 'pair-debugging')!.kitVersion).toBe(1);
    expect(api.writes().every((w) => w.path === '/api/interview-types/pair-debugging/kit')).toBe(true);
  });

  it('asks before leaving with unsaved changes', async () => {
    start('admin');
    const { router } = await openPairDebugging();
    fireEvent.click(screen.getByRole('button', { name: 'Edit kit' }));
    fireEvent.change(textarea('Instructions'), { target: { value: 'Half-written.' } });
    fireEvent.click(screen.getByRole('link', { name: /All interview kits/ }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Leave without saving?');
    expect(router.state.location.pathname).toBe('/interviews/pair-debugging');
    fireEvent.click(within(alert).getByRole('button', { name: 'Stay and keep editing' }));
    expect(textarea('Instructions').value).toBe('Half-written.');
    fireEvent.click(screen.getByRole('link', { name: /All interview kits/ }));
    fireEvent.click(within(await screen.findByRole('alert')).getByRole('button', { name: 'Leave and discard' }));
    await screen.findByRole('heading', { level: 1, name: 'Interview kits' });
  });

  it('says the kit does not exist for an unknown key', async () => {
    start('recruiter');
    renderApp('/interviews/underwater-basket-weaving');
    expect(await screen.findByRole('heading', { level: 1, name: 'Interview kit not found' })).toBeTruthy();
  });
});
