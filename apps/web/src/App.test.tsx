import { cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from './test-utils/fakeApi';
import { renderApp } from './test-utils/renderApp';

describe('routing', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', createFakeApi().fetch);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('sends / to the roles page', async () => {
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/roles');
    expect(screen.getByRole('navigation', { name: 'Main' }).textContent).toContain('Roles');
    expect(screen.getByRole('link', { name: 'Loopboard' }).getAttribute('href')).toBe('/roles');
  });

  it('answers an unknown address with a page-not-found page inside the app frame', async () => {
    renderApp('/candidates/42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText('/candidates/42')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to roles' }).getAttribute('href')).toBe('/roles');
    expect(screen.getByRole('link', { name: 'Roles' })).toBeTruthy();
  });

  it('says the role does not exist for an unknown role id', async () => {
    renderApp('/roles/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Role not found' })).toBeTruthy();
  });
});
