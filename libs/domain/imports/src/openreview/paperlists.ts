import {
  ImportFormatError,
  type AcceptanceKind,
  type ImportedAuthor,
  type ImportedPaper,
  type Link,
  type PaperIds,
  type ParseResult,
} from '../model.js';
import { isObject, readJson, str } from '../detect/read-json.js';
import { isRepoUrl, normalizeRepoUrl } from '../pwc/repo-url.js';
import { isEmail, isOpenReviewProfileId, normalizeDblpPid, normalizeGoogleScholarId, normalizeOrcid } from '../scholar/person-ids.js';
import { collapseWhitespace } from '../scholar/text.js';
import { canonicalVenue, isWorkshopVenue } from '../venues/index.js';
import { sharedVenue, venueFromBibtex, venueFromLocator, type VenueYear } from './venue-guess.js';

const WHAT = 'a paperlists JSON file (papercopilot/paperlists)';

/** papercopilot `status` → acceptance. */
export function acceptanceFromStatus(status: string | null): AcceptanceKind {
  const s = (status ?? '').toLowerCase();
  if (!s) return 'unknown';
  if (s.includes('withdraw')) return 'withdrawn';
  if (s.includes('reject')) return 'rejected';
  if (s.includes('workshop')) return 'workshop';
  if (s.includes('oral')) return 'oral';
  if (s.includes('spotlight')) return 'spotlight';
  if (s.includes('poster')) return 'poster';
  if (s.includes('accept')) return 'accepted';
  // "Active": still under review when the list was scraped.
  return 'unknown';
}

/** Names that stand for nobody: OpenReview shows "Anonymous" while a submission is under review. */
const NO_PERSON = /^(?:anonymous|anonymous authors?|\(anonymous\))$/i;

interface Prepared {
  sourceRef: string;
  record: Record<string, unknown> | null;
  venue: VenueYear | null;
}

/**
 * papercopilot/paperlists conference files: one JSON object per submission,
 * with per-author fields as ";"-separated lists aligned by position with
 * `author` (empty slots where a value is missing). Names and scraping
 * artefacts ("OpenAI Xi Chen") are kept as written.
 */
export function parsePaperlistsJson(text: string): ParseResult {
  const data = readJson(text, WHAT);
  if (!Array.isArray(data)) throw new ImportFormatError(`expected ${WHAT}: a JSON array of papers`);
  if (data.length > 0 && !data.some((item) => isObject(item) && 'title' in item && ('status' in item || 'author' in item))) {
    throw new ImportFormatError(`expected ${WHAT}: no element has "title" with "status" or "author"`);
  }

  const prepared: Prepared[] = data.map((item, index) => {
    const record = isObject(item) ? item : null;
    const id = record ? str(record['id']) : null;
    return { sourceRef: id ? `record ${index + 1} (${id})` : `record ${index + 1}`, record, venue: record ? recordVenue(record) : null };
  });
  const fileVenue = sharedVenue(prepared.map((p) => p.venue));

  const result: ParseResult = { format: 'paperlists-json', records: [], skipped: [], warnings: [] };
  let misaligned = 0;
  for (const item of prepared) {
    const outcome = readPaper(item, fileVenue);
    if (outcome.ignoredFields) misaligned++;
    if ('reason' in outcome) result.skipped.push({ sourceRef: item.sourceRef, reason: outcome.reason });
    else result.records.push(outcome.paper);
  }
  if (misaligned) {
    result.warnings.push(
      `${misaligned} record(s) have per-author fields (affiliations, emails, ids) that do not line up with the author list; those fields were left out`,
    );
  }
  return result;
}

type Outcome = ({ paper: ImportedPaper } | { reason: string }) & { ignoredFields?: boolean };

function readPaper({ sourceRef, record, venue }: Prepared, fileVenue: VenueYear | null): Outcome {
  if (!record) return { reason: 'not a paper object' };
  const title = str(record['title']);
  if (!title) return { reason: 'no title' };
  const { authors, anonymous, ignoredFields } = readAuthors(record);
  if (authors.length === 0) {
    return {
      reason: anonymous ? 'authors hidden ("Anonymous"): OpenReview does not name them for this submission' : 'no author names',
      ignoredFields,
    };
  }
  const where = venue ?? fileVenue;
  const acceptance = acceptanceFromStatus(str(record['status']));
  const paper: ImportedPaper = {
    kind: 'paper',
    sourceRef,
    title: collapseWhitespace(title),
    venue: where ? venueName(where.venue, acceptance) : null,
    year: where?.year ?? null,
    acceptance,
    authors,
    authorsTruncated: false,
    ids: paperIds(record),
    links: paperLinks(record),
  };
  const ratings = splitSlots(record['rating'])
    .map((r) => parseFloat(r))
    .filter((r) => Number.isFinite(r));
  if (ratings.length) paper.ratings = ratings;
  return { paper, ignoredFields };
}

/**
 * A paper the conference sent to its workshop track is named after the workshop
 * ("ICLR Workshop"), as src/venues names workshops, so it never passes for a
 * main-track paper. Rejected and withdrawn submissions keep the venue they were
 * sent to; `acceptance` says how it ended.
 */
