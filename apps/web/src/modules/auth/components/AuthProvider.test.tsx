import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_ENGINEER_ID, type FakeApi } from '../../../test-utils/fakeApi';
import { renderApp } from '../../../test-utils/renderApp';
import { signInThroughPage } from '../../../test-utils/signInThroughPage';

const EXPIRED_NOTICE = 'Your session has expired. Sign in again to continue.';

describe('the session', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = createFakeApi({ signedInAs: 'admin' });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows who is signed in, as what, in the header', async () => {
    renderApp('/roles');
    const header = await screen.findByRole('banner');
    await within(header).findByText('Ada Admin');
    expect(within(header).getByText('Admin')).toBeTruthy();
    expect(within(header).getByRole('button', { name: 'Sign out' })).toBeTruthy();
  });

  it('sends the user to sign in with a notice when the session expires mid-use, and back to the page afterwards', async () => {
    const { router } = renderApp(`/roles/${ML_ENGINEER_ID}`);
    await screen.findByRole('heading', { level: 1, name: 'ML engineer' });

    api.expireSession();
    fireEvent.change(screen.getByLabelText('ML knowledge', { selector: 'input' }), { target: { value: '0.3' } });
    fireEvent.change(screen.getByLabelText('Software engineering', { selector: 'input' }), { target: { value: '0.2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save new version' }));

    await screen.findByRole('heading', { level: 1, name: 'Sign in to Loopboard' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(`/roles/${ML_ENGINEER_ID}`);
    expect(screen.getByRole('status').textContent).toBe(EXPIRED_NOTICE);
    // Nothing of the page that was open stays cached for whoever signs in next.
    expect(screen.queryByText('Ada Admin')).toBeNull();
    // One failed request, not a burst of refetches on the way out.
    expect(api.calls.filter((call) => call.path !== '/api/auth/session').slice(-1)).toMatchObject([{ method: 'POST', path: `/api/roles/${ML_ENGINEER_ID}/weights` }]);

    await signInThroughPage('admin@loopboard.dev');
    expect(await screen.findByRole('heading', { level: 1, name: 'ML engineer' })).toBeTruthy();
    expect(router.state.location.pathname).toBe(`/roles/${ML_ENGINEER_ID}`);
    expect(screen.queryByText(EXPIRED_NOTICE)).toBeNull();
  });

  it('also ends the session when a background read answers 401', async () => {
    const { router, queryClient } = renderApp('/roles');
    await screen.findByRole('article', { name: 'ML engineer' });
    api.expireSession();
    await queryClient.refetchQueries({ type: 'active' }).catch(() => undefined);
    expect((await screen.findByRole('status')).textContent).toBe(EXPIRED_NOTICE);
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('signs out on the server with the CSRF token, forgets cached data and shows the sign-in page', async () => {
    const { router, queryClient } = renderApp('/roles');
    await screen.findByRole('article', { name: 'ML engineer' });
    const token = api.csrfToken();
    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));

    await screen.findByRole('heading', { level: 1, name: 'Sign in to Loopboard' });
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe('/sign-in');
    expect(screen.queryByText(EXPIRED_NOTICE)).toBeNull();
    const signOut = api.calls.find((call) => call.path === '/api/auth/sign-out');
    expect(signOut).toMatchObject({ method: 'POST', csrfToken: token });
    expect(api.signedInUser()).toBeNull();
    await waitFor(() => expect(queryClient.getQueryCache().findAll({ queryKey: ['roles'] })).toEqual([]));

    // Forgetting the cache must not make the pages that were open refetch (and fail) on their way out.
    const afterSignOut = api.calls.slice(api.calls.indexOf(signOut!) + 1);
    expect(afterSignOut).toEqual([]);

    // The next user's writes carry their own session's token.
    await signInThroughPage('admin@loopboard.dev');
    await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' });
    expect(api.csrfToken()).not.toBe(token);
  });

  it('picks up a session replaced from another tab, so the next write carries the new token', async () => {
    renderApp('/admin/users');
    const select = (await screen.findByLabelText('Role for Riley Recruiter')) as HTMLSelectElement;
    api.signInElsewhere('admin');

    fireEvent.change(select, { target: { value: 'interviewer' } });
    expect((await screen.findByRole('alert')).textContent).toBe('Your session changed in another tab, so nothing was saved. Please try again.');
    await waitFor(() => expect(api.calls.filter((call) => call.path === '/api/auth/session')).toHaveLength(2));

    fireEvent.change(screen.getByLabelText('Role for Riley Recruiter'), { target: { value: 'interviewer' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe("Changed Riley Recruiter's role to Interviewer"));
    expect(api.calls.filter((call) => call.method === 'PATCH').map((call) => call.csrfToken === api.csrfToken())).toEqual([false, true]);
  });

  it('follows a role change made by another admin as soon as the API refuses something', async () => {
    const { queryClient } = renderApp('/admin/users');
    await screen.findByRole('table', { name: 'All users' });
    api.changeRoleElsewhere(DEMO_USERS.admin.id, 'recruiter');

    await queryClient.refetchQueries({ type: 'active' });
    expect(await screen.findByRole('heading', { level: 1, name: "You don't have access to this page" })).toBeTruthy();
    await waitFor(() => expect(within(screen.getByRole('banner')).getByText('Recruiter')).toBeTruthy());
    expect(screen.queryByRole('link', { name: 'Users' })).toBeNull();
  });
});
