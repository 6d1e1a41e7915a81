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
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  SESSION_EXPIRED: 'SESSION_EXPIRED',
  INVALID_CREDENTIALS: 'INVALID_CREDENTIALS',
  ACCOUNT_DEACTIVATED: 'ACCOUNT_DEACTIVATED',
  SIGN_IN_THROTTLED: 'SIGN_IN_THROTTLED',
  FORBIDDEN: 'FORBIDDEN',
  CSRF_TOKEN_INVALID: 'CSRF_TOKEN_INVALID',
  USER_NOT_FOUND: 'USER_NOT_FOUND',
  EMAIL_TAKEN: 'EMAIL_TAKEN',
  CANNOT_CHANGE_OWN_ACCESS: 'CANNOT_CHANGE_OWN_ACCESS',
  ROLE_NOT_FOUND: 'ROLE_NOT_FOUND',
  ROLE_VERSION_NOT_FOUND: 'ROLE_VERSION_NOT_FOUND',
  WEIGHTS_INVALID: 'WEIGHTS_INVALID',
  WEIGHTS_VERSION_CONFLICT: 'WEIGHTS_VERSION_CONFLICT',
  CANDIDATE_NOT_FOUND: 'CANDIDATE_NOT_FOUND',
  CANDIDATE_IDENTITY_TAKEN: 'CANDIDATE_IDENTITY_TAKEN',
  CANDIDATE_VERSION_CONFLICT: 'CANDIDATE_VERSION_CONFLICT',
  IMPORT_FILE_INVALID: 'IMPORT_FILE_INVALID',
  IMPORT_NOT_FOUND: 'IMPORT_NOT_FOUND',
  IMPORT_ALREADY_COMMITTED: 'IMPORT_ALREADY_COMMITTED',
  IMPORT_CONFLICT: 'IMPORT_CONFLICT',
  MERGE_INVALID: 'MERGE_INVALID',
  CANDIDATE_ERASED: 'CANDIDATE_ERASED',
  INTERVIEW_TYPE_NOT_FOUND: 'INTERVIEW_TYPE_NOT_FOUND',
  INTERVIEW_KIT_INVALID: 'INTERVIEW_KIT_INVALID',
  INTERVIEW_KIT_VERSION_CONFLICT: 'INTERVIEW_KIT_VERSION_CONFLICT',
  LOOP_INVALID: 'LOOP_INVALID',
  LOOP_VERSION_CONFLICT: 'LOOP_VERSION_CONFLICT',
  OPENING_NOT_FOUND: 'OPENING_NOT_FOUND',
  OPENING_VERSION_CONFLICT: 'OPENING_VERSION_CONFLICT',
  OPENING_NOT_OPEN: 'OPENING_NOT_OPEN',
  OPENING_LOOP_EMPTY: 'OPENING_LOOP_EMPTY',
  OPENING_STAGE_IN_USE: 'OPENING_STAGE_IN_USE',
  APPLICATION_NOT_FOUND: 'APPLICATION_NOT_FOUND',
  APPLICATION_EXISTS: 'APPLICATION_EXISTS',
  APPLICATION_STAGE_CONFLICT: 'APPLICATION_STAGE_CONFLICT',
  CANDIDATE_ARCHIVED: 'CANDIDATE_ARCHIVED',
  INTERVIEW_NOT_FOUND: 'INTERVIEW_NOT_FOUND',
  INTERVIEW_VERSION_CONFLICT: 'INTERVIEW_VERSION_CONFLICT',
  /** The interview is cancelled, or its application is no longer active: it cannot be changed. */
  INTERVIEW_CLOSED: 'INTERVIEW_CLOSED',
  TAKE_HOME_NOT_FOUND: 'TAKE_HOME_NOT_FOUND',
  /** The application's current stage does not run the take-home interview type. */
  TAKE_HOME_NOT_IN_STAGE: 'TAKE_HOME_NOT_IN_STAGE',
  /** The take-home is not in the state this step starts from (e.g. graded before it was submitted). */
  TAKE_HOME_STATE_CONFLICT: 'TAKE_HOME_STATE_CONFLICT',
  SCORECARD_NOT_FOUND: 'SCORECARD_NOT_FOUND',
  /** A scorecard for this interview by this interviewer exists already (a create named version 0). */
  SCORECARD_EXISTS: 'SCORECARD_EXISTS',
  SCORECARD_VERSION_CONFLICT: 'SCORECARD_VERSION_CONFLICT',
  /** The scorecard is submitted (locked): correct it with an amendment. */
  SCORECARD_SUBMITTED: 'SCORECARD_SUBMITTED',
  /** Only a submitted scorecard can be amended. */
  SCORECARD_NOT_SUBMITTED: 'SCORECARD_NOT_SUBMITTED',
  /** The database refused the change because of a concurrent one (deadlock, serialization); nothing was written, retry. */
  WRITE_CONFLICT: 'WRITE_CONFLICT',
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
  /** With SIGN_IN_THROTTLED: seconds until another try is accepted (also the Retry-After header). */
  retryAfterSeconds?: number;
  /** With a version conflict: the version that is current now. */
  currentVersion?: number;
  /** With CANDIDATE_IDENTITY_TAKEN: the candidate that already holds the key. */
  existingCandidateId?: string;
  /** With IMPORT_FILE_INVALID: the 1-based line of the file where the problem was found, when known. */
  line?: number;
}
