import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

describe('the interview kits page', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists every interview type with its duration, focus competencies by name and description, linking to its kit', async () => {
    vi.stubGlobal('fetch', createFakeApi({ signedInAs: 'interviewer' }).fetch);
    renderApp('/interviews');
    await screen.findByRole('heading', { level: 1, name: 'Interview kits' });
    const list = await screen.findByRole('list', { name: 'Interview types' });
    const cards = within(list).getAllByRole('listitem');
    expect(cards.map((card) => within(card).getByRole('heading').textContent)).toEqual([
      'Recruiter screen',
      'Pair coding',
      'Pair debugging',
      'Hiring manager',
    ]);
    const debugging = cards[2]!;
    expect(within(debugging).getByText('60 min')).toBeTruthy();
    expect(within(debugging).getByText('Focus: Software engineering, ML knowledge')).toBeTruthy();
    expect(within(debugging).getByText('Find and fix the bugs in a broken PyTorch training loop.')).toBeTruthy();
    expect(within(debugging).getByRole('link', { name: 'Pair debugging' }).getAttribute('href')).toBe('/interviews/pair-debugging');
  });

  it('is in the navigation for every signed-in role', async () => {
    for (const role of ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const) {
      vi.stubGlobal('fetch', createFakeApi({ signedInAs: role }).fetch);
      const { router } = renderApp('/roles');
      await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' });
      fireEvent.click(within(screen.getByRole('navigation', { name: 'Main' })).getByRole('link', { name: 'Interview kits' }));
      await screen.findByRole('heading', { level: 1, name: 'Interview kits' });
      expect(router.state.location.pathname).toBe('/interviews');
      cleanup();
    }
  });

  it('says so when the library cannot be loaded, and retries', async () => {
    const api = createFakeApi({ signedInAs: 'recruiter' });
    let failures = 1;
    api.override((call) =>
      call.path === '/api/interview-types' && failures-- > 0
        ? { status: 500, body: { code: 'INTERNAL_ERROR', message: 'Something broke', requestId: 'r' } }
        : undefined,
    );
    vi.stubGlobal('fetch', api.fetch);
    renderApp('/interviews');
    expect(await screen.findByText('The interview kits could not be loaded.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Pair coding' })).toBeTruthy();
  });
});
