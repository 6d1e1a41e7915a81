import type { AcceptanceKind, ImportedAuthor, ImportedPaper, ImportSkip, Link, PaperIds, ParseOptions, ParseResult } from '../model.js';
import { canonicalVenue, isPreprintVenue, isWorkshopVenue } from '../venues/venues.js';
import { arxivIdFromUrl, arxivIdIn, dblpKeyFrom, httpUrls, isArxivId, normaliseDoi } from './identifiers.js';
import { readBibtex, type BibEntry } from './read.js';

// A proceedings volume is what papers crossref, not a paper itself.
const VOLUME_TYPES = new Set(['proceedings', 'mvproceedings']);

/**
 * Where the entry appeared, as written: journal or book title. A @misc's
 * "howpublished" counts only when it names a known venue or a preprint server
 * ("arXiv preprint arXiv:…"), not "Github" or "Blog post".
 */
export function rawVenue(entry: BibEntry): string | null {
  const { journal, journaltitle, booktitle, eventtitle, howpublished } = entry.fields;
  const published = howpublished && (canonicalVenue(howpublished) || isPreprintVenue(howpublished)) ? howpublished : undefined;
  return journal || journaltitle || booktitle || eventtitle || published || null;
}

export function yearOf(entry: BibEntry): number | null {
  const match = /(?<!\d)(1[5-9]\d\d|2\d\d\d)(?!\d)/.exec(entry.fields.year || entry.fields.date || '');
  return match ? Number(match[1]) : null;
}

export function arxivIdOf(entry: BibEntry, venue: string | null): string | null {
  const { eprint, archiveprefix, eprinttype, arxivid, arxiv, volume, url, pdf } = entry.fields;
  const eprintServer = (archiveprefix || eprinttype || '').toLowerCase();
  // An eprint names arXiv, or names no server and reads as an arXiv id (a HAL or PubMed eprint is not one).
  const eprintIsArxiv = eprintServer ? eprintServer === 'arxiv' : isArxivId(eprint);
  const fromEprint = eprintIsArxiv ? arxivIdIn(eprint) : null;
  if (fromEprint) return fromEprint;
  const fromField = arxivIdIn(arxivid) ?? arxivIdIn(arxiv);
  if (fromField) return fromField;
  if (venue && isPreprintVenue(venue)) {
    // DBLP's CoRR: journal = {CoRR}, volume = {abs/1906.07413}; Scholar's: journal = {arXiv preprint arXiv:1606.04934}.
    const fromVenue = arxivIdIn(venue) ?? (volume && /^abs\//i.test(volume) ? arxivIdIn(volume) : null);
    if (fromVenue) return fromVenue;
  }
  return arxivIdFromUrl(url) ?? arxivIdFromUrl(pdf);
}

function acceptanceOf(entry: BibEntry, venue: string | null, arxivId: string | null): AcceptanceKind {
  if (venue) {
    if (isPreprintVenue(venue)) return 'preprint';
    if (isWorkshopVenue(venue)) return 'workshop';
    return 'accepted';
  }
  // Nowhere published: an arXiv @misc or an @unpublished manuscript is a preprint; a book or a thesis is neither.
  return arxivId || entry.type === 'unpublished' ? 'preprint' : 'unknown';
}

function urlKind(url: string): Link['kind'] {
  if (/\.pdf(?:$|[?#])/i.test(url)) return 'pdf';
  if (/^https?:\/\/(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\//i.test(url)) return 'code';
  return 'page';
}

export function linksOf(entry: BibEntry): Link[] {
  const links: Link[] = [];
  const add = (url: string, kind: Link['kind']) => {
    if (!links.some((link) => link.url === url)) links.push({ url, kind });
  };
  for (const url of httpUrls(entry.fields.url)) add(url, urlKind(url));
  for (const url of httpUrls(entry.fields.pdf)) add(url, 'pdf');
  for (const url of httpUrls(entry.fields.ee)) add(url, 'page');
  for (const url of httpUrls(entry.fields.code)) add(url, 'code');
  return links;
}

function authorsOf(entry: BibEntry): ImportedAuthor[] {
  return entry.authors.map((name) => ({ name, ids: {}, affiliations: [] }));
}

function toPaper(entry: BibEntry): ImportedPaper {
  const written = rawVenue(entry);
  const arxivId = arxivIdOf(entry, written);
  const doi = normaliseDoi(entry.fields.doi) ?? httpUrls(entry.fields.url).map(normaliseDoi).find((found) => found) ?? null;
  const dblpKey = dblpKeyFrom(entry.key, entry.fields.biburl);
  const ids: PaperIds = {
    ...(arxivId && { arxiv: arxivId }),
    ...(doi && { doi }),
    ...(dblpKey && { dblpKey }),
    ...(entry.key && { bibtexKey: entry.key }),
  };
  return {
    kind: 'paper',
    sourceRef: entry.ref,
    title: entry.fields.title,
    venue: canonicalVenue(written) ?? written,
    year: yearOf(entry),
    acceptance: acceptanceOf(entry, written, arxivId),
    authors: authorsOf(entry),
    authorsTruncated: entry.authorsTruncated,
    ids,
    links: linksOf(entry),
  };
}

function whyNotAPaper(entry: BibEntry): string | null {
  if (VOLUME_TYPES.has(entry.type)) return `entry ${entry.ref}: a @${entry.type} volume, not a paper`;
  if (!entry.fields.title) return `entry ${entry.ref}: no title`;
  if (!entry.authors.length) return `entry ${entry.ref}: no authors`;
  return null;
}

/**
 * Papers of a BibTeX file (DBLP, Google Scholar, NeurIPS/PMLR proceedings, hand-kept
 * bibliographies). `options.bibtexMacros` holds @string definitions kept in a
 * separate file. Throws ImportFormatError when the file is not BibTeX or its
 * entries cannot be delimited; entries without a title or authors are skipped.
 */
export function parseBibtex(text: string, options: ParseOptions = {}): ParseResult {
  const { entries, skipped: unreadable, warnings } = readBibtex(text, options);
  const records: ImportedPaper[] = [];
  const skipped: ImportSkip[] = [...unreadable];
  for (const entry of entries) {
    const reason = whyNotAPaper(entry);
    if (reason) skipped.push({ sourceRef: entry.ref, reason });
    else records.push(toPaper(entry));
  }
  return { format: 'bibtex', records, skipped, warnings };
}
