import type { AcceptanceKind } from '../model.js';
import { canonicalVenue, isPreprintVenue, isWorkshopVenue } from '../venues/index.js';

export interface Publication {
  venue: string;
  acceptance: AcceptanceKind;
}

// "Accepted at", "to appear in", "published in", "In Proceedings of", "camera-ready for", …
const CUE =
  /\b(?:accepted|to appear|appear(?:s|ed|ing) in|to be published|published|presented|camera[- ]ready(?: version)?|(?:in (?:the )?)?proceedings(?: of)?)\b(?:\s+(?:for publication|as an? (?:oral|spotlight|poster|long|short)(?: paper| presentation| talk)?|paper))*[\s:]*(?:(?:at|to|in|by|for|on|as)\b[\s:]*)?(?:the\s+)?/i;
const NOT_YET = /\b(?:submitted|under review|in review|under submission|in submission)\b/i;
const YEAR = /\b(?:19|20)\d{2}\b|'\d{2}\b/;

/**
 * What an arXiv entry says about where the paper was published. The journal
 * reference is the publication itself; a comment counts when it says the paper
 * was accepted or published somewhere ("Accepted at NeurIPS 2020 (oral)") or
 * names a known venue with its year ("ICML 2019"), and never when it only says
 * "submitted to" or "under review at". Returns null for a plain preprint.
 */
export function arxivPublication(journalRef: string | null, comment: string | null): Publication | null {
  if (journalRef && canonicalVenue(journalRef) !== 'arXiv') {
    return { venue: canonicalVenue(journalRef) ?? journalVenue(journalRef), acceptance: kindOf(journalRef, comment) };
  }
  if (!comment) return null;
  const cue = comment.match(CUE);
  if (cue && cue.index !== undefined) {
    const fragment = firstSentence(comment.slice(cue.index + cue[0].length));
    const venue = canonicalVenue(fragment) ?? (fragment.length >= 3 ? fragment : null);
    if (venue && !isPreprintVenue(venue)) return { venue, acceptance: kindOf(fragment, comment) };
  }
  if (NOT_YET.test(comment)) return null;
  for (const clause of comment.split(/[;,]|\.\s/)) {
    const venue = canonicalVenue(clause);
    if (venue && venue !== 'arXiv' && YEAR.test(clause)) return { venue, acceptance: kindOf(clause, comment) };
  }
  return null;
}

function kindOf(venueText: string, comment: string | null): AcceptanceKind {
  if (isWorkshopVenue(venueText)) return 'workshop';
  const said = `${venueText} ${comment ?? ''}`;
  if (/\boral\b/i.test(said)) return 'oral';
  if (/\bspotlight\b/i.test(said)) return 'spotlight';
  if (/\bposter\b/i.test(said)) return 'poster';
  return 'accepted';
}

/** Up to the first ";" or sentence end, without wrapping quotes or trailing punctuation. */
function firstSentence(text: string): string {
  const end = text.search(/;|\.\s+[A-Z]|\.$|\s+https?:\/\//);
  return (end >= 0 ? text.slice(0, end) : text)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’,.:]+$/g, '')
    .trim();
}

/**
 * The journal of a journal reference without its volume, pages and year:
 * "Phys. Rev. B 74, 024520 (2006)" → "Phys. Rev. B",
 * "Formal Methods and Testing, Springer-Verlag (Ed.) (2008) 209-239" → "Formal Methods and Testing, Springer-Verlag (Ed.)".
 * Numbers inside the name ("2022 IEEE International Conference …") stay.
 */
export function journalVenue(journalRef: string): string {
  let venue = journalRef.replace(/\s+/g, ' ').trim();
  // Whole tokens only, so "(IC2E 2022)" keeps its acronym: "(2006)", "024520", "060515(R)", "B573", "(pp. 289-301)", "pp.", "Vol.".
  const tail = /(?:^|[\s,:;]+|\.(?=[a-z]?\d))(?:\(\d{4}\)|\((?:pp?\.\s*)?\d[\d–-]*\)|[a-z]?\d[\w–-]*(?:\([a-z]\))?|pp?\.|vol\.|no\.)\.?$/i;
  for (;;) {
    const next = venue.replace(tail, '');
    if (next === venue || !/[a-z]{2}/i.test(next)) break;
    venue = next;
  }
  return venue.replace(/[\s,;:]+$/, '');
}