function venueName(venue: string, acceptance: AcceptanceKind): string {
  if (acceptance !== 'workshop' || isWorkshopVenue(venue)) return venue;
  return canonicalVenue(`${venue} Workshop`) ?? `${venue} Workshop`;
}

function recordVenue(record: Record<string, unknown>): VenueYear | null {
  for (const field of ['site', 'oa', 'pdf', 'openreview', 'authorids']) {
    const value = str(record[field]);
    const found = value ? venueFromLocator(value) : null;
    if (found) return found;
  }
  const bibtex = str(record['bibtex']);
  return bibtex ? venueFromBibtex(bibtex) : null;
}

/** ";"-separated slots, trimmed, empty ones kept so positions still line up. */
function splitSlots(value: unknown): string[] {
  const s = typeof value === 'string' ? value : '';
  return s.trim() ? s.split(';').map((slot) => slot.trim()) : [];
}

/** Per-author fields aligned with `author` by position. */
const ALIGNED = ['authorids', 'email', 'aff', 'dblp', 'google_scholar', 'orcid', 'homepage', 'or_profile'] as const;

function readAuthors(record: Record<string, unknown>): { authors: ImportedAuthor[]; anonymous: boolean; ignoredFields: boolean } {
  let names = authorNames(str(record['author']));
  // One NeurIPS record has an empty `author` but names its authors on the conference site.
  const fromSite = names.every((n) => !n);
  if (fromSite) names = (str(record['author_site']) ?? '').split(',').map((n) => n.trim());
  const slots = new Map<string, string[]>();
  let ignoredFields = false;
  if (!fromSite) {
    for (const field of ALIGNED) {
      const values = splitSlots(record[field]);
      if (values.length === 0) continue;
      if (values.length === names.length) slots.set(field, values);
      else if (values.some(Boolean)) ignoredFields = true;
    }
  }
  const at = (field: (typeof ALIGNED)[number], k: number) => slots.get(field)?.[k] ?? '';

  const authors: ImportedAuthor[] = [];
  let anonymous = false;
  names.forEach((name, k) => {
    if (!name) return;
    if (NO_PERSON.test(name)) {
      anonymous = true;
      return;
    }
    const author: ImportedAuthor = { name, ids: {}, affiliations: splitAffiliations(at('aff', k)) };
    const emails = new Set<string>();
    for (const key of [at('authorids', k), at('or_profile', k), at('email', k)]) {
      if (isOpenReviewProfileId(key)) author.ids.openReviewId ??= key;
      else if (isEmail(key)) emails.add(key);
    }
    if (emails.size) author.ids.emails = [...emails];
    const dblp = normalizeDblpPid(at('dblp', k));
    if (dblp) author.ids.dblpPid = dblp;
    const scholar = normalizeGoogleScholarId(at('google_scholar', k));
    if (scholar) author.ids.googleScholarId = scholar;
    const orcid = normalizeOrcid(at('orcid', k));
    if (orcid) author.ids.orcid = orcid;
    const homepage = at('homepage', k);
    if (/^https?:\/\//i.test(homepage)) author.homepage = homepage;
    authors.push(author);
  });
  return { authors, anonymous, ignoredFields };
}

/**
 * `author` is ";"- or "; "-separated; a few NeurIPS records use ", " instead
 * (no ";" at all). Paperlists writes names "First Last", so a comma there
 * separates people rather than "Last, First".
 */
function authorNames(raw: string | null): string[] {
  if (!raw) return [];
  const parts = raw.includes(';') ? raw.split(';') : raw.split(',');
  return parts.map((n) => n.trim());
}

/** "UC Berkeley, EECS + OpenAI" is two affiliations of one author. */
function splitAffiliations(raw: string): string[] {
  return raw
    .split(/\s\+\s/)
    .map((a) => a.trim())
    .filter(Boolean);
}

function paperIds(record: Record<string, unknown>): PaperIds {
  const ids: PaperIds = {};
  for (const field of ['openreview', 'site', 'pdf']) {
    const url = str(record[field]);
    const forum = url?.match(/openreview\.net\/(?:forum|pdf)\?id=([\w-]+)/)?.[1];
    if (forum) {
      ids.openReviewId = forum;
      break;
    }
  }
  return ids;
}

function paperLinks(record: Record<string, unknown>): Link[] {
  const links: Link[] = [];
  const add = (url: string | null, kind: Link['kind']) => {
    if (url && /^https?:\/\//i.test(url) && !links.some((l) => l.url === url)) links.push({ url, kind });
  };
  const site = str(record['site']);
  add(site, site && /openreview\.net\/forum/.test(site) ? 'review' : 'page');
  add(str(record['openreview']), 'review');
  add(str(record['oa']), 'page');
  add(str(record['pdf']), 'pdf');
  add(str(record['review']), 'review');
  add(str(record['project']), 'other');
  // `github` is the paper's code: a plain URL (NeurIPS) or Markdown badges (ICLR)
  // that may also point at Papers-with-Code's list of community implementations.
  for (const url of (str(record['github']) ?? '').match(/https?:\/\/[^\s)\]]+/g) ?? []) {
    const repo = normalizeRepoUrl(url);
    if (repo && isRepoUrl(repo)) add(repo, 'code');
    else add(url, 'other');
  }
  return links;
}
