import { ErrorCode } from '@loopboard/contracts';
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi, DEMO_USERS, ML_RESEARCHER_ID, type FakeApi } from '../test-utils/fakeApi';
import { renderApp } from '../test-utils/renderApp';
import { signInThroughPage } from '../test-utils/signInThroughPage';

const alertText = async () => (await screen.findByRole('alert')).textContent;

describe('signing in', () => {
  let api: FakeApi;
  beforeEach(() => {
    api = createFakeApi({ signedInAs: null });
    vi.stubGlobal('fetch', api.fetch);
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('shows a loading state while it asks the server who is signed in', async () => {
    let answer: (response: Response) => void = () => undefined;
    vi.stubGlobal('fetch', vi.fn(() => new Promise<Response>((resolve) => (answer = resolve))));
    renderApp('/roles');
    expect(screen.getByText('Checking your session…')).toBeTruthy();
    answer(new Response(JSON.stringify({ code: ErrorCode.UNAUTHENTICATED, message: 'Sign in first' }), { status: 401 }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in to Loopboard' })).toBeTruthy();
  });

  it('sends a signed-out visitor to sign in, then back to the page they asked for', async () => {
    const { router } = renderApp(`/roles/${ML_RESEARCHER_ID}?from=link`);
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Loopboard' });
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe(`/roles/${ML_RESEARCHER_ID}?from=link`);
    // Merely not being signed in is not an expired session.
    expect(screen.queryByText(/session has expired/)).toBeNull();

    const email = screen.getByLabelText('Email') as HTMLInputElement;
    const password = screen.getByLabelText('Password') as HTMLInputElement;
    expect([email.type, email.autocomplete, password.type, password.autocomplete]).toEqual(['email', 'username', 'password', 'current-password']);

    await signInThroughPage('recruiter@loopboard.dev');
    expect(await screen.findByRole('heading', { level: 1, name: 'ML researcher' })).toBeTruthy();
    expect(`${router.state.location.pathname}${router.state.location.search}`).toBe(`/roles/${ML_RESEARCHER_ID}?from=link`);
    expect(api.writes()).toEqual([
      { method: 'POST', path: '/api/auth/sign-in', body: { email: 'recruiter@loopboard.dev', password: 'loopboard-demo-2026' } },
    ]);
    expect(screen.getByText('Riley Recruiter')).toBeTruthy();
  });

  it('goes to /roles when `next` would lead off the site', async () => {
    const { router } = renderApp('/sign-in?next=//evil.example/phish');
    await signInThroughPage('admin@loopboard.dev');
    expect(await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/roles');
  });

  it('says the email or password is wrong without saying which, and clears the password', async () => {
    const { router } = renderApp('/sign-in');
    await signInThroughPage('admin@loopboard.dev', 'not-the-password');
    expect(await alertText()).toBe('Email or password is incorrect.');
    expect((screen.getByLabelText('Password') as HTMLInputElement).value).toBe('');
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('admin@loopboard.dev');
    expect(router.state.location.pathname).toBe('/sign-in');

    cleanup();
    renderApp('/sign-in');
    await signInThroughPage('nobody@loopboard.dev');
    expect(await alertText()).toBe('Email or password is incorrect.');
  });

  it('says how many minutes to wait when sign-ins are throttled', async () => {
    let retryAfterSeconds = 61;
    api.override((call) =>
      call.path === '/api/auth/sign-in'
        ? { status: 429, body: { code: ErrorCode.SIGN_IN_THROTTLED, message: 'Too many attempts', retryAfterSeconds } }
        : undefined,
    );
    renderApp('/sign-in');
    await signInThroughPage('admin@loopboard.dev', 'guess-number-six');
    expect(await alertText()).toBe('Too many failed sign-ins. Try again in 2 minutes.');

    retryAfterSeconds = 45;
    await signInThroughPage('admin@loopboard.dev', 'guess-number-seven');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Too many failed sign-ins. Try again in 1 minute.'));
  });

  it('tells a deactivated user to ask an admin', async () => {
    api.override((call) =>
      call.path === '/api/auth/sign-in'
        ? { status: 403, body: { code: ErrorCode.ACCOUNT_DEACTIVATED, message: 'This account has been deactivated' } }
        : undefined,
    );
    renderApp('/sign-in');
    await signInThroughPage('recruiter@loopboard.dev');
    expect(await alertText()).toBe('This account has been deactivated. Ask an admin to reactivate it.');
  });

  it("lists the server's reasons when it rejects the form", async () => {
    api.override((call) =>
      call.path === '/api/auth/sign-in'
        ? {
            status: 400,
            body: {
              code: ErrorCode.VALIDATION_FAILED,
              message: 'The request is invalid',
              fields: [{ field: 'email', reason: 'must be shorter than or equal to 320 characters' }],
            },
          }
        : undefined,
    );
    renderApp('/sign-in');
    await signInThroughPage('admin@loopboard.dev');
    expect(await alertText()).toBe('Email must be shorter than or equal to 320 characters');
  });

  it('sends someone already signed in from the sign-in page to the roles', async () => {
    vi.stubGlobal('fetch', createFakeApi({ signedInAs: 'interviewer' }).fetch);
    const { router } = renderApp('/sign-in');
    expect(await screen.findByRole('heading', { level: 1, name: 'Roles and competency weights' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/roles');
    expect(screen.getByText(DEMO_USERS.interviewer.name)).toBeTruthy();
  });

  it('shows the expiry notice when the session had expired before the page loaded', async () => {
    api.expireSession();
    renderApp('/roles');
    await screen.findByRole('heading', { level: 1, name: 'Sign in to Loopboard' });
    expect(screen.getByRole('status').textContent).toBe('Your session has expired. Sign in again to continue.');
  });
});
