import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

/** The candidate existed but their personal data was erased on request (410). */
export function isCandidateErased(error: unknown): boolean {
  return isApiRequestError(error) && error.code === ErrorCode.CANDIDATE_ERASED;
}
