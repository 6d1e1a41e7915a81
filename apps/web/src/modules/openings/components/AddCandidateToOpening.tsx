import { ErrorCode } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { useDebouncedValue } from '../../candidates/hooks/useDebouncedValue';
import { candidatesApi } from '../../candidates/utils/candidatesApi';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { useCreateApplication } from '../hooks/useCreateApplication';

interface AddCandidateToOpeningProps {
  openingId: string;
  /** Candidates who already have an application here: shown, but not offered again. */
  appliedCandidateIds: ReadonlySet<string>;
  onAdded: (name: string) => void;
}

function describeError(error: unknown): string {
  if (!isApiRequestError(error)) return 'The candidate could not be added. Please try again.';
  switch (error.code) {
    case ErrorCode.APPLICATION_EXISTS:
      return 'This candidate already has an application for this opening.';
    case ErrorCode.CANDIDATE_ARCHIVED:
      return 'This candidate is archived; unarchive them first.';
    case ErrorCode.OPENING_NOT_OPEN:
      return 'This opening is not open, so nobody can be added to it.';
    case ErrorCode.OPENING_LOOP_EMPTY:
      return 'This opening has no loop stages yet; add stages first.';
    default:
      return `The candidate could not be added: ${error.message}`;
  }
}

/** Search candidates by name and start an application for one, in the loop's first stage. */
export function AddCandidateToOpening({ openingId, appliedCandidateIds, onAdded }: AddCandidateToOpeningProps) {
  const id = useId();
  const [q, setQ] = useState('');
  const query = useDebouncedValue(q.trim(), 250);
  const results = useQuery({
    queryKey: ['candidates', 'list', 'for-opening', query],
    queryFn: ({ signal }) => candidatesApi.list({ q: query, limit: 10 }, signal),
    enabled: query.length > 0,
  });
  const create = useCreateApplication(openingId);
  return (
    <div className="add-candidate">
      <div className="field">
        <label htmlFor={`${id}-q`}>Find a candidate</label>
        <input id={`${id}-q`} type="search" autoComplete="off" value={q} onChange={(event) => setQ(event.target.value)} />
      </div>
      {create.isError && (
        <ErrorAlert>
          <p>{describeError(create.error)}</p>
        </ErrorAlert>
      )}
      {query && results.isSuccess && results.data.items.length === 0 && <p className="muted">No candidate matches “{query}”.</p>}
      {query && results.data && results.data.items.length > 0 && (
        <ul className="plain-list add-candidate__results" aria-label="Matching candidates">
          {results.data.items.map((candidate) => (
            <li key={candidate.id}>
              <span>{candidate.displayName}</span>{' '}
              {appliedCandidateIds.has(candidate.id) ? (
                <span className="muted">already in this opening</span>
              ) : (
                <button
                  type="button"
                  className="button button--small"
                  disabled={create.isPending}
                  onClick={() =>
                    create.mutate(
                      { candidateId: candidate.id, openingId },
                      {
                        onSuccess: () => {
                          setQ('');
                          onAdded(candidate.displayName);
                        },
                      },
                    )
                  }
                >
                  Add<span className="visually-hidden"> {candidate.displayName}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
