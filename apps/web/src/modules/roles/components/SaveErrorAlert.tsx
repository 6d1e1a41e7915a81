import { COMPETENCY_KEYS, ErrorCode, type CompetencyKey, type FieldError } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import type { CompetencyNames } from '../utils/competencyNames';

interface SaveErrorAlertProps {
  error: unknown;
  names: CompetencyNames;
  onReloadLatest: () => void;
  reloading: boolean;
}

/** Why a save failed, chosen by error code; a conflict offers to load the version that won. */
export function SaveErrorAlert({ error, names, onReloadLatest, reloading }: SaveErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <div className="alert alert--error" role="alert">
        <p>The weights could not be saved. Please try again.</p>
      </div>
    );
  }

  switch (error.code) {
    case ErrorCode.WEIGHTS_VERSION_CONFLICT: {
      const latest = error.numberDetail('currentVersion');
      return (
        <div className="alert alert--warning" role="alert">
          <p className="alert__title">These weights changed while you were editing.</p>
          <p>
            {latest === undefined
              ? 'Someone else saved a newer version meanwhile, so your change was not saved.'
              : `Someone else saved version ${latest} meanwhile, so your change was not saved.`}{' '}
            Reload the latest weights, then apply your change again.
          </p>
          <button type="button" className="button" onClick={onReloadLatest} disabled={reloading}>
            Reload latest
          </button>
        </div>
      );
    }
    case ErrorCode.WEIGHTS_INVALID:
    case ErrorCode.VALIDATION_FAILED:
      return (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">The server did not accept these weights.</p>
          {error.fields.length > 0 ? (
            <ul>
              {error.fields.map((field) => (
                <li key={`${field.field}:${field.reason}`}>{describeField(field, names)}</li>
              ))}
            </ul>
          ) : (
            <p>{error.message}</p>
          )}
        </div>
      );
    case ErrorCode.CSRF_TOKEN_INVALID:
      return (
        <div className="alert alert--error" role="alert">
          <p>Your session changed in another tab, so nothing was saved. Please try again.</p>
        </div>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <div className="alert alert--error" role="alert">
          <p>Only admins can change role weights.</p>
        </div>
      );
    case ErrorCode.ROLE_NOT_FOUND:
      return (
        <div className="alert alert--error" role="alert">
          <p>This role no longer exists, so its weights cannot be saved.</p>
        </div>
      );
    default:
      return (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">The weights could not be saved.</p>
          <p>{error.message}</p>
        </div>
      );
  }
}

function describeField({ field, reason }: FieldError, names: CompetencyNames): string {
  const key = field.startsWith('weights.') ? field.slice('weights.'.length) : undefined;
  if (key && (COMPETENCY_KEYS as readonly string[]).includes(key)) return `${names[key as CompetencyKey]} ${reason}`;
  if (field === 'weights') return `Weights ${reason}`;
  if (field === 'note') return `Note ${reason}`;
  return `${field} ${reason}`;
}
