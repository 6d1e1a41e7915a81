import { USER_ROLE_LABELS, type UserRole } from '@loopboard/contracts';
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS } from './test-utils/fakeApi';
import { renderApp } from './test-utils/renderApp';

describe('routing', () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', createFakeApi({ signedInAs: 'admin' }).fetch);
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
    renderApp('/nowhere/42');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy();
    expect(screen.getByText('/nowhere/42')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to roles' }).getAttribute('href')).toBe('/roles');
    expect(screen.getByRole('link', { name: 'Roles' })).toBeTruthy();
  });

  it('says the role does not exist for an unknown role id', async () => {
    renderApp('/roles/00000000-0000-4000-8000-000000000000');
    expect(await screen.findByRole('heading', { level: 1, name: 'Role not found' })).toBeTruthy();
  });
});

describe('what each role sees', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  const navLinks = () =>
    within(screen.getByRole('navigation', { name: 'Main' }))
      .getAllByRole('link')
      .map((link) => link.textContent);

  it('gives admins the Users and Audit log pages', async () => {
    vi.stubGlobal('fetch', createFakeApi({ signedInAs: 'admin' }).fetch);
    renderApp('/roles');
    await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' });
    expect(navLinks()).toEqual([
      'My interviews',
      'Dashboard',
      'Roles',
      'Interview kits',
      'Candidates',
      'Openings',
      'Calibration',
      'Users',
      'Venues',
      'Rejection reasons',
      'Audit log',
    ]);
    expect(screen.getByRole('link', { name: 'Users' }).getAttribute('href')).toBe('/admin/users');
    expect(screen.getByRole('link', { name: 'Audit log' }).getAttribute('href')).toBe('/admin/audit');
  });

  it.each<UserRole>(['recruiter', 'hiring_manager', 'interviewer'])(
    'shows a %s the roles (and candidates unless an interviewer), and no access at /admin/*',
    async (role) => {
      const api = createFakeApi({ signedInAs: role });
      vi.stubGlobal('fetch', api.fetch);
      renderApp('/roles');
      await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' });
      expect(navLinks()).toEqual(
        role === 'interviewer'
          ? ['My interviews', 'Roles', 'Interview kits']
          : role === 'hiring_manager'
            ? ['My interviews', 'Dashboard', 'Roles', 'Interview kits', 'Candidates', 'Openings', 'Calibration']
            : ['My interviews', 'Dashboard', 'Roles', 'Interview kits', 'Candidates', 'Openings'],
      );
      const header = screen.getByRole('banner');
      expect(within(header).getByText(DEMO_USERS[role].name)).toBeTruthy();
      expect(within(header).getByText(USER_ROLE_LABELS[role])).toBeTruthy();
      expect((await screen.findAllByRole('link', { name: 'View weights' })).length).toBe(2);
      expect(screen.queryByRole('link', { name: 'Edit weights' })).toBeNull();

      for (const path of ['/admin/users', '/admin/audit', '/admin/anything']) {
        cleanup();
        renderApp(path);
        expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
      }
      // The guard answers without asking the API for admin data.
      expect(api.calls.filter((call) => call.path.startsWith('/api/users') || call.path.startsWith('/api/audit'))).toEqual([]);
    },
  );
});
