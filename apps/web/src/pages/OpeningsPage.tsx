import { OPENING_STATUSES, type OpeningDetail, type OpeningStatus } from '@loopboard/contracts';
import { useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { NewOpeningForm } from '../modules/openings/components/NewOpeningForm';
import { OpeningsTable } from '../modules/openings/components/OpeningsTable';
import { useOpenings } from '../modules/openings/hooks/useOpenings';
import { canEditPipeline } from '../modules/openings/utils/openingAccess';
import { OPENING_STATUS_LABELS } from '../modules/openings/utils/openingVocabulary';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';
import '../modules/openings/components/openings.css';

function readStatus(params: URLSearchParams): OpeningStatus | undefined {
  const status = params.get('status');
  return (OPENING_STATUSES as readonly string[]).includes(status ?? '') ? (status as OpeningStatus) : undefined;
}

export function OpeningsPage() {
  const filterId = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const status = readStatus(searchParams);
  const canEdit = canEditPipeline(useCurrentUser());
  const [adding, setAdding] = useState(false);
  const [created, setCreated] = useState<OpeningDetail | null>(null);
  const openings = useOpenings({ status });
  const items = useMemo(() => openings.data?.pages.flatMap((page) => page.items) ?? [], [openings.data]);

  return (
    <>
      <title>Openings · Loopboard</title>
      <div className="page-header page-header--with-action">
        <div>
          <h1>Openings</h1>
          <p className="lead">The roles being filled, each with its own interview loop and pipeline.</p>
        </div>
        {canEdit && (
          <button
            type="button"
            className="button button--primary"
            aria-expanded={adding}
            aria-controls="new-opening"
            onClick={() => {
              setAdding((open) => !open);
              setCreated(null);
            }}
          >
            New opening
          </button>
        )}
      </div>
      <p role="status" className="page-status">
        {created && (
          <>
            {`Created ${created.title}. `}
            <Link to={`/openings/${created.id}`}>Open its pipeline</Link>
          </>
        )}
      </p>
      {canEdit && adding && (
        <section className="card" id="new-opening" aria-labelledby="new-opening-heading">
          <h2 id="new-opening-heading">New opening</h2>
          <NewOpeningForm
            onCreated={(opening) => {
              setAdding(false);
              setCreated(opening);
            }}
            onCancel={() => setAdding(false)}
          />
        </section>
      )}
      <section className="card" aria-label="Openings">
        <div className="field opening-filter">
          <label htmlFor={filterId}>Status</label>
          <select
            id={filterId}
            value={status ?? ''}
            onChange={(event) =>
              setSearchParams(event.target.value ? { status: event.target.value } : {}, {
                replace: true,
              })
            }
          >
            <option value="">Any status</option>
            {OPENING_STATUSES.map((option) => (
              <option key={option} value={option}>
                {OPENING_STATUS_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        {openings.isPending ? (
          <LoadingState label="Loading openings…" />
        ) : openings.isError && !openings.data ? (
          <ErrorState title="The openings could not be loaded." error={openings.error} onRetry={() => void openings.refetch()} />
        ) : items.length === 0 ? (
          <EmptyState title={status ? `No ${OPENING_STATUS_LABELS[status].toLowerCase()} openings.` : 'No openings yet.'}>
            {canEdit && !status && <p>Create one with “New opening”.</p>}
          </EmptyState>
        ) : (
          <>
            <OpeningsTable openings={items} busy={openings.isPlaceholderData} />
            {openings.hasNextPage && (
              <div className="form-actions">
                <button
                  type="button"
                  className="button"
                  disabled={openings.isFetchingNextPage}
                  onClick={() => void openings.fetchNextPage()}
                >
                  {openings.isFetchingNextPage ? 'Loading…' : 'Load more'}
                </button>
              </div>
            )}
          </>
        )}
      </section>
    </>
  );
}
