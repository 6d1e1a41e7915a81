import {
  ImportFormatError,
  type AcceptanceKind,
  type ImportedAuthor,
  type ImportedPaper,
  type ImportedRecord,
  type ImportSkip,
  type Link,
  type PaperIds,
  type ParseResult,
} from '../model.js';
import { isObject, readJson, str } from '../detect/read-json.js';
import { canonicalVenue, isPreprintVenue, isWorkshopVenue } from '../venues/index.js';
import { normalizeOrcid } from './person-ids.js';
import { collapseWhitespace, expandLigatures } from './text.js';

const WHAT = 'a Semantic Scholar author record (JSON)';

/**
 * A Semantic Scholar Graph API author (`/author/{id}?fields=…,papers.…`) → one
 * profile with its papers. Also takes a bare list of papers, as the
 * `/author/{id}/papers` endpoint returns (`{ "data": [...] }` or an array):
 * those become paper records, since no single person owns them.
 * An API error body (`{"error": …}`) yields nothing and one skip.
 */
export function parseSemanticScholarAuthor(text: string): ParseResult {
  const data = readJson(text, WHAT);
  const result: ParseResult = { format: 'semantic-scholar', records: [], skipped: [], warnings: [] };

  const paperList = Array.isArray(data)
    ? data
    : isObject(data) && Array.isArray(data['data']) && !('authorId' in data)
      ? data['data']
      : null;
  if (paperList) {
    if (paperList.length > 0 && !paperList.some(looksLikePaper)) throw new ImportFormatError(`expected ${WHAT} or a list of its papers`);
    const { papers, skipped } = readPapers(paperList, 'paper');
    result.records.push(...papers);
    result.skipped.push(...skipped);
    return result;
  }
  if (!isObject(data)) throw new ImportFormatError(`expected ${WHAT}`);

  const apiError = str(data['error']) ?? (Object.keys(data).length <= 2 ? str(data['message']) : null);
  if (apiError && !('authorId' in data)) {
    result.skipped.push({ sourceRef: 'response', reason: `Semantic Scholar API error: ${apiError}` });
    return result;
  }
  if (!('authorId' in data)) throw new ImportFormatError(`expected ${WHAT}: no "authorId" field`);

  const authorId = idString(data['authorId']);
  const sourceRef = authorId ? `author ${authorId}` : 'author';
  const person = readPerson(data);
  if (!person) {
    result.skipped.push({ sourceRef, reason: 'the author record has no name' });
    return result;
  }
  const { papers, skipped } = readPapers(Array.isArray(data['papers']) ? data['papers'] : [], `${sourceRef}, paper`);
  result.records.push({ kind: 'profile', sourceRef, person, papers } satisfies ImportedRecord);
  result.skipped.push(...skipped);
  return result;
}

function readPerson(data: Record<string, unknown>): ImportedAuthor | null {
  const name = str(data['name']);
  if (!name) return null;
  const person: ImportedAuthor = { name: collapseWhitespace(name), ids: {}, affiliations: [] };
  const authorId = idString(data['authorId']);
  if (authorId) person.ids.semanticScholarId = authorId;
  const external = isObject(data['externalIds']) ? data['externalIds'] : {};
  // S2 gives DBLP as a list of DBLP person names ("Alan M. Turing", "Wei Wang 0001"),
  // which DBLP keeps unique; the first is the one S2 shows.
  const dblp = firstString(external['DBLP']);
  if (dblp) person.ids.dblpPid = dblp;
  const orcid = normalizeOrcid(firstString(external['ORCID']));
  if (orcid) person.ids.orcid = orcid;
  const homepage = str(data['homepage']);
  if (homepage) person.homepage = homepage;
  if (Array.isArray(data['affiliations'])) {
    person.affiliations = data['affiliations'].map(str).filter((a): a is string => a !== null);
  }
  return person;
}

