import { ErrorCode } from '@loopboard/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './apiFetch';
import { ApiRequestError } from './ApiRequestError';
import { sessionCredentials } from './sessionCredentials';

function answer(status: number, body: string, contentType = 'application/json') {
  const fetchMock = vi.fn(async () => new Response(body, { status, headers: { 'content-type': contentType } }));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ApiRequestError)) throw new Error(`expected an ApiRequestError, got ${String(error)}`);
  return error;
}

describe('apiFetch', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    sessionCredentials.setCsrfToken(null);
  });

  it('sends JSON to /api and returns the parsed answer', async () => {
    const fetchMock = answer(201, JSON.stringify({ version: 2 }));
    const saved = await apiFetch<{ version: number }>('/roles/r1/weights', { method: 'POST', body: { baseVersion: 1 } });

    expect(saved).toEqual({ version: 2 });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/roles/r1/weights');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'content-type': 'application/json' });
    expect(JSON.parse(init.body as string)).toEqual({ baseVersion: 1 });
  });

  it('turns an API error body into an ApiRequestError with its code, fields, status and extra details', async () => {
    answer(
      409,
      JSON.stringify({
        code: ErrorCode.WEIGHTS_VERSION_CONFLICT,
        message: 'edited from version 1, but version 3 has been saved since',
        fields: [{ field: 'baseVersion', reason: 'is not the current version (3)' }],
        currentVersion: 3,
        requestId: 'req-7',
      }),
    );
    const error = await failure(apiFetch('/roles/r1/weights', { method: 'POST', body: {} }));

    expect(error.status).toBe(409);
    expect(error.code).toBe(ErrorCode.WEIGHTS_VERSION_CONFLICT);
    expect(error.fields).toEqual([{ field: 'baseVersion', reason: 'is not the current version (3)' }]);
    expect(error.numberDetail('currentVersion')).toBe(3);
    expect(error.requestId).toBe('req-7');
  });

  it('still gives a coded error when something in front of the API answers with HTML', async () => {
    answer(502, '<html>Bad gateway</html>', 'text/html');
    const error = await failure(apiFetch('/roles'));
    expect(error.status).toBe(502);
    expect(error.code).toBe(ErrorCode.INTERNAL_ERROR);
    expect(error.message).toBe('The server answered with status 502.');
  });

  it('reports an unreachable server as NETWORK_ERROR', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const error = await failure(apiFetch('/roles'));
    expect(error.code).toBe('NETWORK_ERROR');
    expect(error.status).toBe(0);
  });

  it("sends the session's CSRF token on every state-changing method, and never on reads", async () => {
    const fetchMock = answer(200, '{}');
    sessionCredentials.setCsrfToken('token-1');
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'GET'] as const) await apiFetch('/users/u1', { method, body: method === 'GET' ? undefined : {} });

    const sent = fetchMock.mock.calls.map((call) => {
      const init = (call as unknown as [string, RequestInit])[1];
      return [init.method, new Headers(init.headers).get('x-csrf-token'), init.credentials];
    });
    expect(sent).toEqual([
      ['POST', 'token-1', 'same-origin'],
      ['PUT', 'token-1', 'same-origin'],
      ['PATCH', 'token-1', 'same-origin'],
      ['DELETE', 'token-1', 'same-origin'],
      ['GET', null, 'same-origin'],
    ]);
  });

  it('tells the session listeners about a 401 or a session-related 403, unless the call expects a 401 as its answer', async () => {
    const heard: string[] = [];
    const stop = sessionCredentials.onSessionProblem((error) => heard.push(error.code));
    answer(401, JSON.stringify({ code: ErrorCode.SESSION_EXPIRED, message: 'expired' }));
    await failure(apiFetch('/roles'));
    await failure(apiFetch('/auth/sign-in', { method: 'POST', body: {}, reportSessionProblems: false }));
    answer(403, JSON.stringify({ code: ErrorCode.CSRF_TOKEN_INVALID, message: 'stale token' }));
    await failure(apiFetch('/users', { method: 'POST', body: {} }));
    answer(409, JSON.stringify({ code: ErrorCode.EMAIL_TAKEN, message: 'taken' }));
    await failure(apiFetch('/users', { method: 'POST', body: {} }));
    stop();
    answer(401, JSON.stringify({ code: ErrorCode.UNAUTHENTICATED, message: 'who are you' }));
    await failure(apiFetch('/roles'));

    expect(heard).toEqual([ErrorCode.SESSION_EXPIRED, ErrorCode.CSRF_TOKEN_INVALID]);
  });
});
