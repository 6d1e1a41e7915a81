import { ErrorCode, type FieldError } from '@loopboard/contracts';
import type { ReactNode } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from './ErrorAlert';
import { FieldErrorList } from './FieldErrorList';

interface WriteErrorAlertProps {
  error: unknown;
  /** e.g. "NeurIPS was not saved." */
  title: string;
  /** Said to a caller whose role may not make this change. */
  forbidden: string;
  /** A named field in the user's words. */
  describe: (field: FieldError) => string;
  /** Only these fields' errors (the rest are shown elsewhere); all when omitted. */
  only?: (field: string) => boolean;
}

/** Why a save was refused, for the admin tables' inline saves: field errors, no permission, a stale session, or the server's words. */
export function WriteErrorAlert({ error, title, forbidden, describe, only }: WriteErrorAlertProps) {
  let body: ReactNode;
  if (!isApiRequestError(error)) body = <p>Please try again.</p>;
  else if (error.code === ErrorCode.VALIDATION_FAILED) {
    const fields = only ? error.fields.filter((f) => only(f.field.replace(/^params\./, ''))) : error.fields;
    body = <FieldErrorList fields={fields} fallback={error.message} describe={describe} />;
  } else if (error.code === ErrorCode.FORBIDDEN) body = <p>{forbidden}</p>;
  else if (error.code === ErrorCode.CSRF_TOKEN_INVALID)
    body = <p>Your session changed in another tab, so nothing was saved. Please try again.</p>;
  else body = <p>{error.message}</p>;
  return <ErrorAlert title={title}>{body}</ErrorAlert>;
}
