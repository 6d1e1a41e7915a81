import { ErrorCode } from '@loopboard/contracts';

/** The one place where an error code becomes an HTTP status. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.MALFORMED_BODY]: 400,
  [ErrorCode.WEIGHTS_INVALID]: 400,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.ROUTE_NOT_FOUND]: 404,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.SESSION_EXPIRED]: 401,
  [ErrorCode.INVALID_CREDENTIALS]: 401,
  [ErrorCode.ACCOUNT_DEACTIVATED]: 403,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.CSRF_TOKEN_INVALID]: 403,
  [ErrorCode.SIGN_IN_THROTTLED]: 429,
  [ErrorCode.USER_NOT_FOUND]: 404,
  [ErrorCode.EMAIL_TAKEN]: 409,
  [ErrorCode.CANNOT_CHANGE_OWN_ACCESS]: 409,
  [ErrorCode.ROLE_NOT_FOUND]: 404,
  [ErrorCode.ROLE_VERSION_NOT_FOUND]: 404,
  [ErrorCode.WEIGHTS_VERSION_CONFLICT]: 409,
  [ErrorCode.CANDIDATE_NOT_FOUND]: 404,
  [ErrorCode.CANDIDATE_IDENTITY_TAKEN]: 409,
  [ErrorCode.CANDIDATE_VERSION_CONFLICT]: 409,
  [ErrorCode.INTERNAL_ERROR]: 500,
};
