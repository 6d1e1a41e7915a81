import { Link } from 'react-router';
import { useCandidateNames } from '../hooks/useCandidateNames';
import { formatCount } from '../utils/formatCount';

interface CandidateLinkListProps {
  label: string;
  candidateIds: string[];
}

/** Links to the first candidates of a list; names load one by one, so only a handful are fetched. */
export const LINKED_CANDIDATES = 10;

export function CandidateLinkList({ label, candidateIds }: CandidateLinkListProps) {
  const shownIds = candidateIds.slice(0, LINKED_CANDIDATES);
  const names = useCandidateNames(shownIds);
  if (candidateIds.length === 0) return null;
  return (
    <>
      <ul className="plain-list import-result__links" aria-label={label}>
        {shownIds.map((id, index) => (
          <li key={id}>
            <Link to={`/candidates/${id}`}>{names.get(id) ?? `Candidate ${index + 1}`}</Link>
          </li>
        ))}
      </ul>
      {candidateIds.length > shownIds.length && (
        <p className="muted">{`…and ${formatCount(candidateIds.length - shownIds.length, 'more candidate', 'more candidates')}, in the candidates list.`}</p>
      )}
    </>
  );
}
