/**
 * Generates a realistic hiring pipeline straight into a migrated Loopboard database, with set-based
 * SQL in one transaction (minutes, not hours, at 1M candidates): hiring managers and interviewers
 * (each with a leniency of their own), openings of every role with the role's loop copied,
 * candidates from every source channel, one application each that went as far down its loop as
 * stage attrition and its age let it (with the stage history, time in stage varying), an interview
 * per interview type of every stage it reached, a scorecard per interviewer of each interview
 * (submitted, except some on the current stage that are still due or overdue), rated on the type's
 * focus competencies from the candidate's latent ability plus the interviewer's leniency plus
 * noise, and the per-application aggregates the API maintains on each submission
 * (application_competency_score, calibration_contribution, interviewer_calibration).
 *
 * Used at two sizes of purpose: the scale data sets of the benchmarks (S = 10k candidates,
 * ~100k ratings; M = 100k, ~1M; L = 1M, ~10M) and the small demo pipeline of a first `npm start`.
 * Everything it creates is tagged (users under @<tag>.loopboard.dev), so it can share a database.
 * Deterministic shapes for a given size (setseed).
 */
import type { QueryRunner } from 'typeorm';
import { refreshApplicationScores } from '../scorecards/score-aggregates.js';

export const SCALE_SIZES = {
  S: { candidates: 10_000 },
  M: { candidates: 100_000 },
  L: { candidates: 1_000_000 },
} as const;
export type ScaleSize = keyof typeof SCALE_SIZES;

export interface PipelineDataOptions {
  candidates: number;
  /** Users are created as <name>@<tag>.loopboard.dev. */
  tag: string;
  /** Password hash of every generated user (so a benchmark can sign in as one). */
  passwordHash: string;
  /** Openings per role (default 10). */
  openingsPerRole?: number;
  /** Chance that an application passes a stage on to the next (default 0.72). */
  passRate?: number;
  /** Interviewers to generate (default candidates / 500, at least 24). */
  interviewers?: number;
  /** The hiring manager of every opening (else one generated per role group). */
  hiringManagerId?: string;
  /** Existing interviewers added to every opening's team, and given interviews like the generated ones. */
  teamInterviewerIds?: string[];
  /** "Ada Lovelace" rather than "Ada Lovelace 17" (only for fewer than 576 candidates). */
  plainNames?: boolean;
  /** "Senior ML researcher" rather than "Scale: ML researcher #3". */
  plainTitles?: boolean;
  log?: (line: string) => void;
}

export interface PipelineDataCounts {
  candidates: number;
  applications: number;
  interviews: number;
  scorecards: number;
  ratings: number;
  interviewers: number;
  openings: number;
  seconds: number;
}

const GIVEN = [
  'Ada',
  'Alan',
  'Grace',
  'Yann',
  'Fei',
  'Geoffrey',
  'Daphne',
  'Andrew',
  'Timnit',
  'Joëlle',
  'Kenji',
  'Amara',
  'Kunihiko',
  'Yoshua',
  'Chelsea',
  'Pieter',
  'Anima',
  'Raia',
  'Oriol',
  'Ilya',
  'Jürgen',
  'Emily',
  'Noam',
  'Zoubin',
];
const FAMILY = [
  'Lindgren',
  'Okoye',
  'Haddad',
  'Moreau',
  'Chen',
  'Novak',
  'Ferreira',
  'Nakamura',
  'Adeyemi',
  'Kowalczyk',
  'Rossi',
  'Sato',
  'Müller',
  'Dubois',
  'Petrov',
  'Kim',
  'García',
  'Nilsson',
  'Mensah',
  'Patel',
  'Horvat',
  'Silva',
  'Byrne',
  'Tanaka',
];
const INTERVIEWER_NAMES = [
  'Priya Natarajan',
  'Tom Becker',
  'Lena Fischer',
  'Omar Haddad',
  'Grace Liu',
  'Marco Bianchi',
  'Aisha Bello',
  'Jonas Berg',
  'Elena Popescu',
  'Kofi Asante',
  'Hana Kobayashi',
  'Diego Ramos',
];

