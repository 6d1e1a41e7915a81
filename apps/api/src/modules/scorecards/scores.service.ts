import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  COMPETENCY_KEYS,
  ErrorCode,
  RECOMMENDATIONS,
  type ApplicationScore,
  type CalibrationReport,
  type CandidateChannel,
  type CompetencyKey,
  type InterviewerCalibration,
  type Leaderboard,
  type LeaderboardQuery,
  type LeaderboardRow,
  type Recommendation,
  type ScoreView,
  type Weights,
} from '@loopboard/contracts';
import {
  calibrate,
  dissent,
  LENIENCY_SHRINKAGE,
  scoreRatings,
  shrink,
  type CompositeScore,
  type RatingsByCompetency,
} from '@loopboard/domain-scoring';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { RequestContext } from '../auth/actor.js';
import { assertOnOpeningTeam } from '../openings/opening-team.js';
import { assertMaySeeScores, scorecardVisibility } from './scorecard-access.js';
import type { LeaderboardQueryDto } from './scorecards.dto.js';

interface RoleWeights {
  roleId: string;
  version: number;
  weights: Weights;
}

/** The leniency of interviewer_calibration `ic`: (diff_sum / n) × n / (n + k) = diff_sum / (n + k). */
const LENIENCY_SQL = `coalesce(CASE WHEN ic.n > 0 THEN ic.diff_sum / (ic.n + ${LENIENCY_SHRINKAGE}) END, 0)`;

const SORT_SQL: Record<string, string> = {
  composite: 'composite',
  coverage: 'coverage',
  dissent: 'dissent',
  name: 'lower(candidate_name)',
  scorecards: 'submitted_scorecards',
};

/**
 * Scores from submitted scorecards: per application (raw and calibrated, through the domain
 * functions), the leaderboards (SQL returning plain rows, from the per-application aggregates
 * or, calibrated, from the ratings with each interviewer's leniency), and the calibration report.
 */
