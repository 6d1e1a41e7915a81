import type { ApplicationSummary, OpeningStage } from '@loopboard/contracts';
import { Link } from 'react-router';
import { APPLICATION_STATUS_LABELS, formatTimeInStage } from '../utils/openingVocabulary';
import { ApplicationActions, type CloseKindOrReject } from './ApplicationActions';

interface ApplicationsTableProps {
  stages: OpeningStage[];
  applications: ApplicationSummary[];
  canEdit: boolean;
  selected: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  onSelect: (applicationId: string, selected: boolean) => void;
  onMove: (application: ApplicationSummary, toStageId: string) => void;
  onClose: (application: ApplicationSummary, kind: CloseKindOrReject) => void;
}

/** The board as a table: every application (closed ones too), in loop order, with the same actions. */
export function ApplicationsTable({ stages, applications, canEdit, selected, pending, onSelect, onMove, onClose }: ApplicationsTableProps) {
  const position = new Map(stages.map((stage, index) => [stage.id, index]));
  const rows = [...applications].sort(
    (a, b) =>
      Number(a.status !== 'active') - Number(b.status !== 'active') ||
      (position.get(a.currentStage.id) ?? 0) - (position.get(b.currentStage.id) ?? 0) ||
      a.candidate.name.localeCompare(b.candidate.name),
  );
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Applications</caption>
        <thead>
          <tr>
            {canEdit && (
              <th scope="col">
                <span className="visually-hidden">Selected</span>
              </th>
            )}
            <th scope="col">Candidate</th>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Time in stage</th>
            {canEdit && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((application) => {
            const name = application.candidate.name;
            const active = application.status === 'active';
            return (
              <tr key={application.id}>
                {canEdit && (
                  <td>
                    {active && (
                      <input
                        type="checkbox"
                        aria-label={`Select ${name}`}
                        checked={selected.has(application.id)}
                        onChange={(event) => onSelect(application.id, event.target.checked)}
                      />
                    )}
                  </td>
                )}
                <th scope="row">
                  <Link to={`/candidates/${application.candidate.id}`}>{name}</Link>
                </th>
                <td>{application.currentStage.name}</td>
                <td>
                  {APPLICATION_STATUS_LABELS[application.status]}
                  {application.rejectionReason && ` (${application.rejectionReason.label})`}
                </td>
                <td>{formatTimeInStage(application.secondsInStage)}</td>
                {canEdit && (
                  <td>
                    {active && (
                      <ApplicationActions
                        application={application}
                        stages={stages}
                        busy={pending.has(application.id)}
                        onMove={onMove}
                        onClose={onClose}
                      />
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
