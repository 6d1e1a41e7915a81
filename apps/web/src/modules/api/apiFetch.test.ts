import { ErrorCode } from '@loopboard/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiFetch } from './apiFetch';
import { ApiRequestError } from './ApiRequestError';

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
});
