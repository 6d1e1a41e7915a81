import type { AuditEntry } from '@loopboard/contracts';
import { formatAuditTime } from '../utils/formatAuditTime';
import { formatChanges } from '../utils/formatChanges';

interface AuditTableProps {
  entries: AuditEntry[];
}

export function AuditTable({ entries }: AuditTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table audit-table">
        <caption>Audit entries, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Time</th>
            <th scope="col">Who</th>
            <th scope="col">Action</th>
            <th scope="col">Entity</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => {
            const changes = formatChanges(entry.changes);
            return (
              <tr key={entry.id}>
                <td className="audit-table__time">
                  <time dateTime={entry.at}>{formatAuditTime(entry.at)}</time>
                </td>
                <td>{entry.actorEmail ?? <span className="muted">unknown</span>}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>
                  {entry.entityType}
                  {entry.entityId && (
                    <>
                      {' '}
                      <code className="audit-table__id">{entry.entityId}</code>
                    </>
                  )}
                </td>
                <td>
                  {changes.length === 0 ? (
                    <span className="muted">—</span>
                  ) : (
                    <ul className="change-list">
                      {changes.map((line, index) => (
                        <li key={index}>{line}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
