import type { CandidateSummary } from '@loopboard/contracts';
import { memo } from 'react';
import { Link } from 'react-router';
import { CHANNEL_LABELS, TIER_LABELS } from '../utils/candidateVocabulary';
import { formatCredit } from '../utils/formatSignals';

interface CandidateRowProps {
  candidate: CandidateSummary;
  /** 1-based position among all rows, header included, for screen readers (most rows are not in the DOM). */
  rowIndex: number;
}

const addedFormatter = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium' });

/**
 * Memoized: scrolling re-renders the table on every frame, and a new page, a busy flag or a sort arrow
 * re-render it too; rows that stay (same candidate object, same position) are not rendered again.
 */
export const CandidateRow = memo(function CandidateRow({ candidate, rowIndex }: CandidateRowProps) {
  const { signals } = candidate;
  return (
    <tr className="candidate-row" aria-rowindex={rowIndex}>
      <th scope="row">
        <Link to={`/candidates/${candidate.id}`}>{candidate.displayName}</Link>
        {candidate.archivedAt && <span className="tag tag--muted candidate-row__archived">Archived</span>}
      </th>
      <td title={candidate.affiliations.join(', ')}>{candidate.affiliations.join(', ') || <span className="muted">—</span>}</td>
      <td>{CHANNEL_LABELS[candidate.primaryChannel]}</td>
      <td>{addedFormatter.format(new Date(candidate.createdAt))}</td>
      <td className="numeric">{signals.firstAuthorTopTier}</td>
      <td className="numeric">{formatCredit(signals.creditAdjusted)}</td>
      <td>{signals.bestVenueTier ? TIER_LABELS[signals.bestVenueTier] : <span className="muted">—</span>}</td>
      <td className="numeric">{signals.reproducedReimplementations}</td>
    </tr>
  );
});
