import { panelDifferences, type PanelRating } from '@loopboard/domain-scoring';
import type { EntityManager } from 'typeorm';

/**
 * Rewrites one application's aggregates from its submitted scorecards, inside the caller's
 * transaction (which holds the application row FOR UPDATE, so recomputes of one application
 * serialize): the per-competency sums of the raw leaderboard, the application's calibration
 * contributions (panelDifferences, the domain's definition), and each interviewer's running
 * totals by the delta, updated in interviewer id order so concurrent recomputes do not deadlock.
 */
export async function recomputeApplicationAggregates(tx: EntityManager, applicationId: string): Promise<void> {
  await tx.query(`DELETE FROM application_competency_score WHERE application_id = $1`, [applicationId]);
  await tx.query(
    `INSERT INTO application_competency_score (application_id, competency_key, rating_sum, rating_count)
     SELECT s.application_id, r.competency_key, sum(r.rating)::int, count(*)::int
       FROM scorecard s JOIN scorecard_rating r ON r.scorecard_id = s.id
      WHERE s.application_id = $1 AND s.status = 'submitted' AND r.rating IS NOT NULL
      GROUP BY s.application_id, r.competency_key`,
    [applicationId],
  );

  await refreshApplicationScores(tx, { applicationId });
  await tx.query(`DELETE FROM submitted_rating WHERE application_id = $1`, [applicationId]);
  await tx.query(
    `INSERT INTO submitted_rating (scorecard_id, competency_key, application_id, opening_id, interviewer_id, rating)
     SELECT s.id, r.competency_key, s.application_id, a.opening_id, s.interviewer_id, r.rating
       FROM scorecard s JOIN scorecard_rating r ON r.scorecard_id = s.id JOIN application a ON a.id = s.application_id
      WHERE s.application_id = $1 AND s.status = 'submitted' AND r.rating IS NOT NULL`,
    [applicationId],
  );

  const ratings: { interviewer_id: string; competency_key: string; rating: number }[] = await tx.query(
    `SELECT s.interviewer_id, r.competency_key, r.rating
       FROM scorecard s JOIN scorecard_rating r ON r.scorecard_id = s.id
      WHERE s.application_id = $1 AND s.status = 'submitted' AND r.rating IS NOT NULL`,
    [applicationId],
  );
  const panel: PanelRating[] = ratings.map((r) => ({
    applicationId,
    competency: r.competency_key,
    interviewerId: r.interviewer_id,
    rating: r.rating,
  }));
  const next = panelDifferences(panel);
  const old: { interviewer_id: string; diff_sum: number; n: number }[] = (
    await tx.query(`DELETE FROM calibration_contribution WHERE application_id = $1 RETURNING interviewer_id, diff_sum, n`, [applicationId])
  )[0];
  const delta = new Map<string, { sum: number; n: number }>();
  for (const o of old) delta.set(o.interviewer_id, { sum: -o.diff_sum, n: -o.n });
  for (const [id, c] of next) {
    const d = delta.get(id) ?? { sum: 0, n: 0 };
    delta.set(id, { sum: d.sum + c.sum, n: d.n + c.n });
  }
  if (next.size) {
    const ids = [...next.keys()];
    await tx.query(
      `INSERT INTO calibration_contribution (application_id, interviewer_id, diff_sum, n)
       SELECT $1, u.id, u.diff_sum, u.n FROM unnest($2::uuid[], $3::float8[], $4::int[]) AS u(id, diff_sum, n)`,
      [applicationId, ids, ids.map((id) => next.get(id)!.sum), ids.map((id) => next.get(id)!.n)],
    );
  }
  const changed = [...delta.entries()].filter(([, d]) => d.n !== 0 || d.sum !== 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [id, d] of changed) {
    await tx.query(
      `INSERT INTO interviewer_calibration (interviewer_id, diff_sum, n) VALUES ($1, $2, $3)
       ON CONFLICT (interviewer_id) DO UPDATE
         SET diff_sum = CASE WHEN interviewer_calibration.n + EXCLUDED.n = 0 THEN 0 ELSE interviewer_calibration.diff_sum + EXCLUDED.diff_sum END,
             n = interviewer_calibration.n + EXCLUDED.n`,
      [id, d.sum, d.n],
    );
  }
}

