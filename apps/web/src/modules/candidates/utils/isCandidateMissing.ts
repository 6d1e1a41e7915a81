import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

/** True when the id in the URL names no candidate: unknown (404) or not even a well-formed id (400 on `candidateId`). */
export function isCandidateMissing(error: unknown): boolean {
  if (!isApiRequestError(error)) return false;
  if (error.code === ErrorCode.CANDIDATE_NOT_FOUND) return true;
  return error.code === ErrorCode.VALIDATION_FAILED && error.fields.some((f) => f.field === 'candidateId');
}