@Injectable()
export class ScoresService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async applicationScore(ctx: RequestContext, applicationId: string): Promise<ApplicationScore> {
    const tx = this.db.manager;
    const v = await scorecardVisibility(tx, ctx, applicationId);
    assertMaySeeScores(v);
    const [app]: { role_id: string }[] = await tx.query(
      `SELECT o.role_id FROM application a JOIN opening o ON o.id = a.opening_id WHERE a.id = $1`,
      [applicationId],
    );
    const w = await roleWeights(tx, app!.role_id);
    const cards: { recommendation: Recommendation; interviewer_id: string; ratings: { competency: CompetencyKey; rating: number }[] }[] =
      await tx.query(
        `SELECT s.recommendation, s.interviewer_id,
                coalesce((SELECT json_agg(json_build_object('competency', r.competency_key, 'rating', r.rating))
                            FROM scorecard_rating r WHERE r.scorecard_id = s.id AND r.rating IS NOT NULL), '[]') AS ratings
           FROM scorecard s WHERE s.application_id = $1 AND s.status = 'submitted'`,
        [applicationId],
      );
    const calibration: { interviewer_id: string; diff_sum: number; n: number }[] = await tx.query(
      `SELECT interviewer_id, diff_sum, n FROM interviewer_calibration WHERE interviewer_id = ANY($1::uuid[])`,
      [cards.map((c) => c.interviewer_id)],
    );
    const leniency = new Map(calibration.map((c) => [c.interviewer_id, c.n > 0 ? shrink(c.diff_sum / c.n, c.n) : 0]));
    const raw: RatingsByCompetency = {};
    const calibrated: RatingsByCompetency = {};
    for (const card of cards) {
      for (const r of card.ratings) {
        ((raw[r.competency] ??= []) as number[]).push(r.rating);
        ((calibrated[r.competency] ??= []) as number[]).push(calibrate(r.rating, leniency.get(card.interviewer_id) ?? 0));
      }
    }
    const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, 0])) as Record<Recommendation, number>;
    for (const card of cards) recommendations[card.recommendation] += 1;
    return {
      applicationId,
      roleId: w.roleId,
      weightsVersion: w.version,
      weights: w.weights,
      submittedScorecards: cards.length,
      raw: toView(scoreRatings(w.weights, raw)),
      calibrated: toView(scoreRatings(w.weights, calibrated)),
      dissent: dissent(cards.map((c) => c.recommendation)),
      recommendations,
    };
  }

  async openingLeaderboard(ctx: RequestContext, openingId: string, query: LeaderboardQueryDto): Promise<Leaderboard> {
    const [opening]: { id: string; title: string; role_id: string }[] = await this.db.query(
      `SELECT id, title, role_id FROM opening WHERE id = $1`,
      [openingId],
    );
    if (!opening) {
      throw new DomainError(ErrorCode.OPENING_NOT_FOUND, `No opening with id ${openingId}`, [
        { field: 'openingId', reason: 'no opening has this id' },
      ]);
    }
    await assertOnOpeningTeam(this.db.manager, ctx, { openingId });
    return this.leaderboard(ctx, { kind: 'opening', id: opening.id, title: opening.title }, opening.role_id, query);
  }

  async roleLeaderboard(ctx: RequestContext, roleId: string, query: LeaderboardQueryDto): Promise<Leaderboard> {
    const [role]: { id: string; name: string }[] = await this.db.query(`SELECT id, name FROM role WHERE id = $1`, [roleId]);
    if (!role) throw roleNotFound(roleId);
    return this.leaderboard(ctx, { kind: 'role', id: role.id, title: role.name }, role.id, query);
  }

  private async leaderboard(
    ctx: RequestContext,
    scope: Leaderboard['scope'],
    roleId: string,
    query: LeaderboardQueryDto,
  ): Promise<Leaderboard> {
    const view = query.view ?? 'raw';
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const w = await roleWeights(this.db.manager, roleId);

    const sql = await leaderboardSql(this.db, scope, roleId, query, ctx.actor);
    const rows = (await this.db.query(sql.text, sql.values)) as LeaderboardSqlRow[];

    const out: LeaderboardRow[] = rows.map((r) => {
      const coverage = Number(r.coverage);
      const covered = COMPETENCY_KEYS.flatMap((key) => {
        const m = (r.means ?? []).find((x) => x.competency === key);
        return m
          ? [{ competency: key, mean: Number(m.mean), contribution: coverage > 0 ? (Number(m.weight) * Number(m.mean)) / coverage : 0 }]
          : [];
      });
      return {
        applicationId: r.application_id,
        candidate: { id: r.candidate_id, name: r.candidate_name, channel: r.channel },
        opening: { id: r.opening_id, title: r.opening_title },
        stage: { id: r.stage_id, name: r.stage_name },
        status: r.status,
        submittedScorecards: r.submitted_scorecards,
        composite: r.composite === null ? null : Number(r.composite),
        coverage,
        dissent: r.dissent === null ? null : Number(r.dissent),
        contributions: covered,
      };
    });
    let total = rows[0]?.total;
    if (total === undefined) {
      // An empty page: count without it.
      total = page === 1 ? 0 : (await this.leaderboard(ctx, scope, roleId, { ...query, page: 1, pageSize: 1 })).total;
    }
    return { scope, roleId, weightsVersion: w.version, weights: w.weights, view, rows: out, page, pageSize, total };
  }

  async calibrationReport(roleId?: string): Promise<CalibrationReport> {
    const tx = this.db.manager;
    if (roleId) {
      const [role]: unknown[] = await tx.query(`SELECT 1 FROM role WHERE id = $1`, [roleId]);
      if (!role) throw roleNotFound(roleId);
    }
    const params: unknown[] = roleId ? [roleId] : [];
    // Narrow tables kept in the writing transactions: submitted_rating (one row per submitted rating,
    // with its opening) and interviewer_slot (one row per interviewer per interview, with its opening,
    // due time and whether their scorecard is in); a role is its openings.
    const openings = roleId ? `(SELECT o.id FROM opening o WHERE o.role_id = $1)` : '';
    const rows: {
      id: string;
      name: string;
      scorecards: number;
      no_decision: number;
      d1: number;
      d2: number;
      d3: number;
      d4: number;
      diff_sum: number | null;
      n: number | null;
      overdue: number;
    }[] = await tx.query(
      `WITH cards AS (
         SELECT s.interviewer_id, count(*)::int AS scorecards, count(*) FILTER (WHERE s.recommendation = 'no_decision')::int AS no_decision
           FROM scorecard s ${roleId ? `JOIN application a ON a.id = s.application_id AND a.opening_id IN ${openings}` : ''}
          WHERE s.status = 'submitted' GROUP BY s.interviewer_id),
       dist AS (
         SELECT r.interviewer_id,
                count(*) FILTER (WHERE r.rating = 1)::int AS d1, count(*) FILTER (WHERE r.rating = 2)::int AS d2,
                count(*) FILTER (WHERE r.rating = 3)::int AS d3, count(*) FILTER (WHERE r.rating = 4)::int AS d4
           FROM submitted_rating r ${roleId ? `WHERE r.opening_id IN ${openings}` : ''}
          GROUP BY r.interviewer_id),
       cal AS (${
         roleId
           ? `SELECT cc.interviewer_id, sum(cc.diff_sum) AS diff_sum, sum(cc.n)::int AS n
                FROM calibration_contribution cc JOIN application a ON a.id = cc.application_id AND a.opening_id IN ${openings}
               GROUP BY cc.interviewer_id`
           : `SELECT interviewer_id, diff_sum, n FROM interviewer_calibration`
       }),
       overdue AS (
         SELECT sl.user_id AS interviewer_id, count(*)::int AS overdue
           FROM interviewer_slot sl
          WHERE sl.scheduled AND NOT sl.submitted AND sl.scorecard_due_at < now() ${roleId ? `AND sl.opening_id IN ${openings}` : ''}
          GROUP BY sl.user_id)
       SELECT u.id, u.name, coalesce(cards.scorecards, 0) AS scorecards, coalesce(cards.no_decision, 0) AS no_decision,
              coalesce(dist.d1, 0) AS d1, coalesce(dist.d2, 0) AS d2, coalesce(dist.d3, 0) AS d3, coalesce(dist.d4, 0) AS d4,
              cal.diff_sum, cal.n, coalesce(overdue.overdue, 0) AS overdue
         FROM app_user u
         LEFT JOIN cards ON cards.interviewer_id = u.id
         LEFT JOIN dist ON dist.interviewer_id = u.id
         LEFT JOIN cal ON cal.interviewer_id = u.id
         LEFT JOIN overdue ON overdue.interviewer_id = u.id
        WHERE u.role = 'interviewer' OR cards.interviewer_id IS NOT NULL OR overdue.interviewer_id IS NOT NULL
        ORDER BY u.name, u.id`,
      params,
    );
    const interviewers: InterviewerCalibration[] = rows.map((r) => {
      const n = r.n ?? 0;
      return {
        interviewer: { id: r.id, name: r.name },
        scorecards: r.scorecards,
        distribution: { '1': r.d1, '2': r.d2, '3': r.d3, '4': r.d4 },
        leniency: n > 0 ? shrink(Number(r.diff_sum) / n, n) : null,
        comparisons: n,
        noDecisionRate: r.scorecards > 0 ? r.no_decision / r.scorecards : null,
        overdueScorecards: r.overdue,
      };
    });
    return { shrinkage: LENIENCY_SHRINKAGE, interviewers };
  }
}

