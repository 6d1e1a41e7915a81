import type { DuplicateCandidateRef } from '@loopboard/contracts';
import { Link } from 'react-router';
import { formatDateTime } from '../../ui/utils/formatDateTime';

interface DuplicateCandidateColumnProps {
  candidate: DuplicateCandidateRef;
  /** "Left" or "Right": the two may share a name, so the side is what tells them apart. */
  side: string;
}

const listOrNone = (values: string[]) => (values.length === 0 ? <span className="muted">None recorded</span> : values.join(', '));

export function DuplicateCandidateColumn({ candidate, side }: DuplicateCandidateColumnProps) {
  return (
    <div className="duplicate-pair__side" role="group" aria-label={`${side}: ${candidate.displayName}`}>
      <p className="duplicate-pair__side-label">{side}</p>
      <h3 className="duplicate-pair__name">
        <Link to={`/candidates/${candidate.id}`}>{candidate.displayName}</Link>
      </h3>
      <dl className="facts">
        <dt>Emails</dt>
        <dd>{listOrNone(candidate.emails)}</dd>
        <dt>Affiliations</dt>
        <dd>{listOrNone(candidate.affiliations)}</dd>
        <dt>Papers</dt>
        <dd>{candidate.paperCount}</dd>
        <dt>Added</dt>
        <dd>{formatDateTime(candidate.createdAt)}</dd>
      </dl>
    </div>
  );
}
