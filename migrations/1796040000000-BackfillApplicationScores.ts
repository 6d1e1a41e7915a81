import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * ApplicationScore created application_score empty: on a database that already held submitted
 * scorecards, those applications had no kept score until their next submission or weights change,
 * so the leaderboard listed them unscored. Found by the migration check on a database holding data.
 * Fills the missing rows with the statement `refreshApplicationScores` runs (score-aggregates.ts),
 * copied here so this migration stays what it was when the app code changes. Rows already kept are
 * left alone. Down has nothing to undo: the rows are derived from the scorecards.
 */
export class BackfillApplicationScores1796040000000 implements MigrationInterface {
    name = 'BackfillApplicationScores1796040000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            WITH target AS (
              SELECT a.id, r.current_version, v.id AS weights_version_id
                FROM application a JOIN opening o ON o.id = a.opening_id JOIN role r ON r.id = o.role_id
                JOIN role_weights_version v ON v.role_id = r.id AND v.version = r.current_version
               WHERE NOT EXISTS (SELECT 1 FROM application_score x WHERE x.application_id = a.id)),
            means AS (
              SELECT t.id, sum(w.weight) AS coverage,
                     CASE WHEN sum(w.weight) > 0 THEN greatest(1, least(4, sum(w.weight * acs.rating_sum::float8 / acs.rating_count) / sum(w.weight))) END AS composite,
                     jsonb_agg(jsonb_build_object('competency', acs.competency_key, 'mean', acs.rating_sum::float8 / acs.rating_count, 'weight', w.weight)
                               ORDER BY acs.competency_key) AS means
                FROM target t JOIN application_competency_score acs ON acs.application_id = t.id
                JOIN role_weight w ON w.weights_version_id = t.weights_version_id AND w.competency_key = acs.competency_key
               GROUP BY t.id),
            recs AS (
              SELECT t.id, count(*)::int AS submitted,
                     CASE WHEN count(d.value) >= 2 THEN stddev_pop(d.value) END AS dissent
                FROM target t JOIN scorecard s ON s.application_id = t.id AND s.status = 'submitted'
                CROSS JOIN LATERAL (SELECT CASE s.recommendation WHEN 'definitely_not' THEN 1 WHEN 'no' THEN 2 WHEN 'yes' THEN 3 WHEN 'strong_yes' THEN 4 END AS value) d
               GROUP BY t.id)
            INSERT INTO application_score (application_id, weights_version, composite, coverage, dissent, submitted_scorecards, means, updated_at)
            SELECT t.id, t.current_version, m.composite, coalesce(m.coverage, 0), r.dissent, coalesce(r.submitted, 0), coalesce(m.means, '[]'), now()
              FROM target t LEFT JOIN means m ON m.id = t.id LEFT JOIN recs r ON r.id = t.id
             WHERE r.id IS NOT NULL
            ON CONFLICT (application_id) DO NOTHING
        `);
    }

    public async down(): Promise<void> {
        // Nothing to undo: the rows are derived from the scorecards (ApplicationScore's down drops the table).
    }
}
