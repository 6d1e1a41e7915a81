import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

interface UserActionErrorAlertProps {
  error: unknown;
}

/** Why changing a user's role or access failed, by error code. */
export function UserActionErrorAlert({ error }: UserActionErrorAlertProps) {
  return (
    <div className="alert alert--error" role="alert">
      <p>{describe(error)}</p>
    </div>
  );
}

function describe(error: unknown): string {
  if (!isApiRequestError(error)) return 'The change could not be saved. Please try again.';
  switch (error.code) {
    case ErrorCode.CANNOT_CHANGE_OWN_ACCESS:
      return 'You cannot deactivate or demote your own account.';
    case ErrorCode.USER_NOT_FOUND:
      return 'This user no longer exists. The list has been refreshed.';
    case ErrorCode.FORBIDDEN:
      return 'Only admins can change users.';
    case ErrorCode.CSRF_TOKEN_INVALID:
      return 'Your session changed in another tab, so nothing was saved. Please try again.';
    default:
      return `The change could not be saved: ${error.message}`;
  }
}
