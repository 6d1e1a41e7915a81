export type CsvCell = string | number | boolean | null | undefined;

/** One field, quoted only when it has to be (RFC 4180): a comma, a quote, or a line break. */
function field(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // A leading =, +, - or @ would run as a formula when the file is opened in a spreadsheet.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A CSV document: the header row, then one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(headers: string[], rows: CsvCell[][]): string {
  return [headers, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** e.g. loopboard-funnel-2026-11-30.csv (the UTC day of `now`). */
export function csvFileName(report: string, now: Date = new Date()): string {
  return `loopboard-${report}-${now.toISOString().slice(0, 10)}.csv`;
}
