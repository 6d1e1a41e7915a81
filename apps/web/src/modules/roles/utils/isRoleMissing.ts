import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

/** True when the role id in the URL names no role: unknown (404) or not even a well-formed id (400 on `roleId`). */
export function isRoleMissing(error: unknown): boolean {
  if (!isApiRequestError(error)) return false;
  if (error.code === ErrorCode.ROLE_NOT_FOUND) return true;
  return error.code === ErrorCode.VALIDATION_FAILED && error.fields.some((f) => f.field === 'roleId');
}
