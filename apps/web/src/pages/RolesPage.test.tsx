import { ErrorCode } from '@loopboard/contracts';
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, ML_RESEARCHER_ID, type FakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';

describe('the roles page', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = createFakeApi({ signedInAs: 'admin' });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows one card per role with its version, its weights as a table and a link to edit them', async () => {
    renderApp('/roles');

    expect(await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' })).toBeTruthy();
    const researcher = await screen.findByRole('article', { name: 'ML researcher' });
    expect(screen.getAllByRole('article').map((a) => a.getAttribute('aria-label'))).toEqual(['ML engineer', 'ML researcher']);

    const card = within(researcher);
    expect(card.getByRole('heading', { name: 'ML researcher' })).toBeTruthy();
    expect(card.getByText('Version 1')).toBeTruthy();
    const rows = card.getAllByRole('row').slice(1).map((row) => row.textContent);
    expect(rows).toEqual([
      'ML knowledge25%',
      'Mathematics20%',
      'Software engineering10%',
      'Data engineering0%',
      'Production & MLOps0%',
      'Research depth30%',
      'Communication15%',
      'Product sense0%',
    ]);
    expect(card.getByRole('link', { name: 'Edit weights' }).getAttribute('href')).toBe(`/roles/${ML_RESEARCHER_ID}`);
  });

  it('shows why loading failed and loads the roles when Try again succeeds', async () => {
    let failing = true;
    api.override((call) =>
      failing && call.path === '/api/roles'
        ? { status: 500, body: { code: ErrorCode.INTERNAL_ERROR, message: 'Something went wrong on our side' } }
        : undefined,
    );
    renderApp('/roles');

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The roles could not be loaded.');
    expect(alert.textContent).toContain('Something went wrong on our side');

    failing = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('article', { name: 'ML engineer' })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when there are no roles', async () => {
    vi.stubGlobal('fetch', createFakeApi({ roles: 'none' }).fetch);
    renderApp('/roles');
    expect(await screen.findByText('No roles yet.')).toBeTruthy();
    expect(screen.queryAllByRole('article')).toHaveLength(0);
  });
});
