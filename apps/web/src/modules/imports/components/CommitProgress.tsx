import { useImportProgress } from '../hooks/useImportProgress';
import { formatCount, formatNumber } from '../utils/formatCount';

interface CommitProgressProps {
  importId: string;
}

/** While the commit request runs: polls where it is and shows it as a bar ("Writing 1,234 of 5,000 people"). */
export function CommitProgress({ importId }: CommitProgressProps) {
  const { data: progress } = useImportProgress(importId, true);
  const writing = progress && (progress.phase === 'writing' || progress.phase === 'done') && progress.total > 0;
  return (
    <div className="import-progress" role="status">
      {writing ? (
        <>
          <p>{`Writing ${formatNumber(progress.done)} of ${formatCount(progress.total, 'person', 'people')}`}</p>
          <progress aria-label="Import progress" max={progress.total} value={progress.done} />
        </>
      ) : (
        <>
          <p>Matching the people against existing candidates…</p>
          <progress aria-label="Import progress" />
        </>
      )}
    </div>
  );
}
