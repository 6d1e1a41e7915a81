import type { CandidateSort, CandidateSummary, SortOrder } from '@loopboard/contracts';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { CandidateRow } from './CandidateRow';
import { SortableHeader } from './SortableHeader';

interface CandidatesTableProps {
  candidates: CandidateSummary[];
  sort: CandidateSort;
  order: SortOrder;
  onSort: (sort: CandidateSort) => void;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  /** The rows shown are the previous view's while the new one loads. */
  busy: boolean;
}

/** Row height in pixels; fixed, so the virtualizer never has to measure. Matches `.candidate-row` in styles.css. */
export const CANDIDATE_ROW_HEIGHT = 56;
// Rows rendered beyond the visible ones, so fast scrolling and Tab through links rarely reach an unrendered row.
// Every rendered row is laid out again whenever the rows change (each scroll frame), so no more than needed.
const OVERSCAN = 5;
// The box's largest height (styles.css: min(70vh, 42rem) = 672 px at most); past it the box is full.
const FULL_BOX_PX = 672;
// Ask for the next page this many rows before the end, so it is usually there before it is needed.
const LOAD_AHEAD = 15;

/**
 * A real table whose body only renders the rows near the viewport, with spacer rows
 * standing in for the rest: thousands of candidates scroll as smoothly as fifty.
 */
export function CandidatesTable({
  candidates,
  sort,
  order,
  onSort,
  hasNextPage,
  isFetchingNextPage,
  onLoadMore,
  busy,
}: CandidatesTableProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: candidates.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CANDIDATE_ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const rows = virtualizer.getVirtualItems();
  const lastRendered = rows.length > 0 ? rows[rows.length - 1].index : -1;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !busy && lastRendered >= candidates.length - LOAD_AHEAD) onLoadMore();
  }, [lastRendered, candidates.length, hasNextPage, isFetchingNextPage, busy, onLoadMore]);

  const paddingTop = rows.length > 0 ? rows[0].start : 0;
  // More rows than the box shows (with the header): the box takes its full height and contains its layout.
  const full = (candidates.length + 1) * CANDIDATE_ROW_HEIGHT > FULL_BOX_PX;
  const paddingBottom = rows.length > 0 ? virtualizer.getTotalSize() - rows[rows.length - 1].end : 0;

  return (
    <>
      {/* Focusable, so keyboard users can scroll it with the arrow keys. */}
      <div
        ref={scrollRef}
        className={full ? 'candidate-scroll candidate-scroll--full' : 'candidate-scroll'}
        tabIndex={0}
        role="region"
        aria-label="Candidate list"
      >
        <table className="data-table candidate-table" aria-rowcount={candidates.length + 1} aria-busy={busy || undefined}>
          <caption className="visually-hidden">Candidates</caption>
          <colgroup>
            <col className="candidate-table__name" />
            <col className="candidate-table__affiliation" />
            <col className="candidate-table__channel" />
            <col className="candidate-table__added" />
            <col className="candidate-table__number" />
            <col className="candidate-table__number" />
            <col className="candidate-table__tier" />
            <col className="candidate-table__number" />
          </colgroup>
          <thead>
            <tr aria-rowindex={1}>
              <SortableHeader label="Name" sort="name" current={sort} order={order} onSort={onSort} />
              <th scope="col">Affiliation</th>
              <th scope="col">Channel</th>
              <SortableHeader label="Added" sort="createdAt" current={sort} order={order} onSort={onSort} />
              <SortableHeader
                label="First-author top-tier"
                sort="firstAuthorTopTier"
                current={sort}
                order={order}
                onSort={onSort}
                className="numeric"
              />
              <SortableHeader
                label="Credit-adjusted papers"
                sort="creditAdjusted"
                current={sort}
                order={order}
                onSort={onSort}
                className="numeric"
              />
              <th scope="col">Best tier</th>
              <th scope="col" className="numeric">
                Reproduced re-implementations
              </th>
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 && (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={8} style={{ height: paddingTop }} />
              </tr>
            )}
            {rows.map((row) => (
              <CandidateRow key={candidates[row.index].id} candidate={candidates[row.index]} rowIndex={row.index + 2} />
            ))}
            {paddingBottom > 0 && (
              <tr aria-hidden="true" className="spacer-row">
                <td colSpan={8} style={{ height: paddingBottom }} />
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <div className="candidate-list-footer">
        <p className="muted" aria-live="polite">
          {isFetchingNextPage
            ? 'Loading more candidates…'
            : `Showing ${candidates.length} ${candidates.length === 1 ? 'candidate' : 'candidates'}${hasNextPage ? ', more below' : ''}`}
        </p>
        {hasNextPage && (
          <button type="button" className="button" onClick={onLoadMore} disabled={isFetchingNextPage}>
            Load more candidates
          </button>
        )}
      </div>
    </>
  );
}
