import { lazy, Suspense, type ReactNode } from 'react';
import { csvFileName } from '../utils/csv';
import { downloadCsv } from '../utils/downloadCsv';
import { reportCsv, type ReportColumn } from '../utils/reportColumns';
import type { DashboardBarChartProps } from './DashboardBarChart';
import { ReportTable } from './ReportTable';

// recharts loads only once a report has something to draw, after the page itself.
const DashboardBarChart = lazy(() => import('./DashboardBarChart'));

interface ReportViewProps<T> {
  /** The file's name part, e.g. "funnel" → loopboard-funnel-2026-11-30.csv. */
  name: string;
  /** What the table (and the CSV button) are called, e.g. "Funnel". */
  caption: string;
  columns: ReportColumn<T>[];
  rows: T[];
  /** Drawn above the table; omitted for reports that are a list. */
  chart?: DashboardBarChartProps;
  /** The table is the report itself (no chart): shown open rather than behind "Show the table". */
  tableOnly?: boolean;
  rowHeader?: boolean;
  children?: ReactNode;
}

/** A chart, its numbers as a real table (the accessible view), and a CSV export of the same rows. */
export function ReportView<T>({ name, caption, columns, rows, chart, tableOnly = false, rowHeader = true, children }: ReportViewProps<T>) {
  const table = <ReportTable caption={caption} columns={columns} rows={rows} rowHeader={rowHeader} />;
  return (
    <div className="report-view">
      {chart && (
        <Suspense fallback={<div className="chart chart--loading" aria-hidden="true" />}>
          <DashboardBarChart {...chart} />
        </Suspense>
      )}
      {children}
      {tableOnly ? (
        table
      ) : (
        <details className="report-view__table">
          <summary>{`Table view: ${caption.toLowerCase()}`}</summary>
          {table}
        </details>
      )}
      <div className="report-view__actions">
        <button type="button" className="button button--small" onClick={() => downloadCsv(csvFileName(name), reportCsv(columns, rows))}>
          {`Export ${caption.toLowerCase()} as CSV`}
        </button>
      </div>
    </div>
  );
}
