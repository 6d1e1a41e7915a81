import type { Venue } from '@loopboard/contracts';

/** Best tier first, then by short name: the order the API lists them in. */
export function sortVenues(venues: Venue[]): Venue[] {
  return [...venues].sort((a, b) => a.tier - b.tier || a.venue.localeCompare(b.venue));
}
