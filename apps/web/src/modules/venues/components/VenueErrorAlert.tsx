import { WriteErrorAlert } from '../../ui/components/WriteErrorAlert';
import { describeVenueField } from '../utils/venueErrors';

interface VenueErrorAlertProps {
  error: unknown;
  /** e.g. "NeurIPS was not saved." */
  title: string;
}

export function VenueErrorAlert({ error, title }: VenueErrorAlertProps) {
  return <WriteErrorAlert error={error} title={title} forbidden="Only admins can change venue tiers." describe={describeVenueField} />;
}
