/**
 * The signal rules as SQL fragments, shared by the list, the profile and its
 * explanation so that the numbers and the papers said to count never disagree.
 * Each expects `candidate c` in scope (SIGNALS_JOIN) or `paper p` (the others).
 */

/** Rejected, withdrawn and preprint papers never count: they have not passed review. */
export const COUNTED_PAPER = `p.acceptance NOT IN ('rejected', 'withdrawn', 'preprint')`;

/**
 * Authors of a paper for the 1/n credit: the stated count, but never fewer than
 * the named authors, because a list cut short with "and others" may understate it.
 */
export const AUTHOR_COUNT = `GREATEST(p.author_count, (SELECT count(*) FROM paper_author n WHERE n.paper_id = p.id))::int`;

/** First author of a counted paper at a tier-1 venue (`vt` is the paper's venue_tier row). */
export const FIRST_AUTHOR_TOP_TIER = `(pa.position = 1 AND vt.tier = 1 AND ${COUNTED_PAPER})`;

/** Per candidate: first-author tier-1 papers, Σ 1/authors (CSRankings), best tier, reproduced re-implementations. */
export const SIGNALS_JOIN = `
  LEFT JOIN LATERAL (
    SELECT count(*) FILTER (WHERE pa.position = 1 AND vt.tier = 1)::int AS first_author_top_tier,
           COALESCE(round(sum(1.0 / ${AUTHOR_COUNT}), 6), 0) AS credit_adjusted,
           min(vt.tier)::int AS best_venue_tier
      FROM paper_author pa
      JOIN paper p ON p.id = pa.paper_id
      LEFT JOIN venue_tier vt ON vt.venue = p.venue
     WHERE pa.candidate_id = c.id AND ${COUNTED_PAPER}
  ) s ON true
  LEFT JOIN LATERAL (
    SELECT count(*)::int AS reproduced_reimplementations
      FROM reimplementation_author ra
      JOIN reimplementation r ON r.id = ra.reimplementation_id
     WHERE ra.candidate_id = c.id AND r.reproduced
  ) ri ON true`;

export const SIGNAL_COLUMNS = `s.first_author_top_tier, s.credit_adjusted, s.best_venue_tier, ri.reproduced_reimplementations`;

export const SIGNAL_RULES = [
  'First-author top tier: papers with the candidate as first author at a tier-1 venue, excluding rejected, withdrawn and preprint ones.',
  'Credit-adjusted papers: each counted paper adds 1/number of authors (CSRankings method); a list cut short with "and others" counts at least its named authors.',
  'Best venue tier: the best (lowest) tier among venues of counted papers; venues missing from the venue table have no tier.',
  'Reproduced re-implementations: repositories by the candidate that reproduced the paper’s results.',
  'Counted papers exclude rejected, withdrawn and preprint ones. Raw paper count is not a signal.',
];

/**
 * The same signals as stored in candidate_signal (kept current by triggers), for lists:
 * sorting or filtering 100k candidates by a signal is then an index scan, not 100k aggregates.
 */
export const STORED_SIGNALS_JOIN = `JOIN candidate_signal s ON s.candidate_id = c.id`;
export const STORED_SIGNAL_COLUMNS = `s.first_author_top_tier, s.credit_adjusted, s.best_venue_tier, s.reproduced_reimplementations`;
