export { canonicalVenue, foldVenueText, isPreprintVenue, isWorkshopVenue } from './venues.js';
