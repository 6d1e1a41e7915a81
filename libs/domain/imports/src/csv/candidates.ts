import {
  ImportFormatError,
  type ImportedAuthor,
  type ImportedCandidateRow,
  type ImportSkip,
  type ParseResult,
  type PersonIds,
} from '../model.js';
import {
  normalizeDblpPid,
  normalizeGithubLogin,
  normalizeGoogleScholarId,
  normalizeOrcid,
  isOpenReviewProfileId,
  splitEmails,
} from '../scholar/person-ids.js';
import { hasIdentityColumn, planColumns, type ColumnPlan, type ColumnRole } from './columns.js';
import { isBlankRow, readCsv, type CsvRow } from './read-csv.js';

const WHAT = 'a candidates CSV';
const MAX_LISTED_HEADERS = 12;

/**
 * A plain CSV of candidates, one per row, with a header row. Recognised columns
 * (see columns.ts) fill the person; every other column is kept in `attributes`.
 * A file without a name or email column is refused as a whole: nobody in it
 * could be told apart, and importing it would create anonymous candidates.
 */
export function parseCandidatesCsv(text: string): ParseResult {
  const { headers, rows } = readCsv(text, WHAT);
  const plan = planColumns(headers);
  if (!hasIdentityColumn(plan)) throw new ImportFormatError(missingIdentityMessage(headers), 1);

  const records: ImportedCandidateRow[] = [];
  const skipped: ImportSkip[] = [];
  const shortLines: number[] = [];
  for (const row of rows) {
    if (isBlankRow(row.cells)) continue;
    const sourceRef = `line ${row.line}`;
    // Trailing empty cells (",," left by spreadsheets) are harmless; extra values are not.
    if (row.cells.slice(headers.length).some((cell) => cell.trim())) {
      skipped.push({
        sourceRef,
        reason: `the row has ${row.cells.length} cells but the header names ${headers.length} columns (a comma inside an unquoted cell?)`,
      });
      continue;
    }
    if (row.cells.length < headers.length) shortLines.push(row.line);
    const candidate = readRow(row, headers, plan, sourceRef);
    if (candidate) records.push(candidate);
    else skipped.push({ sourceRef, reason: 'no name or email' });
  }
  const warnings = shortLines.length
    ? [
        `${shortLines.length} row(s) have fewer cells than the header (line ${listSome(shortLines.map(String))}); the missing cells were read as empty`,
      ]
    : [];
  return { format: 'candidates-csv', records, skipped, warnings };
}

function missingIdentityMessage(headers: readonly string[]): string {
  const named = headers.filter(Boolean);
  if (named.some((h) => splitEmails(h).length > 0)) {
    return `${WHAT} needs a header row naming its columns, such as 'name' and 'email'; the first row holds an email address, so it looks like data`;
  }
  const found = named.length ? listSome(named) : 'no column names';
  return `${WHAT} needs a 'name' or 'email' column (or first_name and last_name); found: ${found}`;
}

function listSome(items: readonly string[]): string {
  return items.length > MAX_LISTED_HEADERS ? `${items.slice(0, MAX_LISTED_HEADERS).join(', ')}, …` : items.join(', ');
}

function readRow(row: CsvRow, headers: readonly string[], plan: ColumnPlan, sourceRef: string): ImportedCandidateRow | null {
  const cell = (index: number) => (row.cells[index] ?? '').trim();
  const first = (role: ColumnRole) => {
    for (const index of plan.roles[role] ?? []) if (cell(index)) return cell(index);
    return null;
  };
  const attributes: Record<string, string> = {};
  const keep = (role: ColumnRole) => {
    for (const index of plan.roles[role] ?? []) if (cell(index)) attributes[headers[index]] = cell(index);
  };

  const name = first('name') ?? ([first('firstName'), first('lastName')].filter(Boolean).join(' ') || null);
  const emailCells = (plan.roles.email ?? []).map(cell).filter(Boolean);
  const emails = [...new Set(emailCells.flatMap(splitEmails))];
  // A cell that holds no address ("n/a", "ask Sam") is not an email but may matter to whoever reads it.
  if (emailCells.some((c) => splitEmails(c).length === 0)) keep('email');
  if (!name && emails.length === 0) return null;

  const ids: PersonIds = {};
  if (emails.length) ids.emails = emails;
  setId(ids, 'githubLogin', first('github'), normalizeGithubLogin, () => keep('github'));
  setId(ids, 'orcid', first('orcid'), normalizeOrcid, () => keep('orcid'));
  setId(ids, 'googleScholarId', first('googleScholar'), normalizeGoogleScholarId, () => keep('googleScholar'));
  setId(ids, 'dblpPid', first('dblp'), normalizeDblpPid, () => keep('dblp'));
  setId(
    ids,
    'openReviewId',
    first('openReview'),
    (v) => (v && isOpenReviewProfileId(v) ? v : null),
    () => keep('openReview'),
  );
  setId(
    ids,
    'semanticScholarId',
    first('semanticScholar'),
    (v) => v?.match(/(?:author\/)?(\d+)\/?$/)?.[1] ?? null,
    () => keep('semanticScholar'),
  );

  const affiliations = [...new Set((plan.roles.affiliation ?? []).map(cell).filter(Boolean))];
  // An email-only row keeps an empty name rather than a made-up one; the address is in ids.emails.
  const person: ImportedAuthor = { name: name ?? '', ids, affiliations };
  const homepage = first('homepage') ?? firstUrl(first('links')) ?? firstUrl(first('linkedin'));
  if (homepage) person.homepage = homepage;
  // The model holds one homepage; LinkedIn, link lists and the source channel stay as written.
  keep('linkedin');
  keep('links');
  keep('source');

  for (const [index, key] of plan.attributes) if (cell(index)) attributes[key] = cell(index);
  return {
    kind: 'candidate',
    sourceRef,
    person,
    location: first('location'),
    tags: splitTags(first('tags')),
    notes: first('notes'),
    attributes,
  };
}

function setId<K extends keyof PersonIds>(
  ids: PersonIds,
  key: K,
  raw: string | null,
  normalize: (raw: string | null) => string | null,
  onUnreadable: () => void,
): void {
  if (!raw) return;
  const value = normalize(raw);
  if (value) (ids as Record<K, string>)[key] = value;
  else onUnreadable();
}

function firstUrl(raw: string | null): string | null {
  return raw?.split(/[\s,;|]+/).find((part) => /^https?:\/\/\S+$/i.test(part) || /^(?:www\.)?[\w-]+\.[a-z]{2,}\/\S*/i.test(part)) ?? null;
}

/** "ml; nlp" or "ml, nlp": semicolons win when present, so a tag may contain a comma. */
export function splitTags(raw: string | null): string[] {
  if (!raw) return [];
  const parts = raw.includes(';') ? raw.split(';') : raw.split(',');
  return [...new Set(parts.map((t) => t.trim()).filter(Boolean))];
}
