import type { CandidateDetail, CandidateSort } from '@loopboard/contracts';
import { useState } from 'react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { CandidateFilters } from '../modules/candidates/components/CandidateFilters';
import { CandidateList } from '../modules/candidates/components/CandidateList';
import { CandidateSearchBox } from '../modules/candidates/components/CandidateSearchBox';
import { NewCandidateForm } from '../modules/candidates/components/NewCandidateForm';
import { canEditCandidates } from '../modules/candidates/utils/candidateAccess';
import { defaultOrder, readListView, writeListView, type CandidateListView } from '../modules/candidates/utils/candidateListParams';

export function CandidatesPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const view = readListView(searchParams);
  const canEdit = canEditCandidates(useCurrentUser());
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<CandidateDetail | null>(null);
  // A page that sends people here after a change (e.g. an erasure) says what happened.
  const notice = (useLocation().state as { notice?: unknown } | null)?.notice;

  // Typing and filtering replace the history entry: Back leaves the page instead of undoing each keystroke.
  const change = (next: Partial<CandidateListView>) => setSearchParams(writeListView({ ...view, ...next }), { replace: true });

  function sortBy(sort: CandidateSort) {
    const order = sort === view.sort ? (view.order === 'asc' ? 'desc' : 'asc') : defaultOrder(sort);
    change({ sort, order });
  }

  return (
    <>
      <title>Candidates · Loopboard</title>
      <div className="page-header page-header--with-action">
        <div>
          <h1>Candidates</h1>
          <p className="lead">
            Everyone sourced so far, with the signals that matter: first-author papers at top venues, credit-adjusted paper counts and
            reproduced re-implementations.
          </p>
          <p>
            <Link to="/candidates/duplicates">Review suggested duplicates</Link>
          </p>
        </div>
        {canEdit && (
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.6rem' }}>
            <Link className="button" to="/candidates/import">
              Import
            </Link>
            <button
              type="button"
              className="button button--primary"
              aria-expanded={adding}
              aria-controls="new-candidate"
              onClick={() => {
                setAdding((open) => !open);
                setAdded(null);
              }}
            >
              Add candidate
            </button>
          </div>
        )}
      </div>
      <p role="status" className="page-status">
        {!added && typeof notice === 'string' && notice}
        {added && (
          <>
            {`Added ${added.displayName}. `}
            <Link to={`/candidates/${added.id}`}>Open their profile</Link>
          </>
        )}
      </p>
      {canEdit && adding && (
        <section className="card" id="new-candidate" aria-labelledby="new-candidate-heading">
          <h2 id="new-candidate-heading">New candidate</h2>
          <NewCandidateForm
            onAdded={(candidate) => {
              setAdding(false);
              setAdded(candidate);
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      <section className="card candidate-list" aria-label="Candidates">
        <div role="search" className="candidate-toolbar">
          <CandidateSearchBox value={view.q} onSearch={(q) => change({ q })} />
          <CandidateFilters view={view} onChange={change} />
        </div>
        <CandidateList
          view={view}
          onSort={sortBy}
          onClearFilters={() =>
            setSearchParams(writeListView({ ...readListView(new URLSearchParams()), sort: view.sort, order: view.order }), {
              replace: true,
            })
          }
          canEdit={canEdit}
        />
      </section>
    </>
  );
}
