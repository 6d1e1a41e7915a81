import {
  ImportFormatError,
  type AcceptanceKind,
  type ImportedAuthor,
  type ImportedPaper,
  type ImportSkip,
  type ParseResult,
} from '../model.js';
import { isBlankRow, readCsv } from '../csv/read-csv.js';
import { headerKey } from '../csv/columns.js';
import { collapseWhitespace } from '../scholar/text.js';
import { canonicalVenue } from '../venues/index.js';
import { parsePythonLiteral, type PyValue } from './python-literal.js';

const WHAT = 'an OpenReview ratings/decisions CSV';

/**
 * OpenReview decision → acceptance. ICLR 2023 labelled its tiers
 * "notable-top-5%" (orals) and "notable-top-25%" (spotlights).
 * An empty decision on a withdrawn submission means withdrawn.
 */
export function acceptanceFromDecision(decision: string, withdrawn: boolean): AcceptanceKind {
  const d = decision.trim().toLowerCase();
  if (!d) return withdrawn ? 'withdrawn' : 'unknown';
  if (d.includes('withdraw')) return 'withdrawn';
  if (d.includes('reject')) return 'rejected';
  if (d.includes('notable-top-5%') || d.includes('oral')) return 'oral';
  if (d.includes('notable-top-25%') || d.includes('spotlight')) return 'spotlight';
  if (d.includes('workshop')) return 'workshop';
  if (d.includes('poster')) return 'poster';
  if (d.includes('accept')) return 'accepted';
  return 'unknown';
}

/**
 * The ratings/decisions CSV scraped from OpenReview (fedebotu/ICLR2023-OpenReviewData):
 * id, title, keywords, ratings, confidences, withdraw, review_lengths, decision,
 * list columns written as Python literals.
 *
 * ICLR keeps authors anonymous, so this file names nobody. Each row still
 * becomes a paper (with `authors: []`) carrying its decision and ratings: they
 * can enrich the same paper imported from elsewhere (matched by OpenReview id
 * or title), and no candidate can be created from a paper without authors.
 * A warning says so once for the file.
 */
export function parseOpenReviewCsv(text: string): ParseResult {
  const { headers, rows } = readCsv(text, WHAT);
  const column = new Map(headers.map((h, i) => [headerKey(h), i] as const));
  for (const required of ['title', 'decision']) {
    if (!column.has(required)) {
      throw new ImportFormatError(
        `${WHAT} needs a '${required}' column; found: ${headers.filter(Boolean).join(', ') || 'no column names'}`,
        1,
      );
    }
  }
  const cellOf = (cells: string[], name: string) => {
    const index = column.get(name);
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };

  const decisions = rows.map((row) => cellOf(row.cells, 'decision'));
  const venue = venueOfFile(
    rows.map((row) => row.cells),
    cellOf,
    decisions,
  );
  const hasAuthors = column.has('authors');

  const records: ImportedPaper[] = [];
  const skipped: ImportSkip[] = [];
  const unreadable: string[] = [];
  rows.forEach((row, index) => {
    if (isBlankRow(row.cells)) return;
    const id = cellOf(row.cells, 'id');
    const sourceRef = id ? `line ${row.line} (${id})` : `line ${row.line}`;
    const title = collapseWhitespace(cellOf(row.cells, 'title'));
    if (!title) {
      skipped.push({ sourceRef, reason: 'no title' });
      return;
    }
    const withdrawn = /^(?:1|true|yes)$/i.test(cellOf(row.cells, 'withdraw'));
    const paper: ImportedPaper = {
      kind: 'paper',
      sourceRef,
      title,
      venue: venue.venue,
      year: venue.year,
      acceptance: acceptanceFromDecision(decisions[index], withdrawn),
      authors: hasAuthors ? readAuthors(cellOf(row.cells, 'authors')) : [],
      authorsTruncated: false,
      ids: id ? { openReviewId: id } : {},
      links: id ? [{ url: `https://openreview.net/forum?id=${encodeURIComponent(id)}`, kind: 'review' }] : [],
    };
    const ratings = readNumbers(cellOf(row.cells, 'ratings'));
    if (ratings === null) unreadable.push(sourceRef);
    else if (ratings.length) paper.ratings = ratings;
    records.push(paper);
  });

  const warnings: string[] = [];
  if (!hasAuthors && records.length) {
    warnings.push(
      `this file names no authors (OpenReview keeps ${venue.venue ?? 'the'} submissions anonymous): its ${records.length} papers only add decisions and ratings to papers imported from elsewhere; no candidate comes from it`,
    );
  }
  if (unreadable.length)
    warnings.push(
      `ratings could not be read on ${unreadable.length} row(s) (${unreadable.slice(0, 5).join(', ')}); those papers have no ratings`,
    );
  return { format: 'openreview-csv', records, skipped, warnings };
}

/** "[5, 6, 8]" → [5, 6, 8]; "" or "[]" → []; anything unreadable → null. */
export function readNumbers(cell: string): number[] | null {
  if (!cell) return [];
  try {
    const value = parsePythonLiteral(cell);
    const list = Array.isArray(value) ? value : [value];
    return list.every((v): v is number => typeof v === 'number') ? list : null;
  } catch {
    return null;
  }
}

/** A Python list of names, or names separated by ";" or ",". */
function readAuthors(cell: string): ImportedAuthor[] {
  let names: PyValue[] = [];
  if (cell.startsWith('[')) {
    try {
      const value = parsePythonLiteral(cell);
      names = Array.isArray(value) ? value : [];
    } catch {
      names = [];
    }
  } else {
    names = cell.split(cell.includes(';') ? ';' : ',');
  }
  return names
    .filter((n): n is string => typeof n === 'string')
    .map((n) => n.trim())
    .filter((n) => n && !/^anonymous$/i.test(n))
    .map((name) => ({ name, ids: {}, affiliations: [] }));
}

/**
 * The file says which conference only through its columns or its vocabulary:
 * a 'venue'/'year' column when present, else the ICLR 2023 decision labels
 * ("notable-top-5%", "notable-top-25%"), which no other OpenReview venue used.
 */
function venueOfFile(
  cells: string[][],
  cellOf: (cells: string[], name: string) => string,
  decisions: string[],
): { venue: string | null; year: number | null } {
  const venues = new Set(cells.map((c) => cellOf(c, 'venue')).filter(Boolean));
  const years = new Set(cells.map((c) => cellOf(c, 'year')).filter((y) => /^\d{4}$/.test(y)));
  if (venues.size === 1 || years.size === 1) {
    const venue = venues.size === 1 ? [...venues][0] : null;
    return { venue: venue ? (canonicalVenue(venue) ?? venue) : null, year: years.size === 1 ? Number([...years][0]) : null };
  }
  if (decisions.some((d) => /notable-top-(?:5|25)%/i.test(d))) return { venue: 'ICLR', year: 2023 };
  return { venue: null, year: null };
}