/** One row of the leaderboard query: plain values, no entities. */
export type LeaderboardSqlRow = {
  application_id: string;
  candidate_id: string;
  candidate_name: string;
  channel: CandidateChannel | null;
  opening_id: string;
  opening_title: string;
  stage_id: string;
  stage_name: string;
  status: string;
  submitted_scorecards: number;
  composite: number | null;
  coverage: number;
  dissent: number | null;
  means: { competency: CompetencyKey; mean: number; weight: number }[] | null;
  total: number;
};

/**
 * The leaderboard as one SQL statement returning plain rows (the page, with the total on each row):
 * raw from application_competency_score, calibrated from the submitted ratings with each
 * interviewer's leniency, both joined with the role's current weights. Exported so benchmarks
 * can run the very query the API runs; `_db` is accepted for that caller and not used.
 */
export async function leaderboardSql(
  _db: unknown,
  scope: { kind: 'opening' | 'role'; id: string },
  roleId: string,
  query: LeaderboardQuery,
  actor: { id: string; role: string } | null,
): Promise<{ text: string; values: unknown[] }> {
  const view = query.view ?? 'raw';
  const sort = query.sort ?? 'composite';
  const order = query.order ?? (sort === 'name' ? 'asc' : 'desc');
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? 25;
  const params: unknown[] = [scope.id, roleId];
  // The scores use this role's weights: the opening's role ($2), or the role itself.
  const where: string[] = [scope.kind === 'opening' ? 'a.opening_id = $1' : 'o.role_id = $1', 'o.role_id = $2::uuid'];
  if (actor?.role === 'recruiter') {
    // The opening team rule: a recruiter sees openings that name them, or name no recruiter.
    params.push(actor.id);
    where.push(`(NOT EXISTS (SELECT 1 FROM opening_member m WHERE m.opening_id = o.id AND m.kind = 'recruiter')
                 OR EXISTS (SELECT 1 FROM opening_member m WHERE m.opening_id = o.id AND m.kind = 'recruiter' AND m.user_id = $${params.length}))`);
  }
  if (query.stage !== undefined) {
    params.push(query.stage);
    where.push(`st.name = $${params.length}`);
  }
  if (query.channel !== undefined) {
    params.push(query.channel);
    where.push(`c.primary_channel = $${params.length}`);
  }
  let coverageFilter = '';
  if (query.minCoverage !== undefined) {
    params.push(query.minCoverage);
    coverageFilter = `WHERE coverage >= $${params.length}::float8 - 1e-9`;
  }
  params.push(pageSize, (page - 1) * pageSize);
  const limit = `LIMIT $${params.length - 1} OFFSET $${params.length}`;

  const order_ = `${SORT_SQL[sort]} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, application_id`;
  const apps = `SELECT a.id, a.candidate_id, a.status, a.current_stage_id, st.name AS stage_name, o.id AS opening_id, o.title AS opening_title,
                CASE WHEN c.erased_at IS NULL THEN c.display_name ELSE 'Erased candidate' END AS candidate_name, c.primary_channel
           FROM application a JOIN opening o ON o.id = a.opening_id
           JOIN opening_stage st ON st.id = a.current_stage_id
           JOIN candidate c ON c.id = a.candidate_id
          WHERE ${where.join(' AND ')}`;
  const columns = `apps.id AS application_id, apps.candidate_id, apps.candidate_name, apps.primary_channel AS channel,
                apps.opening_id, apps.opening_title, apps.current_stage_id AS stage_id, apps.stage_name, apps.status,
                coalesce(sc.submitted_scorecards, 0) AS submitted_scorecards, sc.dissent`;

  if (view === 'raw') {
    // The raw scores are kept per application (application_score, rewritten on every submission and
    // weights change). The scope is ranked on narrow rows (joining the candidate and the stage only
    // when a filter or the sort needs them); names, titles and means are joined for the page alone.
    const needsCandidate = query.channel !== undefined || sort === 'name';
    const needsStage = query.stage !== undefined;
    return {
      text: `WITH ranked AS (
         SELECT a.id AS application_id, a.candidate_id, a.status, a.current_stage_id, a.opening_id,
                ${needsCandidate ? `CASE WHEN c.erased_at IS NULL THEN c.display_name ELSE 'Erased candidate' END` : 'NULL::text'} AS candidate_name,
                coalesce(sc.submitted_scorecards, 0) AS submitted_scorecards, sc.dissent, sc.composite,
                coalesce(sc.coverage, 0)::float8 AS coverage, count(*) OVER ()::int AS total
           FROM application a JOIN opening o ON o.id = a.opening_id
           ${needsStage ? 'JOIN opening_stage st ON st.id = a.current_stage_id' : ''}
           ${needsCandidate ? 'JOIN candidate c ON c.id = a.candidate_id' : ''}
           LEFT JOIN application_score sc ON sc.application_id = a.id
          WHERE ${where.join(' AND ')} ${coverageFilter ? `AND coalesce(sc.coverage, 0) >= $${params.length - 2}::float8 - 1e-9` : ''}
          ORDER BY ${byName(order_)}
          ${limit})
       SELECT r.application_id, r.candidate_id,
              CASE WHEN c.erased_at IS NULL THEN c.display_name ELSE 'Erased candidate' END AS candidate_name, c.primary_channel AS channel,
              o.id AS opening_id, o.title AS opening_title, r.current_stage_id AS stage_id, st.name AS stage_name, r.status,
              r.submitted_scorecards, r.dissent, r.composite, r.coverage, sc.means, r.total
         FROM ranked r JOIN opening o ON o.id = r.opening_id JOIN opening_stage st ON st.id = r.current_stage_id
         JOIN candidate c ON c.id = r.candidate_id LEFT JOIN application_score sc ON sc.application_id = r.application_id
        ORDER BY ${byName(order_)}`,
      values: params,
    };
  }
  // Calibrated: each submitted rating less its interviewer's leniency, kept on 1–4, averaged per
  // competency; composites for the whole scope (to sort), the per-competency means for the page only.
  return {
    text: `WITH w AS (
         SELECT rw.competency_key, rw.weight
           FROM role r JOIN role_weights_version v ON v.role_id = r.id AND v.version = r.current_version
           JOIN role_weight rw ON rw.weights_version_id = v.id
          WHERE r.id = $2),
       apps AS (${apps}),
       m AS (
         SELECT r.application_id, r.competency_key, avg(greatest(1, least(4, r.rating - ${LENIENCY_SQL}))) AS mean
           FROM submitted_rating r
           LEFT JOIN interviewer_calibration ic ON ic.interviewer_id = r.interviewer_id
          WHERE r.opening_id IN (SELECT o.id FROM opening o WHERE o.role_id = $2::uuid${scope.kind === 'opening' ? ' AND o.id = $1' : ''})
          GROUP BY r.application_id, r.competency_key),
       agg AS (
         SELECT m.application_id, sum(w.weight) AS coverage,
                CASE WHEN sum(w.weight) > 0 THEN greatest(1, least(4, sum(w.weight * m.mean) / sum(w.weight))) END AS composite
           FROM m JOIN w ON w.competency_key = m.competency_key
          GROUP BY m.application_id),
       board AS (
         SELECT ${columns}, agg.composite::float8 AS composite, coalesce(agg.coverage, 0)::float8 AS coverage
           FROM apps LEFT JOIN agg ON agg.application_id = apps.id LEFT JOIN application_score sc ON sc.application_id = apps.id),
       page AS (
         SELECT board.*, count(*) OVER ()::int AS total FROM board ${coverageFilter}
          ORDER BY ${order_}
          ${limit})
       SELECT page.*,
              (SELECT json_agg(json_build_object('competency', m.competency_key, 'mean', m.mean, 'weight', w.weight) ORDER BY m.competency_key)
                 FROM m JOIN w ON w.competency_key = m.competency_key WHERE m.application_id = page.application_id) AS means
         FROM page
        ORDER BY ${order_}`,
    values: params,
  };
}

