import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';

interface DuplicateActionErrorAlertProps {
  error: unknown;
  /** What was attempted, e.g. "Merging Ada Lovelace into Ada Lovelace". */
  action: string;
}

/** Why a merge or dismissal failed, chosen by error code. */
export function DuplicateActionErrorAlert({ error, action }: DuplicateActionErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <ErrorAlert title={`${action} failed.`}>
        <p>Nothing was changed. Please try again.</p>
      </ErrorAlert>
    );
  }
  switch (error.code) {
    case ErrorCode.CANDIDATE_VERSION_CONFLICT:
      return (
        <ErrorAlert title="One of these candidates changed since the list was loaded." tone="warning">
          <p>{`${action} was not done, and nothing was changed. The list now shows their latest details: check the pair again before merging.`}</p>
        </ErrorAlert>
      );
    case ErrorCode.CANDIDATE_NOT_FOUND:
    case ErrorCode.CANDIDATE_ERASED:
      return (
        <ErrorAlert title="One of these candidates no longer exists." tone="warning">
          <p>Someone merged or erased them meanwhile. The list has been refreshed.</p>
        </ErrorAlert>
      );
    case ErrorCode.MERGE_INVALID:
      return (
        <ErrorAlert title="These candidates cannot be merged.">
          <p>{error.message}</p>
        </ErrorAlert>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <ErrorAlert>
          <p>Only recruiters and admins can merge candidates or dismiss suggestions.</p>
        </ErrorAlert>
      );
    case ErrorCode.CSRF_TOKEN_INVALID:
      return (
        <ErrorAlert>
          <p>Your session changed in another tab, so nothing was saved. Please try again.</p>
        </ErrorAlert>
      );
    case ErrorCode.VALIDATION_FAILED:
      return (
        <ErrorAlert title={`${action} was refused.`}>
          <FieldErrorList fields={error.fields} fallback={error.message} />
        </ErrorAlert>
      );
    default:
      return (
        <ErrorAlert title={`${action} failed.`}>
          <p>{error.message}</p>
        </ErrorAlert>
      );
  }
}
