import { ErrorCode } from '@loopboard/contracts';
import { Link } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';

interface CandidateActionErrorAlertProps {
  error: unknown;
  onReload: () => void;
  reloading: boolean;
}

/** Why a change to a candidate failed, chosen by error code; a conflict offers to load what the other person saved. */
export function CandidateActionErrorAlert({ error, onReload, reloading }: CandidateActionErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <ErrorAlert>
        <p>The change could not be saved. Please try again.</p>
      </ErrorAlert>
    );
  }
  switch (error.code) {
    case ErrorCode.CANDIDATE_VERSION_CONFLICT:
      return (
        <ErrorAlert title="Someone changed this candidate meanwhile." tone="warning">
          <p>Your change was not saved. Reload to see their change, then make yours again.</p>
          <button type="button" className="button" onClick={onReload} disabled={reloading}>
            {reloading ? 'Reloading…' : 'Reload'}
          </button>
        </ErrorAlert>
      );
    case ErrorCode.CANDIDATE_IDENTITY_TAKEN: {
      const existing = error.body.existingCandidateId;
      return (
        <ErrorAlert>
          <p>A candidate with this email/id already exists.</p>
          {typeof existing === 'string' && <Link to={`/candidates/${existing}`}>Open the existing candidate</Link>}
        </ErrorAlert>
      );
    }
    case ErrorCode.CANDIDATE_NOT_FOUND:
      return (
        <ErrorAlert>
          <p>This candidate no longer exists.</p>
        </ErrorAlert>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <ErrorAlert>
          <p>Only recruiters and admins can change candidates.</p>
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
        <ErrorAlert title="The server did not accept this change.">
          <FieldErrorList fields={error.fields} fallback={error.message} />
        </ErrorAlert>
      );
    default:
      return (
        <ErrorAlert title="The change could not be saved.">
          <p>{error.message}</p>
        </ErrorAlert>
      );
  }
}
