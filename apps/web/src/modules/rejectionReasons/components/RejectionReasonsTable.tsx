import type { RejectionReason } from '@loopboard/contracts';
import { EmptyState } from '../../ui/components/EmptyState';
import { RejectionReasonRow } from './RejectionReasonRow';
import './rejectionReasons.css';

interface RejectionReasonsTableProps {
  reasons: RejectionReason[];
  onSaved: (message: string) => void;
}

/** Active reasons first, each group in the server's order. */
export function RejectionReasonsTable({ reasons, onSaved }: RejectionReasonsTableProps) {
  if (reasons.length === 0) {
    return (
      <EmptyState title="No rejection reasons yet.">
        <p>Add one below; recruiters pick from these when they reject an application.</p>
      </EmptyState>
    );
  }
  const shown = [...reasons.filter((r) => r.active), ...reasons.filter((r) => !r.active)];
  return (
    <div className="table-scroll">
      <table className="data-table rejection-reason-table">
        <caption className="visually-hidden">Rejection reasons</caption>
        <thead>
          <tr>
            <th scope="col">Label</th>
            <th scope="col">Key</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {shown.map((reason) => (
            <RejectionReasonRow key={reason.key} reason={reason} onSaved={onSaved} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
