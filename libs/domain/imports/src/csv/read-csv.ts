import { parse } from 'csv-parse/sync';
import { ImportFormatError } from '../model.js';

export interface CsvRow {
  cells: string[];
  /** 1-based line where the record starts (a quoted cell may span lines). */
  line: number;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
}

/**
 * Splits CSV text into a header and rows with csv-parse. Comma, semicolon (a
 * spreadsheet in a decimal-comma locale) or tab, chosen from the header line.
 * Rows may be shorter or longer than the header; the caller decides what that
 * means. A broken file (an unclosed quote) is refused with its line.
 */
export function readCsv(text: string, what: string): CsvTable {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ImportFormatError(`the file is empty; expected ${what} with a header row`);
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, {
      delimiter: sniffDelimiter(body),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      // csv-parse's types do not follow `info: true`, which wraps each record with its position.
    }) as unknown as typeof records;
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    const code = (error as { code?: unknown }).code;
    const reason =
      code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted cell is never closed' : error instanceof Error ? error.message : String(error);
    throw new ImportFormatError(`${what} could not be read: ${reason}`, typeof lines === 'number' ? lines : undefined);
  }
  const [header, ...rest] = records;
  if (!header) throw new ImportFormatError(`the file is empty; expected ${what} with a header row`);
  return {
    headers: header.record.map((h) => h.trim()),
    rows: rest.map(({ record, info }) => ({ cells: record, line: info.lines - newlinesIn(record) })),
  };
}

function sniffDelimiter(body: string): string {
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const);
  const [best] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return best;
}

function newlinesIn(cells: string[]): number {
  let n = 0;
  for (const cell of cells) n += (cell.match(/\r\n|\n|\r/g) ?? []).length;
  return n;
}

/** True when every cell is blank: a spreadsheet's trailing ",,,," line, not a record. */
export function isBlankRow(cells: readonly string[]): boolean {
  return cells.every((cell) => !cell.trim());
}
