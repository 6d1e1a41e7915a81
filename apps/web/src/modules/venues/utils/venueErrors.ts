import { ErrorCode, type FieldError } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

export const VENUE_FIELD_LABELS: Record<string, string> = {
  venue: 'Short name',
  tier: 'Tier',
  fullName: 'Full name',
};

/** "Full name is required for a new venue": the server names fields by their request key, people by their label. */
export function describeVenueField({ field, reason }: FieldError): string {
  const key = field.replace(/^params\./, '');
  return `${VENUE_FIELD_LABELS[key] ?? field} ${reason}`;
}

/** The fields a failed save names, for marking the inputs invalid. */
export function venueErrorFields(error: unknown): Set<string> {
  if (!isApiRequestError(error) || error.code !== ErrorCode.VALIDATION_FAILED) return new Set();
  return new Set(error.fields.map((f) => f.field.replace(/^params\./, '')));
}
