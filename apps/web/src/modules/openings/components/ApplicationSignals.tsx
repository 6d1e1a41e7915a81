import type { ApplicationCandidate } from '@loopboard/contracts';

/** The two signals worth a glance on a card: first-author top-tier papers and the best venue tier. */
export function ApplicationSignals({ candidate }: { candidate: ApplicationCandidate }) {
  return (
    <span className="application-signals">
      <span className="tag" title="First-author papers at top-tier venues">
        {candidate.firstAuthorTopTier} first-author top-tier
      </span>
      <span className="tag tag--muted" title="Best venue tier (1 is the top)">
        {candidate.bestVenueTier === null ? 'no tier' : `best tier ${candidate.bestVenueTier}`}
      </span>
    </span>
  );
}
