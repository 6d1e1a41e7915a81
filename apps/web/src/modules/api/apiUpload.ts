import { ApiRequestError } from './ApiRequestError';
import { concernsSession, toApiError } from './apiFetch';
import { sessionCredentials } from './sessionCredentials';

export interface ApiUploadOptions {
  /** Bytes of the request body sent so far, of how many. */
  onUploadProgress?: (sent: number, total: number) => void;
  /** The whole body has reached the server; it is working on the answer now. */
  onUploaded?: () => void;
  signal?: AbortSignal;
}

/**
 * POSTs an already serialised JSON body to the same-origin API with upload progress, and
 * returns the parsed answer or throws ApiRequestError, like apiFetch. It uses XMLHttpRequest
 * because fetch reports no upload progress (and Chromium sends no streamed request body over
 * HTTP/1.1). Same session rules as apiFetch: the cookie goes along (same origin), the CSRF
 * token in its header, and a 401 or session-related 403 goes to the session's listeners.
 */
export function apiUpload<T>(path: string, json: string, { onUploadProgress, onUploaded, signal }: ApiUploadOptions = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api${path}`);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', 'application/json');
    const csrfToken = sessionCredentials.csrfToken();
    if (csrfToken) xhr.setRequestHeader('X-CSRF-Token', csrfToken);

    // The abort listener goes with the request: removed once it settled, whichever way.
    const onAbort = () => xhr.abort();
    const settle = (finish: () => void) => {
      signal?.removeEventListener('abort', onAbort);
      finish();
    };

    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onUploadProgress?.(event.loaded, event.total);
    };
    xhr.upload.onload = () => onUploaded?.();
    xhr.onload = () =>
      settle(() => {
        const payload = parseJson(xhr.responseText);
        if (xhr.status >= 200 && xhr.status < 300) {
          resolve(payload as T);
          return;
        }
        const error = new ApiRequestError(xhr.status, toApiError(payload, xhr.status));
        if (concernsSession(error)) sessionCredentials.reportSessionProblem(error);
        reject(error);
      });
    xhr.onerror = () =>
      settle(() =>
        reject(
          new ApiRequestError(0, {
            code: 'NETWORK_ERROR',
            message: 'Could not reach the Loopboard server. Check your connection and try again.',
          }),
        ),
      );
    xhr.onabort = () => settle(() => reject(new DOMException('The upload was cancelled', 'AbortError')));
    if (signal) {
      if (signal.aborted) {
        reject(new DOMException('The upload was cancelled', 'AbortError'));
        return;
      }
      signal.addEventListener('abort', onAbort, { once: true });
    }
    xhr.send(json);
  });
}

function parseJson(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
