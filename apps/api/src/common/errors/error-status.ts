import { ErrorCode } from '@loopboard/contracts';

/** The one place where an error code becomes an HTTP status. */
export const ERROR_STATUS: Record<ErrorCode, number> = {
  [ErrorCode.VALIDATION_FAILED]: 400,
  [ErrorCode.MALFORMED_BODY]: 400,
  [ErrorCode.WEIGHTS_INVALID]: 400,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.ROUTE_NOT_FOUND]: 404,
  [ErrorCode.ROLE_NOT_FOUND]: 404,
  [ErrorCode.ROLE_VERSION_NOT_FOUND]: 404,
  [ErrorCode.WEIGHTS_VERSION_CONFLICT]: 409,
  [ErrorCode.INTERNAL_ERROR]: 500,
};
