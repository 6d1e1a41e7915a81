import type { ReportColumn } from '../utils/reportColumns';

interface ReportTableProps<T> {
  caption: string;
  columns: ReportColumn<T>[];
  rows: T[];
  /** The first column names the row (a stage, a channel, an interviewer). */
  rowHeader?: boolean;
}

export function ReportTable<T>({ caption, columns, rows, rowHeader = true }: ReportTableProps<T>) {
  return (
    <div className="table-scroll">
      <table className="data-table report-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.numeric ? 'numeric' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              {columns.map((c, i) => {
                const value = c.value(row);
                const text = c.render ? c.render(row) : value === null || value === undefined || value === '' ? '—' : String(value);
                return rowHeader && i === 0 ? (
                  <th key={c.header} scope="row">
                    {text}
                  </th>
                ) : (
                  <td key={c.header} className={c.numeric ? 'numeric' : undefined}>
                    {text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
