import { ErrorCode } from '@loopboard/contracts';
import { Link } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError';

interface CandidateActionErrorAlertProps {
  error: unknown;
  onReload: () => void;
  reloading: boolean;
}

/** Why a change to a candidate failed, chosen by error code; a conflict offers to load what the other person saved. */
export function CandidateActionErrorAlert({ error, onReload, reloading }: CandidateActionErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <div className="alert alert--error" role="alert">
        <p>The change could not be saved. Please try again.</p>
      </div>
    );
  }
  switch (error.code) {
    case ErrorCode.CANDIDATE_VERSION_CONFLICT:
      return (
        <div className="alert alert--warning" role="alert">
          <p className="alert__title">Someone changed this candidate meanwhile.</p>
          <p>Your change was not saved. Reload to see their change, then make yours again.</p>
          <button type="button" className="button" onClick={onReload} disabled={reloading}>
            {reloading ? 'Reloading…' : 'Reload'}
          </button>
        </div>
      );
    case ErrorCode.CANDIDATE_IDENTITY_TAKEN: {
      const existing = error.body.existingCandidateId;
      return (
        <div className="alert alert--error" role="alert">
          <p>A candidate with this email/id already exists.</p>
          {typeof existing === 'string' && <Link to={`/candidates/${existing}`}>Open the existing candidate</Link>}
        </div>
      );
    }
    case ErrorCode.CANDIDATE_NOT_FOUND:
      return (
        <div className="alert alert--error" role="alert">
          <p>This candidate no longer exists.</p>
        </div>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <div className="alert alert--error" role="alert">
          <p>Only recruiters and admins can change candidates.</p>
        </div>
      );
    case ErrorCode.CSRF_TOKEN_INVALID:
      return (
        <div className="alert alert--error" role="alert">
          <p>Your session changed in another tab, so nothing was saved. Please try again.</p>
        </div>
      );
    case ErrorCode.VALIDATION_FAILED:
      return (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">The server did not accept this change.</p>
          {error.fields.length > 0 ? (
            <ul>
              {error.fields.map(({ field, reason }) => (
                <li key={`${field}:${reason}`}>{`${field} ${reason}`}</li>
              ))}
            </ul>
          ) : (
            <p>{error.message}</p>
          )}
        </div>
      );
    default:
      return (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">The change could not be saved.</p>
          <p>{error.message}</p>
        </div>
      );
  }
}
