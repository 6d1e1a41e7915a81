import { ErrorCode } from '@loopboard/contracts';
import { Link } from 'react-router';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useImportBatch } from '../hooks/useImportBatch';
import { IMPORT_FORMAT_LABELS } from '../utils/importFormats';
import { ImportResultPanel } from './ImportResultPanel';
import { ImportSummaryList } from './ImportSummaryList';

interface StoredImportProps {
  importId: string;
  onImportAnother: () => void;
}

/**
 * An import opened by its address rather than straight after the upload (a reload, a shared link):
 * a committed one shows its result; a preview only its counts, since the people are not stored.
 */
export function StoredImport({ importId, onImportAnother }: StoredImportProps) {
  const batch = useImportBatch(importId, true);
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
  return (
    <section className="card import-step" aria-labelledby="import-stored-heading">
      <h2 id="import-stored-heading" tabIndex={-1}>{`Preview of ${stored.fileName}`}</h2>
      <p className="muted">{`Read as ${IMPORT_FORMAT_LABELS[stored.format]}. Nothing has been written yet.`}</p>
      <ImportSummaryList summary={stored.summary} />
      <p>The people of a preview are shown only right after the upload. Upload the file again to review them and import it.</p>
      <div className="form-actions">
        <button type="button" className="button button--primary" onClick={onImportAnother}>
          Upload a file
        </button>
      </div>
    </section>
  );
}