/** Decisive recommendations on the 1–4 scale (no_decision has none), as the domain's dissent(). */
const DECISIVE = `CASE s.recommendation WHEN 'definitely_not' THEN 1 WHEN 'no' THEN 2 WHEN 'yes' THEN 3 WHEN 'strong_yes' THEN 4 END`;

/**
 * Rewrites application_score (the raw role-weighted score the leaderboard reads) for one
 * application, every application of an opening or of a role, or all, from
 * application_competency_score and the role's current weights: composite = Σ_covered w·mean /
 * Σ_covered w, coverage = Σ_covered w, dissent = stddev_pop of the decisive recommendations.
 * Runs in the caller's transaction: a submission, an amendment, a weights change, an opening's
 * role change. One set-based statement, so a role of any size is one round trip.
 */
export async function refreshApplicationScores(
  tx: Pick<EntityManager, 'query'>,
  scope: { applicationId: string } | { openingId: string } | { roleId: string } | 'all',
): Promise<void> {
  const [where, params] =
    scope === 'all'
      ? ['true', []]
      : 'applicationId' in scope
        ? ['a.id = $1', [scope.applicationId]]
        : 'openingId' in scope
          ? ['a.opening_id = $1', [scope.openingId]]
          : ['o.role_id = $1', [scope.roleId]];
  await tx.query(
    `WITH target AS (
       SELECT a.id, r.current_version, v.id AS weights_version_id
         FROM application a JOIN opening o ON o.id = a.opening_id JOIN role r ON r.id = o.role_id
         JOIN role_weights_version v ON v.role_id = r.id AND v.version = r.current_version
        WHERE ${where}),
     means AS (
       SELECT t.id, sum(w.weight) AS coverage,
              CASE WHEN sum(w.weight) > 0 THEN greatest(1, least(4, sum(w.weight * acs.rating_sum::float8 / acs.rating_count) / sum(w.weight))) END AS composite,
              jsonb_agg(jsonb_build_object('competency', acs.competency_key, 'mean', acs.rating_sum::float8 / acs.rating_count, 'weight', w.weight)
                        ORDER BY acs.competency_key) AS means
         FROM target t JOIN application_competency_score acs ON acs.application_id = t.id
         JOIN role_weight w ON w.weights_version_id = t.weights_version_id AND w.competency_key = acs.competency_key
        GROUP BY t.id),
     recs AS (
       SELECT t.id, count(*)::int AS submitted, CASE WHEN count(${DECISIVE}) >= 2 THEN stddev_pop(${DECISIVE}) END AS dissent
         FROM target t JOIN scorecard s ON s.application_id = t.id AND s.status = 'submitted'
        GROUP BY t.id)
     INSERT INTO application_score (application_id, weights_version, composite, coverage, dissent, submitted_scorecards, means, updated_at)
     SELECT t.id, t.current_version, m.composite, coalesce(m.coverage, 0), r.dissent, coalesce(r.submitted, 0), coalesce(m.means, '[]'), now()
       FROM target t LEFT JOIN means m ON m.id = t.id LEFT JOIN recs r ON r.id = t.id
      WHERE r.id IS NOT NULL
     ON CONFLICT (application_id) DO UPDATE
        SET weights_version = EXCLUDED.weights_version, composite = EXCLUDED.composite, coverage = EXCLUDED.coverage,
            dissent = EXCLUDED.dissent, submitted_scorecards = EXCLUDED.submitted_scorecards, means = EXCLUDED.means,
            updated_at = EXCLUDED.updated_at`,
    params,
  );
}
