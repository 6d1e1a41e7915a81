import { ErrorCode, type ApiError } from '@loopboard/contracts';
import { ApiRequestError } from './ApiRequestError';

export interface ApiFetchOptions {
  method?: 'GET' | 'POST';
  body?: unknown;
  signal?: AbortSignal;
}

/** Calls the same-origin API under /api and returns the parsed JSON, or throws ApiRequestError. */
export async function apiFetch<T>(path: string, { method = 'GET', body, signal }: ApiFetchOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(`/api${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
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
  if (!response.ok) throw new ApiRequestError(response.status, toApiError(payload, response.status));
  return payload as T;
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
function toApiError(payload: unknown, status: number): ApiError & Record<string, unknown> {
  if (isApiErrorBody(payload)) return payload;
  return {
    code: status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.VALIDATION_FAILED,
    message: `The server answered with status ${status}.`,
  };
}

function isApiErrorBody(payload: unknown): payload is ApiError & Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null) return false;
  const { code, message } = payload as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string';
}
