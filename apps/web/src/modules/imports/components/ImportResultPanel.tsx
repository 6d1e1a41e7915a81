import type { ImportCommitResult } from '@loopboard/contracts';
import { Link } from 'react-router';
import { formatCount, formatNumber } from '../utils/formatCount';
import { CandidateLinkList } from './CandidateLinkList';
import { ImportSkippedList } from './ImportSkippedList';

interface ImportResultPanelProps {
  fileName: string;
  result: ImportCommitResult;
  onImportAnother: () => void;
}

/** Step 4: what the commit created, merged and skipped, with links to the candidates. */
export function ImportResultPanel({ fileName, result, onImportAnother }: ImportResultPanelProps) {
  return (
    <section className="card import-step" aria-labelledby="import-result-heading">
      <h2 id="import-result-heading" tabIndex={-1}>{`Imported ${fileName}`}</h2>
      <p role="status">
        {`Created ${formatCount(result.created, 'candidate')}, merged into ${formatCount(result.merged, 'existing candidate')}, skipped ${formatCount(result.skipped.length, 'entry', 'entries')}.`}
      </p>
      <dl className="import-summary" aria-label="Result">
        <div className="import-summary__item">
          <dt>Created</dt>
          <dd>{formatNumber(result.created)}</dd>
        </div>
        <div className="import-summary__item">
          <dt>Merged</dt>
          <dd>{formatNumber(result.merged)}</dd>
        </div>
        <div className="import-summary__item">
          <dt>Papers added</dt>
          <dd>{formatNumber(result.papersCreated)}</dd>
        </div>
        <div className="import-summary__item">
          <dt>Papers already known</dt>
          <dd>{formatNumber(result.papersMatched)}</dd>
        </div>
        <div className="import-summary__item">
          <dt>Re-implementations added</dt>
          <dd>{formatNumber(result.reimplementationsCreated)}</dd>
        </div>
        <div className="import-summary__item">
          <dt>Skipped</dt>
          <dd>{formatNumber(result.skipped.length)}</dd>
        </div>
      </dl>
      {result.created > 0 && <h3>Created candidates</h3>}
      <CandidateLinkList label="Created candidates" candidateIds={result.createdCandidateIds} />
      {result.merged > 0 && <h3>Candidates that got new evidence</h3>}
      <CandidateLinkList label="Merged candidates" candidateIds={result.mergedCandidateIds} />
      <ImportSkippedList skipped={result.skipped} />
      <div className="form-actions">
        <Link className="button" to="/candidates?sort=createdAt">
          Open the candidates list
        </Link>
        <button type="button" className="button button--primary" onClick={onImportAnother}>
          Import another file
        </button>
      </div>
    </section>
  );
}
