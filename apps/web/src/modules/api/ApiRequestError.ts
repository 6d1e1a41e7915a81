import type { ApiError, ErrorCode, FieldError } from '@loopboard/contracts';

/** Codes the API sends, plus one for when the request never got an answer. */
export type ApiRequestErrorCode = ErrorCode | 'NETWORK_ERROR';

/** A failed API call. UI code switches on `code`, never on `message`. */
export class ApiRequestError extends Error {
  readonly status: number;
  readonly code: ApiRequestErrorCode;
  readonly fields: FieldError[];
  readonly requestId: string | undefined;
  /** The whole error body, including extra context such as `currentVersion` on a conflict. */
  readonly body: Readonly<Record<string, unknown>>;

  constructor(status: number, error: Omit<ApiError, 'code'> & { code: ApiRequestErrorCode } & Record<string, unknown>) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.status = status;
    this.code = error.code;
    this.fields = error.fields ?? [];
    this.requestId = error.requestId;
    this.body = error;
  }

  /** A numeric detail from the body, e.g. `currentVersion` on WEIGHTS_VERSION_CONFLICT. */
  numberDetail(name: string): number | undefined {
    const value = this.body[name];
    return typeof value === 'number' ? value : undefined;
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}