/** ORDER BY may name output columns only bare: the name sort is spelled out on the candidate `c`. */
function byName(order: string): string {
  return order.replace('lower(candidate_name)', `lower(CASE WHEN c.erased_at IS NULL THEN c.display_name ELSE 'Erased candidate' END)`);
}

async function roleWeights(tx: EntityManager, roleId: string): Promise<RoleWeights> {
  const rows: { version: number; competency_key: CompetencyKey; weight: number }[] = await tx.query(
    `SELECT v.version, rw.competency_key, rw.weight
       FROM role r JOIN role_weights_version v ON v.role_id = r.id AND v.version = r.current_version
       JOIN role_weight rw ON rw.weights_version_id = v.id
      WHERE r.id = $1`,
    [roleId],
  );
  if (!rows.length) throw roleNotFound(roleId);
  const weights = Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, 0])) as Weights;
  for (const r of rows) weights[r.competency_key] = Number(r.weight);
  return { roleId, version: rows[0]!.version, weights };
}

function toView(score: CompositeScore): ScoreView {
  return {
    composite: score.composite,
    coverage: score.coverage,
    competencies: score.competencies.map((c) => ({
      competency: c.competency,
      weight: c.weight,
      mean: c.mean,
      ratings: c.ratings,
      contribution: c.contribution,
    })),
  };
}

function roleNotFound(roleId: string): DomainError {
  return new DomainError(ErrorCode.ROLE_NOT_FOUND, `No role with id ${roleId}`, [{ field: 'roleId', reason: 'no role has this id' }]);
}
