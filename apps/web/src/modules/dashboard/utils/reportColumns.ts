import type { ReactNode } from 'react';
import { toCsv, type CsvCell } from './csv';

/** One column of a report: the same definition draws the accessible table and writes the CSV, so they always agree. */
export interface ReportColumn<T> {
  header: string;
  value: (row: T) => CsvCell;
  numeric?: boolean;
  /** How the table shows the cell when plain text is not enough (a link); the CSV keeps `value`. */
  render?: (row: T) => ReactNode;
}

export function reportCsv<T>(columns: ReportColumn<T>[], rows: T[]): string {
  return toCsv(
    columns.map((c) => c.header),
    rows.map((row) => columns.map((c) => c.value(row))),
  );
}

/** A share 0–1 as a rounded percentage, for tables and CSVs alike; null when there is none. */
export const percent = (value: number | null | undefined, digits = 0): string | null =>
  value === null || value === undefined ? null : `${(value * 100).toFixed(digits)} %`;

/** A number with fixed decimals; null stays null (an empty cell). */
export const fixed = (value: number | null | undefined, digits = 2): string | null =>
  value === null || value === undefined ? null : value.toFixed(digits);
