import type { SessionResponse, SignInRequest } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

// A 401 from these endpoints is their answer (nobody signed in, wrong password), not a session that ended mid-use.
export const authApi = {
  getSession: (signal?: AbortSignal) => apiFetch<SessionResponse>('/auth/session', { signal, reportSessionProblems: false }),
  signIn: (body: SignInRequest) => apiFetch<SessionResponse>('/auth/sign-in', { method: 'POST', body, reportSessionProblems: false }),
  signOut: () => apiFetch<void>('/auth/sign-out', { method: 'POST', reportSessionProblems: false }),
};
