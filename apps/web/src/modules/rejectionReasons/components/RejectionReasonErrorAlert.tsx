import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import { describeReasonField } from '../utils/reasonKey';

interface RejectionReasonErrorAlertProps {
  error: unknown;
  /** e.g. "Skills gap was not saved." */
  title: string;
  /** Only these fields' errors (the rest are shown elsewhere); all when omitted. */
  only?: (field: string) => boolean;
}

export function RejectionReasonErrorAlert({ error, title, only }: RejectionReasonErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <ErrorAlert title={title}>
        <p>Please try again.</p>
      </ErrorAlert>
    );
  }
  switch (error.code) {
    case ErrorCode.VALIDATION_FAILED: {
      const fields = only ? error.fields.filter((f) => only(f.field.replace(/^params\./, ''))) : error.fields;
      return (
        <ErrorAlert title={title}>
          <FieldErrorList fields={fields} fallback={error.message} describe={describeReasonField} />
        </ErrorAlert>
      );
    }
    case ErrorCode.FORBIDDEN:
      return (
        <ErrorAlert title={title}>
          <p>Only admins can change rejection reasons.</p>
        </ErrorAlert>
      );
    case ErrorCode.CSRF_TOKEN_INVALID:
      return (
        <ErrorAlert title={title}>
          <p>Your session changed in another tab, so nothing was saved. Please try again.</p>
        </ErrorAlert>
      );
    default:
      return (
        <ErrorAlert title={title}>
          <p>{error.message}</p>
        </ErrorAlert>
      );
  }
}
