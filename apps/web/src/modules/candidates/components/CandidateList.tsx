import type { CandidateSort } from '@loopboard/contracts';
import { useCallback } from 'react';
import { EmptyState } from '../../ui/components/EmptyState';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useCandidates } from '../hooks/useCandidates';
import { isFiltered, toCandidateQuery, type CandidateListView } from '../utils/candidateListParams';
import { CandidatesTable } from './CandidatesTable';
import { ErrorAlert } from '../../ui/components/ErrorAlert';

interface CandidateListProps {
  view: CandidateListView;
  onSort: (sort: CandidateSort) => void;
  onClearFilters: () => void;
  canEdit: boolean;
}

export function CandidateList({ view, onSort, onClearFilters, canEdit }: CandidateListProps) {
  const list = useCandidates(toCandidateQuery(view));
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  const loadMore = useCallback(() => {
    if (hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (list.isError && !list.data) {
    return (
      <ErrorState
        title="The candidates could not be loaded."
        error={list.error}
        onRetry={() => void list.refetch()}
        retrying={list.isFetching}
      />
    );
  }
  if (!list.data) return <LoadingState label="Loading candidates…" />;

  const candidates = list.data.pages.flatMap((page) => page.items);
  if (candidates.length === 0) {
    return isFiltered(view) ? (
      <EmptyState title="No candidates match these filters.">
        <button type="button" className="button" onClick={onClearFilters}>
          Clear search and filters
        </button>
      </EmptyState>
    ) : (
      <EmptyState title="No candidates yet.">
        <p>
          {canEdit ? 'Add the first one with “Add candidate” above.' : 'Recruiters and admins add candidates; they will be listed here.'}
        </p>
      </EmptyState>
    );
  }

  return (
    <>
      {list.isFetchNextPageError && (
        <ErrorAlert>
          <p>More candidates could not be loaded. {list.error instanceof Error ? list.error.message : ''}</p>
        </ErrorAlert>
      )}
      <CandidatesTable
        candidates={candidates}
        sort={view.sort}
        order={view.order}
        onSort={onSort}
        hasNextPage={hasNextPage}
        isFetchingNextPage={isFetchingNextPage}
        onLoadMore={loadMore}
        busy={list.isPlaceholderData}
      />
    </>
  );
}
