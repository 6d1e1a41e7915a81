import { ErrorCode } from '@loopboard/contracts';
import type { ReactNode } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';

interface SaveErrorAlertProps {
  error: unknown;
  /** e.g. "kit" or "loop". */
  thing: string;
  conflictCode: ErrorCode;
  /** The field list for a 400 (FieldErrorList). */
  fieldErrors: ReactNode;
  onReloadLatest: () => void;
  reloading: boolean;
  /** For a 403; defaults to "Only admins can change the <thing>.". */
  forbiddenMessage?: string;
}

/** Why a kit or loop save failed, chosen by error code; a conflict offers to load the version that won. */
export function SaveConflictAlert({
  error,
  thing,
  conflictCode,
  fieldErrors,
  onReloadLatest,
  reloading,
  forbiddenMessage,
}: SaveErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <ErrorAlert>
        <p>{`The ${thing} could not be saved. Please try again.`}</p>
      </ErrorAlert>
    );
  }
  if (error.code === conflictCode) {
    const latest = error.numberDetail('currentVersion');
    return (
      <ErrorAlert title={`This ${thing} changed meanwhile.`} tone="warning">
        <p>
          {latest === undefined
            ? 'Someone else saved a newer version while you were editing, so your change was not saved.'
            : `Someone else saved version ${latest} while you were editing, so your change was not saved.`}{' '}
          {`Reload the latest ${thing}, then apply your change again.`}
        </p>
        <button type="button" className="button" onClick={onReloadLatest} disabled={reloading}>
          {`Reload latest ${thing}`}
        </button>
      </ErrorAlert>
    );
  }
  switch (error.code) {
    case ErrorCode.VALIDATION_FAILED:
    case ErrorCode.INTERVIEW_KIT_INVALID:
    case ErrorCode.LOOP_INVALID:
      return <ErrorAlert title={`The server did not accept this ${thing}.`}>{fieldErrors}</ErrorAlert>;
    case ErrorCode.CSRF_TOKEN_INVALID:
      return (
        <ErrorAlert>
          <p>Your session changed in another tab, so nothing was saved. Please try again.</p>
        </ErrorAlert>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <ErrorAlert>
          <p>{forbiddenMessage ?? `Only admins can change the ${thing}.`}</p>
        </ErrorAlert>
      );
    default:
      return (
        <ErrorAlert title={`The ${thing} could not be saved.`}>
          <p>{error.message}</p>
        </ErrorAlert>
      );
  }
}
