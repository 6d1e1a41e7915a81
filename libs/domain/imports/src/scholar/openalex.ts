import { ImportFormatError, type ImportedAuthor, type ImportedProfile, type ImportSkip, type ParseResult } from '../model.js';
import { isObject, readJson, str } from '../detect/read-json.js';
import { normalizeOpenAlexAuthorId, normalizeOrcid } from './person-ids.js';
import { collapseWhitespace } from './text.js';

const WHAT = 'an OpenAlex author record (JSON)';

/**
 * An OpenAlex author (`/authors/A…`), or a page of them (`{ "results": [...] }`),
 * → one profile each. The author record lists no works, so `papers` is empty.
 * Reads the 2022 schema (`last_known_institution`) and the newer plural
 * `last_known_institutions`. An API error body yields nothing and one skip.
 */
export function parseOpenAlexAuthor(text: string): ParseResult {
  const data = readJson(text, WHAT);
  const result: ParseResult = { format: 'openalex', records: [], skipped: [], warnings: [] };
  if (!isObject(data)) throw new ImportFormatError(`expected ${WHAT}`);

  if (Array.isArray(data['results'])) {
    data['results'].forEach((item, index) => addAuthor(item, `result ${index + 1}`, result));
    return result;
  }
  const apiError = !('id' in data) ? (str(data['message']) ?? str(data['error'])) : null;
  if (apiError) {
    result.skipped.push({ sourceRef: 'response', reason: `OpenAlex API error: ${apiError}` });
    return result;
  }
  if (!normalizeOpenAlexAuthorId(str(data['id']))) {
    throw new ImportFormatError(`expected ${WHAT}: "id" is not an OpenAlex author id (https://openalex.org/A…)`);
  }
  addAuthor(data, 'author', result);
  return result;
}

function addAuthor(item: unknown, fallbackRef: string, result: ParseResult): void {
  const openAlexId = isObject(item) ? normalizeOpenAlexAuthorId(str(item['id'])) : null;
  const sourceRef = openAlexId ? `author ${openAlexId}` : fallbackRef;
  const outcome = isObject(item) ? readProfile(item, sourceRef) : { reason: 'not an author object' };
  if ('reason' in outcome) result.skipped.push({ sourceRef, reason: outcome.reason } satisfies ImportSkip);
  else result.records.push(outcome);
}

function readProfile(item: Record<string, unknown>, sourceRef: string): ImportedProfile | { reason: string } {
  const openAlexId = normalizeOpenAlexAuthorId(str(item['id']));
  if (!openAlexId) return { reason: 'no OpenAlex author id' };
  const name = str(item['display_name']);
  if (!name) return { reason: 'the author record has no name' };
  const ids = isObject(item['ids']) ? item['ids'] : {};
  const person: ImportedAuthor = { name: collapseWhitespace(name), ids: { openAlexId }, affiliations: institutions(item) };
  const orcid = normalizeOrcid(str(item['orcid']) ?? str(ids['orcid']));
  if (orcid) person.ids.orcid = orcid;
  return { kind: 'profile', sourceRef, person, papers: [] };
}

function institutions(item: Record<string, unknown>): string[] {
  const listed = Array.isArray(item['last_known_institutions']) ? item['last_known_institutions'] : [item['last_known_institution']];
  const names = listed.map((inst) => (isObject(inst) ? str(inst['display_name']) : null)).filter((n): n is string => n !== null);
  return [...new Set(names)];
}
