import { ErrorCode, type ApplicationStageConflict, type ApplicationState } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { APPLICATION_STATUS_LABELS } from './openingVocabulary';

/** Where an application is now, in words: "Pair debugging", or "rejected" once it left the pipeline. */
export function describeState(state: ApplicationState | null | undefined): string {
  if (!state) return 'somewhere else';
  return state.status === 'active' ? state.currentStage.name : APPLICATION_STATUS_LABELS[state.status].toLowerCase();
}

/** The `current`/`stale` parts of a 409 APPLICATION_STAGE_CONFLICT, or null for any other failure. */
export function stageConflictOf(error: unknown): ApplicationStageConflict | null {
  if (!isApiRequestError(error) || error.code !== ErrorCode.APPLICATION_STAGE_CONFLICT) return null;
  const { current, stale } = error.body as ApplicationStageConflict;
  return { current, stale };
}

/** "Ada Lovelace was moved meanwhile to Pair debugging", for one stale write. */
export function describeConflict(name: string, error: unknown): string | null {
  const conflict = stageConflictOf(error);
  if (!conflict) return null;
  const state = conflict.current;
  if (state && state.status !== 'active') return `${name} was ${describeState(state)} meanwhile; nothing was changed.`;
  return `${name} was moved meanwhile to ${describeState(state)}; nothing was changed.`;
}

/** A failure in words, for an alert. */
export function describeActionError(error: unknown, fallback: string): string {
  if (!isApiRequestError(error)) return fallback;
  switch (error.code) {
    case ErrorCode.FORBIDDEN:
      return 'Only recruiters and admins can change the pipeline.';
    case ErrorCode.CSRF_TOKEN_INVALID:
      return 'Your session changed in another tab, so nothing was saved. Please try again.';
    case ErrorCode.VALIDATION_FAILED:
      return error.fields.length ? error.fields.map((f) => `${f.field} ${f.reason}`).join('; ') : error.message;
    default:
      return `${fallback} ${error.message}`;
  }
}
