import { useInfiniteQuery } from '@tanstack/react-query';
import { formatChanges } from '../../audit/utils/formatChanges';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { formatDateTime } from '../../ui/utils/formatDateTime';
import { candidateQueries } from '../utils/candidateQueries';

const ACTION_LABELS: Record<string, string> = {
  'candidate.created': 'Added',
  'candidate.updated': 'Edited',
  'candidate.archived': 'Archived',
  'candidate.unarchived': 'Brought back from the archive',
  'candidate.encounter_added': 'Encounter logged',
  'candidate.merged': 'Merged with a duplicate',
  'candidate.merged_from_import': 'Updated by an import',
  'import.committed': 'Imported',
};

/** What happened to the candidate, newest first, from the audit log. */
export function CandidateHistory({ candidateId }: { candidateId: string }) {
  const history = useInfiniteQuery(candidateQueries.history(candidateId));
  if (history.isPending) return <p className="muted">Loading history…</p>;
  if (history.isError)
    return (
      <ErrorAlert title="The history could not be loaded">
        <p>{history.error.message}</p>
      </ErrorAlert>
    );
  const entries = history.data.pages.flatMap((page) => page.items);
  if (entries.length === 0) return <p className="muted">Nothing recorded yet.</p>;
  return (
    <>
      <ol className="history-list" aria-label="History">
        {entries.map((entry) => {
          const lines =
            entry.action === 'import.committed'
              ? [`from a ${String(entry.changes.format ?? 'file')} import`]
              : formatChanges(entry.changes);
          return (
            <li key={entry.id}>
              <strong>{ACTION_LABELS[entry.action] ?? entry.action}</strong>{' '}
              <span className="muted">
                {formatDateTime(entry.at)} · {entry.actorEmail ?? 'the system'}
              </span>
              {lines.length > 0 && (
                <ul>
                  {lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
      {history.hasNextPage && (
        <button type="button" onClick={() => void history.fetchNextPage()} disabled={history.isFetchingNextPage}>
          {history.isFetchingNextPage ? 'Loading…' : 'Show older'}
        </button>
      )}
    </>
  );
}