/** Runs on the caller's query runner, in one transaction of its own. */
export async function generatePipelineData(runner: QueryRunner, options: PipelineDataOptions): Promise<PipelineDataCounts> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const C = options.candidates;
  const openingsPerRole = options.openingsPerRole ?? 10;
  const passRate = options.passRate ?? 0.72;
  const interviewers = options.interviewers ?? Math.max(24, Math.round(C / 500));
  const domain = `${options.tag}.loopboard.dev`;
  const plainNames = options.plainNames === true && C < GIVEN.length * FAMILY.length;
  const step = async (label: string, sql: string, params: unknown[] = []) => {
    const t = performance.now();
    const result: unknown = await runner.query(sql, params, true);
    const affected = (result as { affected?: number }).affected ?? 0;
    log(`  ${label}: ${affected} rows in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  };
  await runner.startTransaction();
  try {
    await runner.query(`SELECT setseed(0.42)`);
    await runner.query(`SET LOCAL work_mem = '256MB'`);

    await step(
      'users',
      `INSERT INTO app_user (email, name, role, password_hash)
       SELECT 'manager-' || g || '@' || $3, 'Manager ' || g, 'hiring_manager', $1 FROM generate_series(1, 6) g WHERE $4::uuid IS NULL
       UNION ALL
       SELECT 'interviewer-' || g || '@' || $3, coalesce(($5::text[])[g], 'Interviewer ' || g), 'interviewer', $1 FROM generate_series(1, $2::int) g`,
      [options.passwordHash, interviewers, domain, options.hiringManagerId ?? null, INTERVIEWER_NAMES],
    );
    // Each interviewer works for one role group and has a leniency (−0.6 … +0.6 on the 1–4 scale);
    // the existing team interviewers work for every group.
    await step(
      'interviewer profiles',
      `CREATE TEMP TABLE gen_interviewer ON COMMIT DROP AS
       SELECT u.id, (row_number() OVER (ORDER BY u.email, g.k))::int AS n,
              CASE WHEN u.id = ANY($2::uuid[]) THEN g.k END AS grp, (random() * 1.2 - 0.6) AS bias, u.id = ANY($2::uuid[]) AS team
         FROM app_user u CROSS JOIN LATERAL generate_series(0, CASE WHEN u.id = ANY($2::uuid[]) THEN 5 ELSE 0 END) g(k)
        WHERE u.email LIKE 'interviewer-%@' || $1 OR u.id = ANY($2::uuid[])`,
      [domain, options.teamInterviewerIds ?? []],
    );
    await runner.query(`UPDATE gen_interviewer SET grp = (n % 6) WHERE grp IS NULL`);
    await step(
      'openings',
      `INSERT INTO opening (title, role_id, level, headcount, hiring_manager_id, target_date, status, created_at)
       SELECT CASE WHEN $2 THEN initcap(lv) || ' ' || r.name ELSE 'Scale: ' || r.name || ' #' || g END,
              r.id, lv, 1 + g % 3,
              coalesce($3::uuid, (SELECT id FROM app_user WHERE email = 'manager-' || (1 + (r.position % 6)) || '@' || $4)),
              current_date + (45 + g * 14 + r.position * 5), 'open', now() - interval '400 days'
         FROM role r CROSS JOIN generate_series(1, $1::int) g
         CROSS JOIN LATERAL (SELECT (ARRAY['senior','mid','staff','junior','principal'])[1 + (g - 1) % 5] AS lv) l`,
      [openingsPerRole, options.plainTitles === true, options.hiringManagerId ?? null, domain],
    );
    await step(
      'generated openings',
      `CREATE TEMP TABLE gen_opening ON COMMIT DROP AS
       SELECT o.id, (row_number() OVER (ORDER BY o.title, o.id) - 1)::int AS n, (r.position % 6)::int AS grp
         FROM opening o JOIN role r ON r.id = o.role_id
        WHERE NOT EXISTS (SELECT 1 FROM opening_stage s WHERE s.opening_id = o.id)`,
    );
    await step(
      'opening stages',
      `INSERT INTO opening_stage (opening_id, position, name)
       SELECT o.id, s.position, s.name FROM gen_opening g JOIN opening o ON o.id = g.id JOIN role_loop_stage s ON s.role_id = o.role_id`,
    );
    await runner.query(
      `ALTER TABLE gen_opening ADD COLUMN stages int;
       UPDATE gen_opening g SET stages = (SELECT count(*) FROM opening_stage s WHERE s.opening_id = g.id)`,
    );
    await step(
      'opening stage types',
      `INSERT INTO opening_stage_type (stage_id, interview_type_key, position)
       SELECT os.id, rt.interview_type_key, rt.position
         FROM gen_opening g JOIN opening o ON o.id = g.id JOIN opening_stage os ON os.opening_id = o.id
         JOIN role_loop_stage rs ON rs.role_id = o.role_id AND rs.position = os.position
         JOIN role_loop_stage_type rt ON rt.stage_id = rs.id`,
    );
    await step(
      'opening teams',
      `INSERT INTO opening_member (opening_id, kind, user_id, position)
       SELECT o.id, 'interviewer', i.id, row_number() OVER (PARTITION BY o.id ORDER BY i.n)
         FROM gen_opening o JOIN gen_interviewer i ON i.grp = o.grp`,
    );

    await step(
      'candidates',
      `CREATE TEMP TABLE gen_candidate ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, g,
              ($2::text[])[1 + g % ${GIVEN.length}] AS given,
              ($3::text[])[1 + (CASE WHEN $4 THEN g / ${GIVEN.length} + g ELSE g / 7 END) % ${FAMILY.length}] || CASE WHEN $4 THEN '' ELSE ' ' || g END AS family,
              (ARRAY['paper','paper','paper','reimplementation','reimplementation','conference','referral','inbound','inbound','other'])[1 + g % 10] AS channel,
              random() * 365 AS age_days
         FROM generate_series(1, $1::int) g`,
      [C, GIVEN, FAMILY, plainNames],
    );
    await step(
      'candidate rows',
      `INSERT INTO candidate (id, display_name, given_name, family_name, name_key, search_text, emails, affiliations, links, tags, notes, primary_channel, created_at)
       SELECT id, given || ' ' || family, given, family, lower(given || ' ' || family),
              lower(given || ' ' || family || ' ' || lower(replace(family, ' ', '')) || g || '@example.org'),
              ARRAY[lower(replace(given, ' ', '')) || '.' || lower(replace(family, ' ', '')) || '@example.org'],
              ARRAY[(ARRAY['ETH Zürich','Mila','University of Toronto','KAIST','Tsinghua University','INRIA','CMU','University of Cambridge','EPFL','University of Tokyo'])[1 + g % 10]],
              '[]'::jsonb, '{}', '', channel, now() - age_days * interval '1 day'
         FROM gen_candidate`,
    );
    // One application per candidate. It moved on every `pace` days (3–12) while it passed each stage
    // (geometric attrition) and while its age allowed; half of those that stopped early were rejected.
    await step(
      'applications',
      `CREATE TEMP TABLE gen_application ON COMMIT DROP AS
       SELECT x.*, least(x.stages - 1, x.attrition, floor(x.age_days / x.pace)::int) AS reached
         FROM (SELECT gen_random_uuid() AS id, c.id AS candidate_id, o.id AS opening_id, o.stages, o.grp, c.age_days,
                      floor(ln(1 - random()) / ln($1::float8))::int AS attrition, 3 + floor(random() * 10)::int AS pace,
                      (random() * 1.6 - 0.8) AS ability, random() < 0.5 AS rejected, random() AS luck
                 FROM gen_candidate c JOIN gen_opening o ON o.n = (c.g % (SELECT count(*) FROM gen_opening))) x`,
      [passRate],
    );
    await runner.query(
      `ALTER TABLE gen_application ADD COLUMN status varchar(16);
       UPDATE gen_application SET status = CASE
         WHEN reached = stages - 1 AND ability > 0.2 AND luck < 0.6 THEN 'hired'
         WHEN reached < least(stages - 1, floor(age_days / pace)::int) AND rejected THEN 'rejected'
         WHEN reached < least(stages - 1, floor(age_days / pace)::int) AND luck < 0.1 THEN 'withdrawn'
         ELSE 'active' END`,
    );
    const entered = (p: string) => `(now() - a.age_days * interval '1 day' + (${p} * a.pace) * interval '1 day')`;
    await step(
      'application rows',
      `INSERT INTO application (id, candidate_id, opening_id, current_stage_id, status, rejection_reason_key, version, stage_entered_at, created_at, updated_at)
       SELECT a.id, a.candidate_id, a.opening_id, s.id, a.status,
              CASE WHEN a.status = 'rejected' THEN (SELECT key FROM rejection_reason WHERE active ORDER BY position OFFSET (a.reached + (a.luck * 3)::int) % greatest(1, (SELECT count(*) FROM rejection_reason WHERE active)) LIMIT 1) END,
              1 + a.reached, ${entered('a.reached')}, ${entered('0')}, ${entered('a.reached')}
         FROM gen_application a JOIN opening_stage s ON s.opening_id = a.opening_id AND s.position = a.reached`,
    );
    // An opening still hiring has room for one more than it hired: "3 hired of 4", never "3 of 2".
    await step(
      'headcounts',
      `UPDATE opening o SET headcount = greatest(o.headcount, h.hired + 1)
         FROM (SELECT opening_id, count(*)::int AS hired FROM gen_application WHERE status = 'hired' GROUP BY opening_id) h
        WHERE h.opening_id = o.id`,
    );
    await step(
      'application history',
      `INSERT INTO application_event (application_id, at, kind, from_stage_id, to_stage_id, from_status, to_status, reason_key)
       SELECT a.id, ${entered('s.position')}, CASE WHEN s.position = 0 THEN 'created' ELSE 'moved' END,
              prev.id, s.id, CASE WHEN s.position = 0 THEN NULL ELSE 'active' END, 'active', NULL
         FROM gen_application a JOIN opening_stage s ON s.opening_id = a.opening_id AND s.position <= a.reached
         LEFT JOIN opening_stage prev ON prev.opening_id = a.opening_id AND prev.position = s.position - 1
       UNION ALL
       SELECT a.id, least(now(), ${entered('a.reached + 0.8')}), CASE a.status WHEN 'hired' THEN 'hired' WHEN 'rejected' THEN 'rejected' ELSE 'withdrawn' END,
              s.id, s.id, 'active', a.status, ap.rejection_reason_key
         FROM gen_application a JOIN application ap ON ap.id = a.id JOIN opening_stage s ON s.id = ap.current_stage_id
        WHERE a.status <> 'active'`,
    );
    // An interview per interview type of every stage reached, a day after entering it, with one or
    // two interviewers of the role group.
    await step(
      'interviews',
      `CREATE TEMP TABLE gen_interview ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, a.id AS application_id, s.id AS stage_id, st.interview_type_key,
              ${entered('s.position')} + interval '1 day' + (st.position * interval '2 hours') AS starts_at, a.ability, a.grp,
              s.position = a.reached AND a.status = 'active' AS current,
              CASE WHEN random() < 0.75 THEN 2 ELSE 1 END AS panel, floor(random() * 1000)::int AS pick
         FROM gen_application a
         JOIN opening_stage s ON s.opening_id = a.opening_id AND s.position <= a.reached
         JOIN opening_stage_type st ON st.stage_id = s.id`,
    );
    await step(
      'interview rows',
      `INSERT INTO interview (id, application_id, stage_id, interview_type_key, starts_at, duration_minutes, scorecard_due_at, status)
       SELECT id, application_id, stage_id, interview_type_key, starts_at, 60, starts_at + interval '2 days', 'scheduled' FROM gen_interview`,
    );
    await runner.query(
      `CREATE TEMP TABLE gen_group_size ON COMMIT DROP AS
       SELECT grp, count(*)::int AS size, array_agg(id ORDER BY n) AS ids, array_agg(bias ORDER BY n) AS biases FROM gen_interviewer WHERE NOT team GROUP BY grp`,
    );
    await step(
      'panels',
      `CREATE TEMP TABLE gen_panel ON COMMIT DROP AS
       SELECT DISTINCT ON (v.id, gs.ids[1 + (v.pick + k * 7) % gs.size])
              v.id AS interview_id, v.application_id, v.interview_type_key, v.ability, v.starts_at, v.current,
              gs.ids[1 + (v.pick + k * 7) % gs.size] AS interviewer_id, gs.biases[1 + (v.pick + k * 7) % gs.size] AS bias, k AS position
         FROM gen_interview v JOIN gen_group_size gs ON gs.grp = v.grp CROSS JOIN LATERAL generate_series(1, v.panel) k`,
    );
    // The existing team interviewers sit on one interview in twelve.
    await step(
      'team panels',
      `INSERT INTO gen_panel
       SELECT v.id, v.application_id, v.interview_type_key, v.ability, v.starts_at, v.current, t.id, t.bias, 3
         FROM gen_interview v JOIN gen_interviewer t ON t.team AND t.grp = v.grp
        WHERE random() < 1.0 / 12`,
    );
    await step(
      'interviewer rows',
      `INSERT INTO interview_interviewer (interview_id, user_id, position) SELECT interview_id, interviewer_id, position FROM gen_panel`,
    );
    // Past interviews have their scorecards; on the current stage a third are still to be written.
    await step(
      'scorecards',
      `CREATE TEMP TABLE gen_scorecard ON COMMIT DROP AS
       SELECT gen_random_uuid() AS id, p.*, (p.ability + p.bias + random() * 0.8 - 0.4) AS leaning
         FROM gen_panel p WHERE p.starts_at < now() AND NOT (p.current AND random() < 0.35)`,
    );
    await step(
      'scorecard rows',
      `INSERT INTO scorecard (id, interview_id, interviewer_id, application_id, status, recommendation, version, created_at, updated_at, submitted_at)
       SELECT id, interview_id, interviewer_id, application_id, 'submitted',
              CASE WHEN random() < 0.06 THEN 'no_decision'
                   WHEN leaning < -0.6 THEN 'definitely_not' WHEN leaning < 0 THEN 'no'
                   WHEN leaning < 0.6 THEN 'yes' ELSE 'strong_yes' END,
              2, starts_at + interval '2 hours', starts_at + interval '3 hours', least(now(), starts_at + interval '3 hours')
         FROM gen_scorecard`,
    );
    await step(
      'ratings',
      `INSERT INTO scorecard_rating (scorecard_id, competency_key, rating, evidence, position)
       SELECT s.id, tc.competency_key,
              CASE WHEN random() < 0.04 THEN NULL
                   ELSE greatest(1, least(4, round(2.5 + s.ability + s.bias + random() * 1.2 - 0.6)))::smallint END,
              (ARRAY['Explained the trade-offs clearly and checked the edge cases.',
                     'Needed hints to get started; the final answer was partly right.',
                     'Strong, well-structured answer with a correct derivation.',
                     'Struggled to connect the approach to the data at hand.'])[1 + floor(random() * 4)::int],
              tc.position
         FROM gen_scorecard s JOIN interview_type_competency tc ON tc.interview_type_key = s.interview_type_key`,
    );
    await rebuildScoreAggregates(step);
    const t = performance.now();
    await refreshApplicationScores(runner, 'all');
    log(`  application_score: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await runner.commitTransaction();
  } catch (error) {
    await runner.rollbackTransaction();
    throw error;
  }
  // Fresh statistics, and the visibility map the index-only scans of the leaderboard rely on.
  await runner.query('VACUUM ANALYZE');
  const [counts]: Omit<PipelineDataCounts, 'seconds'>[] = await runner.query(
    `SELECT (SELECT count(*) FROM candidate)::int AS candidates, (SELECT count(*) FROM application)::int AS applications,
            (SELECT count(*) FROM interview)::int AS interviews, (SELECT count(*) FROM scorecard)::int AS scorecards,
            (SELECT count(*) FROM scorecard_rating WHERE rating IS NOT NULL)::int AS ratings,
            (SELECT count(*) FROM app_user WHERE role = 'interviewer')::int AS interviewers,
            (SELECT count(*) FROM opening)::int AS openings`,
  );
  return { ...counts!, seconds: (performance.now() - started) / 1000 };
}

