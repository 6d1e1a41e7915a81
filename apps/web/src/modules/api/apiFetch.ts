import { ErrorCode, type ApiError } from '@loopboard/contracts';
import { ApiRequestError } from './ApiRequestError';
import { sessionCredentials } from './sessionCredentials';

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiFetchOptions {
  method?: ApiMethod;
  body?: unknown;
  signal?: AbortSignal;
  /**
   * Whether a 401 (or a 403 that hints at a changed session) concerns the session and goes to
   * its listeners. False for the auth endpoints, where a 401 is the answer itself (wrong password, nobody signed in).
   */
  reportSessionProblems?: boolean;
}

const SAFE_METHODS: ReadonlySet<ApiMethod> = new Set(['GET']);

/**
 * Calls the same-origin API under /api and returns the parsed JSON, or throws ApiRequestError.
 * The session travels as an httpOnly cookie; state-changing calls also carry the
 * session's CSRF token, which a cross-site page cannot read and so cannot forge.
 */
export async function apiFetch<T>(
  path: string,
  { method = 'GET', body, signal, reportSessionProblems = true }: ApiFetchOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const csrfToken = sessionCredentials.csrfToken();
  if (!SAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    // A cancelled query is not a failure to report; TanStack Query expects the abort to propagate.
    if (signal?.aborted) throw error;
    throw new ApiRequestError(0, {
      code: 'NETWORK_ERROR',
      message: 'Could not reach the Loopboard server. Check your connection and try again.',
    });
  }

  const payload = await readJson(response);
  if (!response.ok) {
    const error = new ApiRequestError(response.status, toApiError(payload, response.status));
    if (reportSessionProblems && concernsSession(error)) sessionCredentials.reportSessionProblem(error);
    throw error;
  }
  return payload as T;
}

const SESSION_CODES: ReadonlySet<string> = new Set([ErrorCode.CSRF_TOKEN_INVALID, ErrorCode.FORBIDDEN]);

export function concernsSession(error: ApiRequestError): boolean {
  return error.status === 401 || (error.status === 403 && SESSION_CODES.has(error.code));
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

// A proxy or gateway in front of the API may answer with HTML; keep the status and give a readable message.
export function toApiError(payload: unknown, status: number): ApiError & Record<string, unknown> {
  if (isApiErrorBody(payload)) return payload;
  return {
    code: status >= 500 ? ErrorCode.INTERNAL_ERROR : status === 401 ? ErrorCode.UNAUTHENTICATED : ErrorCode.VALIDATION_FAILED,
    message: `The server answered with status ${status}.`,
  };
}

function isApiErrorBody(payload: unknown): payload is ApiError & Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null) return false;
  const { code, message } = payload as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
}
