import type { ApplicationEvent } from '@loopboard/contracts';
import { APPLICATION_STATUS_LABELS } from '../../openings/utils/openingVocabulary';
import { formatWhen } from '../utils/formatWhen';

const KIND_LABELS: Record<ApplicationEvent['kind'], string> = {
  created: 'Added',
  moved: 'Moved',
  rejected: 'Rejected',
  withdrawn: 'Withdrew',
  hired: 'Hired',
};

/** Every change of the application, newest first: who, from → to, status, reason, note, when. */
export function ApplicationHistory({ history }: { history: ApplicationEvent[] }) {
  const events = [...history].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Application history</caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">Change</th>
            <th scope="col">Stage</th>
            <th scope="col">Status</th>
            <th scope="col">Reason</th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td>
                <time dateTime={event.at}>{formatWhen(event.at)}</time>
              </td>
              <td>{event.actor?.name ?? 'System'}</td>
              <td>{KIND_LABELS[event.kind]}</td>
              <td>
                {event.fromStage && event.toStage && event.fromStage.id !== event.toStage.id
                  ? `${event.fromStage.name} → ${event.toStage.name}`
                  : (event.toStage?.name ?? event.fromStage?.name ?? '—')}
              </td>
              <td>
                {event.fromStatus && event.fromStatus !== event.toStatus
                  ? `${APPLICATION_STATUS_LABELS[event.fromStatus]} → ${APPLICATION_STATUS_LABELS[event.toStatus]}`
                  : APPLICATION_STATUS_LABELS[event.toStatus]}
              </td>
              <td>{event.reason?.label ?? '—'}</td>
              <td>{event.note ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
