import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import { describeVenueField } from '../utils/venueErrors';

interface VenueErrorAlertProps {
  error: unknown;
  /** e.g. "NeurIPS was not saved." */
  title: string;
}

export function VenueErrorAlert({ error, title }: VenueErrorAlertProps) {
  if (!isApiRequestError(error)) {
    return (
      <ErrorAlert title={title}>
        <p>Please try again.</p>
      </ErrorAlert>
    );
  }
  switch (error.code) {
    case ErrorCode.VALIDATION_FAILED:
      return (
        <ErrorAlert title={title}>
          <FieldErrorList fields={error.fields} fallback={error.message} describe={describeVenueField} />
        </ErrorAlert>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <ErrorAlert title={title}>
          <p>Only admins can change venue tiers.</p>
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
