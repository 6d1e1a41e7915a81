import type { OpeningSummary } from '@loopboard/contracts';
import { Link } from 'react-router';
import { OPENING_LEVEL_LABELS, OPENING_STATUS_LABELS } from '../utils/openingVocabulary';

interface OpeningsTableProps {
  openings: OpeningSummary[];
  busy: boolean;
}

export function OpeningsTable({ openings, busy }: OpeningsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table" aria-busy={busy || undefined}>
        <caption className="visually-hidden">Openings</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Role</th>
            <th scope="col">Level</th>
            <th scope="col">Headcount</th>
            <th scope="col">Hiring manager</th>
            <th scope="col">Target date</th>
            <th scope="col">Status</th>
            <th scope="col">Active applications</th>
          </tr>
        </thead>
        <tbody>
          {openings.map((opening) => (
            <tr key={opening.id}>
              <th scope="row">
                <Link to={`/openings/${opening.id}`}>{opening.title}</Link>
              </th>
              <td>{opening.roleName}</td>
              <td>{OPENING_LEVEL_LABELS[opening.level]}</td>
              <td>{opening.headcount}</td>
              <td>{opening.hiringManager.name}</td>
              <td>{opening.targetDate ?? '—'}</td>
              <td>
                <span className={`status-pill status-pill--${opening.status === 'open' ? 'active' : 'inactive'}`}>
                  {OPENING_STATUS_LABELS[opening.status]}
                </span>
              </td>
              <td>{opening.activeApplications}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
