import type { DuplicateCandidateRef, DuplicatePair } from '@loopboard/contracts';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { canEditCandidates } from '../modules/candidates/utils/candidateAccess';
import { DuplicateActionErrorAlert } from '../modules/duplicates/components/DuplicateActionErrorAlert';
import { DuplicatePairCard } from '../modules/duplicates/components/DuplicatePairCard';
import { useDismissDuplicate } from '../modules/duplicates/hooks/useDismissDuplicate';
import { useDuplicates } from '../modules/duplicates/hooks/useDuplicates';
import { useMergeCandidates } from '../modules/duplicates/hooks/useMergeCandidates';
import { BackLink } from '../modules/ui/components/BackLink';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

interface Outcome {
  message: string;
  /** The candidate to open after a merge. */
  link?: { to: string; label: string };
}

export function DuplicatesPage() {
  const duplicates = useDuplicates();
  const canEdit = canEditCandidates(useCurrentUser());
  const merge = useMergeCandidates();
  const dismiss = useDismissDuplicate();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [failure, setFailure] = useState<{ error: unknown; action: string } | null>(null);
  // Pairs with a merge or dismissal on its way. Per pair, not the shared mutation's `variables`,
  // which only know the latest call: two pairs acted on at once both stay busy until each is done.
  const [busyPairs, setBusyPairs] = useState<ReadonlySet<string>>(() => new Set());
  const statusRef = useRef<HTMLParagraphElement>(null);

  // After a merge or dismissal the pair is gone (and focus with it): move focus to what happened.
  useEffect(() => {
    if (outcome) statusRef.current?.focus();
  }, [outcome]);

  if (isForbidden(duplicates.error)) return <NoAccess audience="recruiters, hiring managers and admins" />;

  function markBusy(pairId: string, busy: boolean) {
    setBusyPairs((current) => {
      const next = new Set(current);
      if (busy) next.add(pairId);
      else next.delete(pairId);
      return next;
    });
  }

  function start(pairId: string) {
    setOutcome(null);
    setFailure(null);
    markBusy(pairId, true);
  }

  function mergePair(pair: DuplicatePair, target: DuplicateCandidateRef, source: DuplicateCandidateRef) {
    start(pair.id);
    return merge
      .mutateAsync({ targetId: target.id, targetVersion: target.version, sourceId: source.id, sourceVersion: source.version })
      .finally(() => markBusy(pair.id, false))
      .then(
        (merged) =>
          setOutcome({
            message: `Merged ${source.displayName} into ${merged.displayName}. `,
            link: { to: `/candidates/${merged.id}`, label: `Open ${merged.displayName}` },
          }),
        (error: unknown) => setFailure({ error, action: `Merging ${source.displayName} into ${target.displayName}` }),
      );
  }

  function dismissPair(pair: DuplicatePair) {
    start(pair.id);
    return dismiss
      .mutateAsync({ aId: pair.a.id, bId: pair.b.id })
      .finally(() => markBusy(pair.id, false))
      .then(
        () =>
          setOutcome({
            message: `Marked ${pair.a.displayName} and ${pair.b.displayName} as different people; they will not be suggested again.`,
          }),
        (error: unknown) => setFailure({ error, action: `Dismissing ${pair.a.displayName} and ${pair.b.displayName}` }),
      );
  }

  let list;
  if (duplicates.isError && !duplicates.data) {
    list = (
      <ErrorState
        title="The suggested duplicates could not be loaded."
        error={duplicates.error}
        onRetry={() => void duplicates.refetch()}
        retrying={duplicates.isFetching}
      />
    );
  } else if (!duplicates.data) {
    list = <LoadingState label="Loading suggested duplicates…" />;
  } else {
    const pairs = duplicates.data.pages.flatMap((page) => page.items);
    list =
      pairs.length === 0 ? (
        <EmptyState title="No suggested duplicates">
          <p>Every candidate looks like a different person. New suggestions appear here when names match.</p>
        </EmptyState>
      ) : (
        <>
          <div className="duplicate-list" aria-busy={duplicates.isFetching && !duplicates.isFetchingNextPage}>
            {pairs.map((pair) => (
              <DuplicatePairCard
                key={pair.id}
                pair={pair}
                canEdit={canEdit}
                busy={busyPairs.has(pair.id)}
                onMerge={(target, source) => mergePair(pair, target, source)}
                onDismiss={() => dismissPair(pair)}
              />
            ))}
          </div>
          {duplicates.isFetchNextPageError && (
            <div className="alert alert--error" role="alert">
              <p>More suggestions could not be loaded. {duplicates.error instanceof Error ? duplicates.error.message : ''}</p>
            </div>
          )}
          {duplicates.hasNextPage && (
            <div className="form-actions">
              <button
                type="button"
                className="button"
                onClick={() => void duplicates.fetchNextPage()}
                disabled={duplicates.isFetchingNextPage}
              >
                {duplicates.isFetchingNextPage ? 'Loading more…' : 'Load more'}
              </button>
            </div>
          )}
        </>
      );
  }

  return (
    <>
      <title>Suggested duplicates · Loopboard</title>
      <BackLink to="/candidates" label="All candidates" />
      <div className="page-header">
        <h1>Suggested duplicates</h1>
        <p className="lead">
          {canEdit
            ? 'Candidates whose names suggest they may be the same person. A name alone is never proof: compare the details, then merge the pair or mark them as different people.'
            : 'Candidates whose names suggest they may be the same person. Recruiters and admins review these pairs and merge them or mark them as different people.'}
        </p>
      </div>
      <p role="status" className="page-status" ref={statusRef} tabIndex={-1}>
        {outcome && (
          <>
            {outcome.message}
            {outcome.link && <Link to={outcome.link.to}>{outcome.link.label}</Link>}
          </>
        )}
      </p>
      {failure && <DuplicateActionErrorAlert error={failure.error} action={failure.action} />}
      {list}
    </>
  );
}
