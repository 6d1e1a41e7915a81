import type { Venue } from '@loopboard/contracts';

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Venues whose short or full name contains `text`, ignoring case and accents. */
export function filterVenues(venues: Venue[], text: string): Venue[] {
  const needle = fold(text.trim());
  if (!needle) return venues;
  return venues.filter((v) => fold(v.venue).includes(needle) || fold(v.fullName).includes(needle));
}
