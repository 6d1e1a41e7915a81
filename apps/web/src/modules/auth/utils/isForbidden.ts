import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

/** The API refused because of the user's role (e.g. they were demoted while the page was open). */
export function isForbidden(error: unknown): boolean {
  return isApiRequestError(error) && error.code === ErrorCode.FORBIDDEN;
}
