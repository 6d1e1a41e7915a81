import { ErrorCode } from '@loopboard/contracts';
import { Link } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useEffect } from 'react';
import { useImportBatch } from '../hooks/useImportBatch';
import { useImportProgress } from '../hooks/useImportProgress';
import { isRunningPhase } from '../utils/importQueries';
import { IMPORT_FORMAT_LABELS } from '../utils/importFormats';
import { CommitProgress } from './CommitProgress';
import { ImportResultPanel } from './ImportResultPanel';
import { ImportSummaryList } from './ImportSummaryList';
import { LeaveGuard } from './LeaveGuard';

interface StoredImportProps {
  importId: string;
  onImportAnother: () => void;
}

/**
 * An import opened by its address rather than straight after the upload (a reload, a shared link):
 * a committed one shows its result; one whose commit is running (the tab was reloaded mid-commit)
 * its progress until the result; a preview only its counts, since the people are not stored.
 */
export function StoredImport({ importId, onImportAnother }: StoredImportProps) {
  const batch = useImportBatch(importId, true);
  const uncommitted = batch.data !== undefined && batch.data.status !== 'committed';
  const progress = useImportProgress(importId, uncommitted);
  const phase = progress.data?.phase;
  const running = uncommitted && isRunningPhase(phase);
  // The running commit ended: the batch now holds its result.
  const { refetch } = batch;
  useEffect(() => {
    if (uncommitted && phase === 'done') void refetch();
  }, [uncommitted, phase, refetch]);

  if (batch.isPending) return <LoadingState label="Loading the import…" />;
  if (batch.isError) {
    const missing =
      isApiRequestError(batch.error) &&
      (batch.error.code === ErrorCode.IMPORT_NOT_FOUND || batch.error.code === ErrorCode.VALIDATION_FAILED);
    return missing ? (
      <div className="state state--error" role="alert">
        <p className="state__title">No such import</p>
        <p>This import does not exist. The link may be wrong or incomplete.</p>
        <Link className="button button--primary" to="/candidates/import">
          Start a new import
        </Link>
      </div>
    ) : (
      <ErrorState title="Could not load the import" error={batch.error} onRetry={() => void batch.refetch()} retrying={batch.isFetching} />
    );
  }
  const stored = batch.data;
  if (stored.status === 'committed' && stored.result) {
    return <ImportResultPanel fileName={stored.fileName} result={stored.result} onImportAnother={onImportAnother} />;
  }
  if (uncommitted && progress.isPending) return <LoadingState label="Loading the import…" />;
  if (running || phase === 'done') {
    return (
      <section className="card import-step" aria-labelledby="import-stored-heading">
        <h2 id="import-stored-heading" tabIndex={-1}>{`Importing ${stored.fileName}`}</h2>
        <p className="muted">{`Read as ${IMPORT_FORMAT_LABELS[stored.format]}. The import is running; its result shows here when it ends.`}</p>
        <CommitProgress progress={progress.data} />
        <LeaveGuard when={running} message="The import is still running. If you leave, it goes on, but you will not see its result here." />
      </section>
    );
  }
  return (
    <section className="card import-step" aria-labelledby="import-stored-heading">
      <h2 id="import-stored-heading" tabIndex={-1}>{`Preview of ${stored.fileName}`}</h2>
      <p className="muted">{`Read as ${IMPORT_FORMAT_LABELS[stored.format]}. Nothing has been written yet.`}</p>
      <ImportSummaryList summary={stored.summary} />
      {phase === 'failed' && <CommitProgress progress={progress.data} />}
      <p>The people of a preview are shown only right after the upload. Upload the file again to review them and import it.</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onImportAnother}>
          Upload a file
        </button>
      </div>
    </section>
  );
}
