import { useSearchParams } from 'react-router';
import { AuditChainCheck } from '../modules/audit/components/AuditChainCheck';
import { AuditFiltersForm } from '../modules/audit/components/AuditFiltersForm';
import { AuditTable } from '../modules/audit/components/AuditTable';
import { useAuditEntries } from '../modules/audit/hooks/useAuditEntries';
import { filtersFromSearchParams, filtersToQuery, filtersToSearchParams, type AuditFilters } from '../modules/audit/utils/auditFilters';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';
import { ErrorAlert } from '../modules/ui/components/ErrorAlert';

export function AuditPage() {
  // The filters live in the URL so a filtered view can be reloaded, bookmarked and shared.
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearchParams(searchParams);
  const filterKey = filtersToSearchParams(filters).toString();
  const entries = useAuditEntries(filtersToQuery(filters));

  if (isForbidden(entries.error)) return <NoAccess />;

  const apply = (next: AuditFilters) => setSearchParams(filtersToSearchParams(next));

  let content;
  if (entries.isError && !entries.data) {
    content = (
      <ErrorState
        title="The audit log could not be loaded."
        error={entries.error}
        onRetry={() => void entries.refetch()}
        retrying={entries.isFetching}
      />
    );
  } else if (!entries.data) {
    content = <LoadingState label="Loading audit entries…" />;
  } else {
    const items = entries.data.pages.flatMap((page) => page.items);
    content =
      items.length === 0 ? (
        <EmptyState title="No audit entries match these filters." />
      ) : (
        <>
          <AuditTable entries={items} />
          {entries.isFetchNextPageError && (
            <ErrorAlert>
              <p>{`More entries could not be loaded: ${entries.error?.message ?? 'unknown error'}`}</p>
            </ErrorAlert>
          )}
          <div className="form-actions">
            {entries.hasNextPage && (
              <button type="button" className="button" onClick={() => void entries.fetchNextPage()} disabled={entries.isFetchingNextPage}>
                {entries.isFetchingNextPage ? 'Loading more…' : 'Load more'}
              </button>
            )}
            <span className="hint">{`Showing ${items.length} ${items.length === 1 ? 'entry' : 'entries'}${entries.hasNextPage ? '' : ', all that match'}.`}</span>
          </div>
        </>
      );
  }

  return (
    <>
      <title>Audit log · Loopboard</title>
      <div className="page-header">
        <h1>Audit log</h1>
        <p className="lead">
          Every sign-in, change to a user and change to role weights, with who did it. Entries cannot be edited or removed, and the hash
          chain shows whether anyone tried.
        </p>
        <AuditChainCheck />
      </div>
      <section className="card audit-filters-card" aria-label="Filters">
        <AuditFiltersForm key={filterKey} filters={filters} onApply={apply} />
      </section>
      <section className="card" aria-label="Audit entries">
        {content}
      </section>
    </>
  );
}
