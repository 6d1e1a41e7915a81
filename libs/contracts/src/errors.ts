/**
 * Stable error codes. Clients switch on these, never on message text.
 * The API maps each code to one HTTP status in a single place.
 */
export const ErrorCode = {
  VALIDATION_FAILED: 'VALIDATION_FAILED',
  MALFORMED_BODY: 'MALFORMED_BODY',
  UNSUPPORTED_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  ROUTE_NOT_FOUND: 'ROUTE_NOT_FOUND',
  ROLE_NOT_FOUND: 'ROLE_NOT_FOUND',
  ROLE_VERSION_NOT_FOUND: 'ROLE_VERSION_NOT_FOUND',
  WEIGHTS_INVALID: 'WEIGHTS_INVALID',
  WEIGHTS_VERSION_CONFLICT: 'WEIGHTS_VERSION_CONFLICT',
  INTERNAL_ERROR: 'INTERNAL_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface FieldError {
  /** Dotted path of the offending field in the request, e.g. `weights.ml` or `params.roleId`. */
  field: string;
  reason: string;
}

export interface ApiError {
  code: ErrorCode;
  message: string;
  fields?: FieldError[];
  requestId?: string;
}