type Step = (label: string, sql: string, params?: unknown[]) => Promise<void>;

/**
 * Rebuilds, for every application, what the API maintains on each submission: the per-competency
 * sums of submitted ratings, and the calibration contributions (each rating minus the mean of the
 * other interviewers' ratings on the same application and competency), summed per interviewer.
 */
export async function rebuildScoreAggregates(step: Step): Promise<void> {
  await step(
    'clear aggregates',
    `TRUNCATE application_competency_score, calibration_contribution, interviewer_calibration, application_score, submitted_rating`,
  );
  await step(
    'application_competency_score',
    `INSERT INTO application_competency_score (application_id, competency_key, rating_sum, rating_count)
     SELECT s.application_id, r.competency_key, sum(r.rating), count(r.rating)
       FROM scorecard s JOIN scorecard_rating r ON r.scorecard_id = s.id
      WHERE s.status = 'submitted' AND r.rating IS NOT NULL
      GROUP BY 1, 2`,
  );
  await step(
    'submitted_rating',
    `INSERT INTO submitted_rating (scorecard_id, competency_key, application_id, opening_id, interviewer_id, rating)
     SELECT s.id, r.competency_key, s.application_id, a.opening_id, s.interviewer_id, r.rating
       FROM scorecard s JOIN scorecard_rating r ON r.scorecard_id = s.id JOIN application a ON a.id = s.application_id
      WHERE s.status = 'submitted' AND r.rating IS NOT NULL`,
  );
  await step(
    'calibration_contribution',
    `WITH own AS (
       SELECT s.application_id, r.competency_key, s.interviewer_id, sum(r.rating)::float8 AS own_sum, count(*)::int AS own_n
         FROM scorecard s JOIN scorecard_rating r ON r.scorecard_id = s.id
        WHERE s.status = 'submitted' AND r.rating IS NOT NULL
        GROUP BY 1, 2, 3),
     cell AS (
       SELECT application_id, competency_key, sum(own_sum) AS cell_sum, sum(own_n)::int AS cell_n, count(*) AS raters
         FROM own GROUP BY 1, 2)
     INSERT INTO calibration_contribution (application_id, interviewer_id, diff_sum, n)
     SELECT o.application_id, o.interviewer_id,
            sum(o.own_sum - o.own_n * (c.cell_sum - o.own_sum) / (c.cell_n - o.own_n)), sum(o.own_n)
       FROM own o JOIN cell c USING (application_id, competency_key)
      WHERE c.raters >= 2
      GROUP BY 1, 2`,
  );
  await step(
    'interviewer_calibration',
    `INSERT INTO interviewer_calibration (interviewer_id, diff_sum, n)
     SELECT interviewer_id, sum(diff_sum), sum(n) FROM calibration_contribution GROUP BY 1`,
  );
}
