import { canonicalVenue } from '../venues/index.js';

export interface VenueYear {
  venue: string;
  year: number | null;
}

/** "iclr" → "ICLR", "nips" → "NeurIPS"; unknown hosts upper-cased ("aistats" → "AISTATS"). */
function venueFromToken(token: string): string {
  return canonicalVenue(token) ?? token.toUpperCase();
}

/**
 * Conference and year named by a URL or an OpenReview group id:
 * "https://iclr.cc/virtual/2018/poster/307", "https://nips.cc/virtual/2017/oral/1",
 * "https://papers.nips.cc/paper_files/paper/2017/…", "ICLR.cc/2018/Conference/Paper1107/Authors".
 */
export function venueFromLocator(text: string): VenueYear | null {
  const site = text.match(/\b([a-z]+)\.cc\/(?:virtual\/)?(\d{4})\b/i);
  if (site && !/^papers$|^proceedings$/i.test(site[1])) return { venue: venueFromToken(site[1]), year: Number(site[2]) };
  const proceedings = text.match(/\b(?:papers|proceedings)\.(nips|neurips)\.cc\/(?:paper_files\/)?paper\/(\d{4})\b/i);
  if (proceedings) return { venue: 'NeurIPS', year: Number(proceedings[2]) };
  return null;
}

/** booktitle/journal and year of a BibTeX string carried in a record ("@inproceedings{…, booktitle={International Conference on Learning Representations}, year={2018}…"). */
export function venueFromBibtex(bibtex: string): VenueYear | null {
  const container = bibtex
    .match(/\b(?:booktitle|journal)\s*=\s*[{"]([^}"]+)[}"]/i)?.[1]
    ?.replace(/\s+/g, ' ')
    .trim();
  if (!container) return null;
  const year = bibtex.match(/\byear\s*=\s*[{"]?(\d{4})/i)?.[1];
  return { venue: canonicalVenue(container) ?? container, year: year ? Number(year) : null };
}

/**
 * The one venue every record that names a venue agrees on, or null when they
 * disagree or none names one. Used for records that carry no venue themselves
 * (a withdrawn submission has no conference page and no BibTeX).
 */
export function sharedVenue(found: ReadonlyArray<VenueYear | null>): VenueYear | null {
  const keys = new Set(found.filter((v): v is VenueYear => v !== null).map((v) => `${v.venue}\u0000${v.year ?? ''}`));
  if (keys.size !== 1) return null;
  const [venue, year] = [...keys][0].split('\u0000');
  return { venue, year: year ? Number(year) : null };
}
