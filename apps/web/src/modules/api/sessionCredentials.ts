import type { ApiRequestError } from './ApiRequestError';

type SessionProblemListener = (error: ApiRequestError) => void;

let csrfToken: string | null = null;
const listeners = new Set<SessionProblemListener>();

/**
 * What apiFetch needs from the signed-in session, outside React: the CSRF token
 * (the session cookie itself is httpOnly and never visible here), and who to
 * tell when an answer says the session is not what this page thinks it is.
 * The AuthProvider keeps it current.
 */
export const sessionCredentials = {
  csrfToken: (): string | null => csrfToken,
  setCsrfToken(token: string | null): void {
    csrfToken = token;
  },
  /**
   * Calls `listener` on every 401 (the session ended) and on a 403 that may mean the
   * session changed under this page (CSRF_TOKEN_INVALID, FORBIDDEN); returns the unsubscribe function.
   */
  onSessionProblem(listener: SessionProblemListener): () => void {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  },
  reportSessionProblem(error: ApiRequestError): void {
    for (const listener of [...listeners]) listener(error);
  },
};
