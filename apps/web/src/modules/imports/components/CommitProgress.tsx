import type { ImportProgress } from '@loopboard/contracts';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { formatCount, formatNumber } from '../utils/formatCount';

interface CommitProgressProps {
  /** The latest answer of GET /imports/:id/progress; undefined until the first one. */
  progress: ImportProgress | undefined;
}

/** A quarter of the way, half, three quarters: how often the live region speaks while records are written. */
const ANNOUNCE_STEP = 25;

/**
 * Where a commit is, as a bar ("Writing 1,234 of 5,000 records": the API counts the people, then the papers). The bar and the exact count
 * are outside the live region; it announces only the phase and every quarter of the way,
 * so a screen reader is not read a number every half second.
 */
export function CommitProgress({ progress }: CommitProgressProps) {
  if (progress?.phase === 'failed') {
    return (
      <ErrorAlert title="The import failed">
        <p>The server stopped the import before it finished; nothing was written. Try again, or upload the file again.</p>
      </ErrorAlert>
    );
  }
  const writing = progress && (progress.phase === 'writing' || progress.phase === 'done') && progress.total > 0;
  const percent = writing ? Math.floor((progress.done / progress.total) * 100) : 0;
  const step = Math.floor(percent / ANNOUNCE_STEP) * ANNOUNCE_STEP;
  const announcement = writing
    ? `Writing ${formatCount(progress.total, 'record', 'records')}: ${step}% done`
    : 'Matching the people against existing candidates…';
  return (
    <div className="import-progress">
      {/* The same element in every phase, so the live region exists before its text changes. */}
      <p role="status" className={writing ? 'visually-hidden' : undefined}>
        {announcement}
      </p>
      {writing && (
        <p>{`Writing ${formatNumber(progress.done)} of ${formatCount(progress.total, 'record', 'records')} (people, then papers)`}</p>
      )}
      {writing ? (
        <progress aria-label="Import progress" max={progress.total} value={progress.done} />
      ) : (
        <progress aria-label="Import progress" />
      )}
    </div>
  );
}
