import { COMPETENCY_KEYS, ErrorCode, type CompetencyKey, type FieldError } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
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
      <ErrorAlert>
        <p>The weights could not be saved. Please try again.</p>
      </ErrorAlert>
    );
  }

  switch (error.code) {
    case ErrorCode.WEIGHTS_VERSION_CONFLICT: {
      const latest = error.numberDetail('currentVersion');
      return (
        <ErrorAlert title="These weights changed while you were editing." tone="warning">
          <p>
            {latest === undefined
              ? 'Someone else saved a newer version meanwhile, so your change was not saved.'
              : `Someone else saved version ${latest} meanwhile, so your change was not saved.`}{' '}
            Reload the latest weights, then apply your change again.
          </p>
          <button type="button" className="button" onClick={onReloadLatest} disabled={reloading}>
            Reload latest
          </button>
        </ErrorAlert>
      );
    }
    case ErrorCode.WEIGHTS_INVALID:
    case ErrorCode.VALIDATION_FAILED:
      return (
        <ErrorAlert title="The server did not accept these weights.">
          <FieldErrorList fields={error.fields} fallback={error.message} describe={(field) => describeField(field, names)} />
        </ErrorAlert>
      );
    case ErrorCode.CSRF_TOKEN_INVALID:
      return (
        <ErrorAlert>
          <p>Your session changed in another tab, so nothing was saved. Please try again.</p>
        </ErrorAlert>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <ErrorAlert>
          <p>Only admins can change role weights.</p>
        </ErrorAlert>
      );
    case ErrorCode.ROLE_NOT_FOUND:
      return (
        <ErrorAlert>
          <p>This role no longer exists, so its weights cannot be saved.</p>
        </ErrorAlert>
      );
    default:
      return (
        <ErrorAlert title="The weights could not be saved.">
          <p>{error.message}</p>
        </ErrorAlert>
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
