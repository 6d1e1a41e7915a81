import type { SetVenueTierRequest, Venue } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

export const venuesApi = {
  /** Creates the venue when it is new (then `fullName` is required), otherwise changes it. */
  set: (venue: string, body: SetVenueTierRequest) => apiFetch<Venue>(`/venues/${encodeURIComponent(venue)}`, { method: 'PUT', body }),
};