function readPapers(items: unknown[], refPrefix: string): { papers: ImportedPaper[]; skipped: ImportSkip[] } {
  const papers: ImportedPaper[] = [];
  const skipped: ImportSkip[] = [];
  items.forEach((item, index) => {
    const paperId = isObject(item) ? idString(item['paperId']) : null;
    const sourceRef = `${refPrefix} ${paperId ?? index + 1}`;
    const paper = isObject(item) ? readPaper(item, sourceRef) : null;
    if (paper) papers.push(paper);
    else skipped.push({ sourceRef, reason: isObject(item) ? 'paper without a title' : 'not a paper object' });
  });
  return { papers, skipped };
}

function readPaper(item: Record<string, unknown>, sourceRef: string): ImportedPaper | null {
  const rawTitle = str(item['title']);
  if (!rawTitle) return null;
  const venue = paperVenue(item);
  const year = typeof item['year'] === 'number' && Number.isInteger(item['year']) ? item['year'] : null;
  const authors: ImportedAuthor[] = [];
  for (const author of Array.isArray(item['authors']) ? item['authors'] : []) {
    if (!isObject(author)) continue;
    const name = str(author['name']);
    if (!name) continue;
    const id = idString(author['authorId']);
    authors.push({ name: collapseWhitespace(name), ids: id ? { semanticScholarId: id } : {}, affiliations: [] });
  }
  return {
    kind: 'paper',
    sourceRef,
    title: collapseWhitespace(expandLigatures(rawTitle)),
    venue: venue ? (canonicalVenue(venue) ?? venue) : null,
    year,
    acceptance: acceptanceOf(venue),
    authors,
    authorsTruncated: false,
    ids: paperIds(item),
    links: paperLinks(item),
  };
}

/** `venue` is S2's display string; the structured fields fill in when it is blank. */
function paperVenue(item: Record<string, unknown>): string | null {
  const publicationVenue = isObject(item['publicationVenue']) ? str(item['publicationVenue']['name']) : null;
  const journal = isObject(item['journal']) ? str(item['journal']['name']) : null;
  const venue = str(item['venue']) ?? publicationVenue ?? journal;
  return venue ? collapseWhitespace(venue) : null;
}

function acceptanceOf(venue: string | null): AcceptanceKind {
  if (!venue) return 'unknown';
  if (isPreprintVenue(venue)) return 'preprint';
  if (isWorkshopVenue(venue)) return 'workshop';
  return 'accepted';
}

function paperIds(item: Record<string, unknown>): PaperIds {
  const ids: PaperIds = {};
  const external = isObject(item['externalIds']) ? item['externalIds'] : {};
  const doi = idString(external['DOI']);
  if (doi) ids.doi = doi;
  const arxiv = idString(external['ArXiv']);
  if (arxiv) ids.arxiv = arxiv.replace(/v\d+$/, '');
  const dblp = idString(external['DBLP']);
  if (dblp) ids.dblpKey = dblp;
  // paperId is S2's primary key; CorpusId (its second key) only when paperId is missing,
  // written the way the S2 API accepts it as a paper id.
  const paperId = idString(item['paperId']);
  const corpusId = idString(external['CorpusId']) ?? idString(item['corpusId']);
  if (paperId) ids.semanticScholarId = paperId;
  else if (corpusId) ids.semanticScholarId = `CorpusId:${corpusId}`;
  return ids;
}

function paperLinks(item: Record<string, unknown>): Link[] {
  const links: Link[] = [];
  const page = str(item['url']);
  if (page) links.push({ url: page, kind: 'page' });
  const pdf = isObject(item['openAccessPdf']) ? str(item['openAccessPdf']['url']) : null;
  if (pdf) links.push({ url: pdf, kind: 'pdf' });
  return links;
}

function looksLikePaper(item: unknown): boolean {
  return isObject(item) && ('paperId' in item || ('title' in item && 'authors' in item));
}

function idString(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return str(value);
}

function firstString(value: unknown): string | null {
  if (Array.isArray(value)) {
    for (const item of value) {
      const s = idString(item);
      if (s) return s;
    }
    return null;
  }
  return idString(value);
}
