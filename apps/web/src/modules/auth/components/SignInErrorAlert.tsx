import { ErrorCode, type FieldError } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { throttledMessage } from '../utils/throttledMessage';

interface SignInErrorAlertProps {
  error: unknown;
}

const FIELD_LABELS: Record<string, string> = { email: 'Email', password: 'Password' };

/** Why signing in failed, by error code. Unknown email and wrong password read the same on purpose. */
export function SignInErrorAlert({ error }: SignInErrorAlertProps) {
  return (
    <div className="alert alert--error" role="alert">
      {describe(error)}
    </div>
  );
}

function describe(error: unknown) {
  if (!isApiRequestError(error)) return <p>Signing in failed. Please try again.</p>;
  switch (error.code) {
    case ErrorCode.INVALID_CREDENTIALS:
      return <p>Email or password is incorrect.</p>;
    case ErrorCode.ACCOUNT_DEACTIVATED:
      return <p>This account has been deactivated. Ask an admin to reactivate it.</p>;
    case ErrorCode.SIGN_IN_THROTTLED:
      return <p>{throttledMessage(error.numberDetail('retryAfterSeconds'))}</p>;
    case ErrorCode.VALIDATION_FAILED:
      return error.fields.length > 0 ? (
        <ul>
          {error.fields.map((field) => (
            <li key={`${field.field}:${field.reason}`}>{describeField(field)}</li>
          ))}
        </ul>
      ) : (
        <p>{error.message}</p>
      );
    default:
      return <p>{error.message}</p>;
  }
}

function describeField({ field, reason }: FieldError): string {
  return `${FIELD_LABELS[field] ?? field} ${reason}`;
}
