import { ErrorCode, type SessionResponse } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { sessionCredentials } from '../../api/sessionCredentials';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { authApi } from '../utils/authApi';
import { AuthContext, type AuthContextValue, type SignedOutReason } from '../utils/AuthContext';

type AuthState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'signedIn'; session: SessionResponse }
  | { status: 'signedOut'; reason: SignedOutReason };

interface AuthProviderProps {
  children: ReactNode;
}

/**
 * Asks the server for the current session once at start, then follows sign-in,
 * sign-out and any 401 the API answers mid-use (the session expired, or an admin
 * deactivated the account). Nothing renders until the first answer, so no page
 * ever fetches data without knowing who is signed in.
 */
export function AuthProvider({ children }: AuthProviderProps) {
  const queryClient = useQueryClient();
  const [state, setState] = useState<AuthState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const sessionRef = useRef<SessionResponse | null>(null);
  const refreshingRef = useRef(false);

  const apply = useCallback((next: AuthState) => {
    // Set synchronously, not in an effect, so a write fired right after sign-in already carries the token.
    sessionRef.current = next.status === 'signedIn' ? next.session : null;
    sessionCredentials.setCsrfToken(sessionRef.current?.csrfToken ?? null);
    setState(next);
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    authApi.getSession(controller.signal).then(
      (session) => apply({ status: 'signedIn', session }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        if (isApiRequestError(error) && error.status === 401) {
          apply({ status: 'signedOut', reason: error.code === ErrorCode.SESSION_EXPIRED ? 'expired' : null });
        } else {
          apply({ status: 'failed', error });
        }
      },
    );
    return () => controller.abort();
  }, [apply, attempt]);

  /**
   * The cookie may now hold another session than the one this page started with:
   * signed out and in again in another tab (so our CSRF token is stale), or an
   * admin changed this user's role. Ask the server and follow it.
   */
  const refresh = useCallback(async () => {
    if (refreshingRef.current) return;
    refreshingRef.current = true;
    try {
      const before = sessionRef.current;
      const session = await authApi.getSession();
      if (!sessionRef.current) return;
      apply({ status: 'signedIn', session });
      // Another person now: what is on screen was read as someone else.
      if (before?.user.id !== session.user.id) await queryClient.invalidateQueries();
    } catch (error) {
      if (isApiRequestError(error) && error.status === 401 && sessionRef.current) apply({ status: 'signedOut', reason: 'expired' });
      // Otherwise (network trouble) keep what we have; the next call will tell.
    } finally {
      refreshingRef.current = false;
    }
  }, [apply, queryClient]);

  useEffect(
    () =>
      sessionCredentials.onSessionProblem((error) => {
        if (!sessionRef.current) return;
        // Any 401 after having been signed in means the session is gone, whatever the exact code.
        // Several queries may fail at once; only the first one changes anything.
        if (error.status === 401) apply({ status: 'signedOut', reason: 'expired' });
        else void refresh();
      }),
    [apply, refresh],
  );

  // Once signed out (by choice or expiry) the pages have unmounted, so nothing of the
  // previous user's data is on screen; drop it from the cache too, before anyone else signs in.
  // Clearing while pages are still mounted would make their queries refetch, and fail.
  useEffect(() => {
    if (state.status === 'signedOut') queryClient.clear();
  }, [state, queryClient]);

  const value = useMemo<AuthContextValue>(
    () => ({
      session: state.status === 'signedIn' ? state.session : null,
      user: state.status === 'signedIn' ? state.session.user : null,
      signedOutReason: state.status === 'signedOut' ? state.reason : null,
      signedIn: (session) => apply({ status: 'signedIn', session }),
      signedOut: () => apply({ status: 'signedOut', reason: 'signedOut' }),
    }),
    [state, apply],
  );

  if (state.status === 'loading') {
    return (
      <div className="auth-splash">
        <LoadingState label="Checking your session…" />
      </div>
    );
  }
  if (state.status === 'failed') {
    return (
      <div className="auth-splash">
        <ErrorState
          title="Loopboard could not check your session."
          error={state.error}
          onRetry={() => {
            setState({ status: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      </div>
    );
  }
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
