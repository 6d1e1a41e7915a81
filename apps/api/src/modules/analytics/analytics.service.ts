import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CANDIDATE_CHANNELS,
  ErrorCode,
  type AnalyticsScope,
  type CandidateChannel,
  type ChannelSource,
  type ForecastReport,
  type FunnelReport,
  type FunnelStage,
  type InterviewerLoadReport,
  type SourceCounts,
  type SourcesReport,
  type StageNow,
  type VenueSource,
  type VenueSourceKind,
} from '@loopboard/contracts';
import { FORECAST_DRAWS, FORECAST_SEED, forecastHires } from '@loopboard/domain-scoring';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { AnalyticsQueryDto, ForecastQueryDto, FunnelQueryDto } from './analytics.dto.js';
import { COMPOSITE_CTE, REACH_CTE, cohortCte, resolveScope, stayCohortCte } from './analytics-scope.js';

export const DEFAULT_STALE_DAYS = 14;
export const STALEST_LISTED = 20;
export const TOP_VENUES = 20;
/** A forecast needs this many of the role's applications to have left a stage (moved on, or ended there). */
export const MIN_FORECAST_HISTORY = 20;

/** Length of a stay in days. */
const DAYS = `extract(epoch FROM left_at - at) / 86400`;

const num = (v: unknown): number => Number(v);
/** An interviewer_slot's candidate, joined only when the channel filter needs it. */
const slotJoin = (scope: AnalyticsScope): string =>
  scope.channel ? 'JOIN application a ON a.id = x.application_id JOIN candidate c ON c.id = a.candidate_id' : '';

/** The opening/role/channel filters over interviewer_slot x (see slotJoin), appending their values to params. */
function slotFilterSql(scope: AnalyticsScope, params: unknown[]): string[] {
  const where: string[] = [];
  if (scope.openingId) {
    params.push(scope.openingId);
    where.push(`x.opening_id = $${params.length}`);
  }
  if (scope.roleId) {
    // As an array of openings (an init plan, not a join), so the (opening_id, starts_at) index serves each of them.
    params.push(scope.roleId);
    where.push(`x.opening_id = ANY(ARRAY(SELECT id FROM opening WHERE role_id = $${params.length}))`);
  }
  if (scope.channel) {
    params.push(scope.channel);
    where.push(`c.primary_channel = $${params.length}`);
  }
  return where;
}
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

interface SourceRow {
  applications: number;
  candidates: number;
  reached_onsite: number;
  offers: number;
  hires: number;
  scored: number;
  mean_composite: number | null;
}

const SOURCE_AGGREGATES = `count(*)::int AS applications, count(DISTINCT p.candidate_id)::int AS candidates,
       count(*) FILTER (WHERE p.onsite)::int AS reached_onsite, count(*) FILTER (WHERE p.final)::int AS offers,
       count(*) FILTER (WHERE p.status = 'hired')::int AS hires, count(p.composite)::int AS scored,
       avg(p.composite)::float8 AS mean_composite`;

function sourceCounts(r: SourceRow | undefined): SourceCounts {
  return {
    applications: r ? num(r.applications) : 0,
    candidates: r ? num(r.candidates) : 0,
    reachedOnsite: r ? num(r.reached_onsite) : 0,
    offers: r ? num(r.offers) : 0,
    hires: r ? num(r.hires) : 0,
    scored: r ? num(r.scored) : 0,
    meanComposite: r ? numOrNull(r.mean_composite) : null,
  };
}

/** Read-only pipeline analytics: SQL returning plain rows, shaped here into the contracts' reports. */
@Injectable()
export class AnalyticsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async funnel(query: FunnelQueryDto): Promise<FunnelReport> {
    const resolved = await resolveScope(this.db.manager, query);
    const { scope } = resolved;
    const staleDays = query.staleDays ?? DEFAULT_STALE_DAYS;

    const p1: unknown[] = [];
    const stays = stayCohortCte(resolved, p1);
    // Per stage name: applications that entered it and that got further; the stays that ended
    // (their median and p90) and those still open, which are left out of both.
    const stageRowsP: Promise<
      {
        name: string;
        position: number;
        entered: number;
        passed: number;
        completed: number;
        open: number;
        median_days: number | null;
        p90_days: number | null;
      }[]
    > = this.db.query(
      // Narrow rows sorted once by an integer per stage name (not the name), and one shared sort of the
      // durations for both percentiles: at 100k applications the sorts are the query.
      `WITH ${stays},
       names AS (SELECT id, name, position, dense_rank() OVER (ORDER BY name COLLATE "C") AS k FROM opening_stage),
       per AS (
         SELECT n.k, min(n.position) AS position, count(*) FILTER (WHERE s.first_entry)::int AS entered,
                count(*) FILTER (WHERE s.first_entry_passed)::int AS passed,
                count(s.days)::int AS completed, (count(*) - count(s.days))::int AS open,
                percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY s.days) AS pct
           FROM cohort_stays s JOIN names n ON n.id = s.stage_id GROUP BY n.k)
       SELECT nm.name, per.position, per.entered, per.passed, per.completed, per.open,
              per.pct[1]::float8 AS median_days, per.pct[2]::float8 AS p90_days
         FROM per JOIN (SELECT k, min(name) AS name FROM names GROUP BY k) nm ON nm.k = per.k`,
      p1,
    );

    const p2: unknown[] = [];
    const endedP: Promise<{ name: string; rejected: number; withdrawn: number; active: number; applications: number }[]> = this.db.query(
      `WITH ${cohortCte(resolved, p2)}
       SELECT st.name, count(*) FILTER (WHERE co.status = 'rejected')::int AS rejected,
              count(*) FILTER (WHERE co.status = 'withdrawn')::int AS withdrawn,
              count(*) FILTER (WHERE co.status = 'active')::int AS active, count(*)::int AS applications
         FROM cohort co JOIN opening_stage st ON st.id = co.current_stage_id GROUP BY st.name`,
      p2,
    );

    // The stage list: the loops of the openings in view (so a stage nobody reached shows as 0),
    // plus any stage the cohort entered that a loop edit has since removed.
    const p3: unknown[] = [];
    const loopWhere = ['st.removed_at IS NULL'];
    if (scope.openingId) {
      p3.push(scope.openingId);
      loopWhere.push(`st.opening_id = $${p3.length}`);
    } else if (scope.roleId) {
      p3.push(scope.roleId);
      loopWhere.push(`st.opening_id IN (SELECT id FROM opening WHERE role_id = $${p3.length})`);
    } else {
      loopWhere.push(`st.opening_id IN (SELECT DISTINCT opening_id FROM cohort)`);
    }
    const cohortForLoop = scope.openingId || scope.roleId ? '' : `WITH ${cohortCte(resolved, p3)} `;
    const loopStagesP: Promise<{ name: string; position: number }[]> = this.db.query(
      `${cohortForLoop}SELECT st.name, min(st.position) AS position FROM opening_stage st WHERE ${loopWhere.join(' AND ')} GROUP BY st.name`,
      p3,
    );

    const p4: unknown[] = [];
    const reasonsP: Promise<{ key: string; label: string; count: number }[]> = this.db.query(
      `WITH ${cohortCte(resolved, p4)}
       SELECT rr.key, rr.label, count(*)::int AS count
         FROM cohort co JOIN rejection_reason rr ON rr.key = co.rejection_reason_key
        WHERE co.status = 'rejected' GROUP BY rr.key, rr.label ORDER BY count(*) DESC, rr.key`,
      p4,
    );

    // Stale is about today, so it ignores the date range (an application opened long ago and stuck
    // is exactly what to find); the other filters apply.
    // An active application's last event began its open stay (application_stay with no left_at; a
    // closed one's last event ended it), so "no move for N days" is an open stay entered before the
    // cutoff (ix_application_stay_open, ix_application_stay_opening_open: the stalest come in order).
    const p5: unknown[] = [];
    const staleWhere = [`s.left_at IS NULL`];
    if (scope.openingId) {
      p5.push(scope.openingId);
      staleWhere.push(`s.opening_id = $${p5.length}`);
    }
    if (scope.roleId) {
      p5.push(scope.roleId);
      staleWhere.push(`s.opening_id = ANY(ARRAY(SELECT id FROM opening WHERE role_id = $${p5.length}))`);
    }
    if (scope.channel) {
      p5.push(scope.channel);
      staleWhere.push(`c.primary_channel = $${p5.length}`);
    }
    p5.push(staleDays);
    staleWhere.push(`s.entered_at < now() - make_interval(days => $${p5.length}::int)`);
    const staleCountP: Promise<{ total: number }[]> = this.db.query(
      `SELECT count(*)::int AS total
         FROM application_stay s
         ${scope.channel ? 'JOIN application a ON a.id = s.application_id JOIN candidate c ON c.id = a.candidate_id' : ''}
        WHERE ${staleWhere.join(' AND ')}`,
      p5,
    );
    const staleP: Promise<
      {
        application_id: string;
        candidate_id: string;
        candidate_name: string;
        opening_id: string;
        opening_title: string;
        stage_name: string;
        days: number;
      }[]
    > = this.db.query(
      `SELECT a.id AS application_id, a.candidate_id,
              CASE WHEN c.erased_at IS NULL THEN c.display_name ELSE 'Erased candidate' END AS candidate_name,
              o.id AS opening_id, o.title AS opening_title, st.name AS stage_name,
              floor(extract(epoch FROM now() - s.entered_at) / 86400)::int AS days
         FROM application_stay s JOIN application a ON a.id = s.application_id JOIN opening o ON o.id = s.opening_id
         JOIN candidate c ON c.id = a.candidate_id
         JOIN opening_stage st ON st.id = a.current_stage_id
        WHERE ${staleWhere.join(' AND ')}
        ORDER BY s.entered_at, a.id
        LIMIT ${STALEST_LISTED}`,
      p5,
    );

    // Independent reads, run side by side on the pool.
    const [stageRows, ended, loopStages, reasons, stale, staleCount] = await Promise.all([
      stageRowsP,
      endedP,
      loopStagesP,
      reasonsP,
      staleP,
      staleCountP,
    ]);
    const byName = new Map<string, { position: number }>();
    for (const s of [...loopStages, ...stageRows]) {
      const known = byName.get(s.name);
      if (!known || num(s.position) < known.position) byName.set(s.name, { position: num(s.position) });
    }
    const ordered = [...byName.entries()].sort(([an, a], [bn, b]) => a.position - b.position || (an < bn ? -1 : an > bn ? 1 : 0));
    const stats = new Map(stageRows.map((r) => [r.name, r]));
    const ends = new Map(ended.map((r) => [r.name, r]));
    const stages: FunnelStage[] = ordered.map(([name], order) => {
      const s = stats.get(name);
      const e = ends.get(name);
      const entered = s ? num(s.entered) : 0;
      const passed = s ? num(s.passed) : 0;
      return {
        name,
        order,
        entered,
        passed,
        passThroughRate: entered > 0 ? passed / entered : null,
        rejected: e ? num(e.rejected) : 0,
        withdrawn: e ? num(e.withdrawn) : 0,
        active: e ? num(e.active) : 0,
        timeInStage: {
          completed: s ? num(s.completed) : 0,
          open: s ? num(s.open) : 0,
          medianDays: s ? numOrNull(s.median_days) : null,
          p90Days: s ? numOrNull(s.p90_days) : null,
        },
      };
    });

    return {
      scope,
      applications: ended.reduce((n, r) => n + num(r.applications), 0),
      stages,
      rejectionReasons: reasons.map((r) => ({ key: r.key, label: r.label, count: num(r.count) })),
      stale: {
        staleDays,
        count: num(staleCount[0]?.total ?? 0),
        stalest: stale.map((r) => ({
          applicationId: r.application_id,
          candidateId: r.candidate_id,
          candidateName: r.candidate_name,
          openingId: r.opening_id,
          openingTitle: r.opening_title,
          stageName: r.stage_name,
          days: num(r.days),
        })),
      },
    };
  }

  async sources(query: AnalyticsQueryDto): Promise<SourcesReport> {
    const resolved = await resolveScope(this.db.manager, query);
    const params: unknown[] = [];
    // One statement for both tables, so the cohort's progress (and composite) is worked out once:
    // by channel, then a candidate's venues (of their papers) and events (conference encounters),
    // under each of which they count.
    const rows: (SourceRow & { part: 'channel' | 'venue'; kind: VenueSourceKind | null; name: string })[] = await this.db.query(
      `WITH ${cohortCte(resolved, params)}, ${COMPOSITE_CTE}, ${REACH_CTE},
       scored AS (
         SELECT p.*, comp.composite FROM progress p LEFT JOIN comp ON comp.application_id = p.id),
       tags AS (
         SELECT DISTINCT pa.candidate_id, 'venue' AS kind, p.venue AS name
           FROM paper_author pa JOIN paper p ON p.id = pa.paper_id
          WHERE p.venue IS NOT NULL AND pa.candidate_id IN (SELECT candidate_id FROM cohort)
         UNION
         SELECT DISTINCT en.candidate_id, 'event', en.event
           FROM encounter en WHERE en.candidate_id IN (SELECT candidate_id FROM cohort))
       SELECT 'channel' AS part, NULL AS kind, c.primary_channel::text AS name, ${SOURCE_AGGREGATES}
         FROM scored p JOIN candidate c ON c.id = p.candidate_id
        GROUP BY c.primary_channel
       UNION ALL
       (SELECT 'venue', t.kind, t.name, ${SOURCE_AGGREGATES}
          FROM scored p JOIN tags t ON t.candidate_id = p.candidate_id
         GROUP BY t.kind, t.name
         ORDER BY count(DISTINCT p.candidate_id) DESC, count(*) DESC, t.kind, t.name
         LIMIT ${TOP_VENUES})`,
      params,
    );
    const byChannel = rows.filter((r) => r.part === 'channel').map((r) => ({ ...r, channel: r.name as CandidateChannel }));
    const byVenue = rows.filter((r) => r.part === 'venue');
    const channelRows = new Map(byChannel.map((r) => [r.channel, r]));
    const channels: ChannelSource[] = CANDIDATE_CHANNELS.map((channel) => ({ channel, ...sourceCounts(channelRows.get(channel)) }));
    const venues: VenueSource[] = byVenue.map((r) => ({ kind: r.kind!, name: r.name, ...sourceCounts(r) }));
    return { scope: resolved.scope, channels, venues };
  }

  async forecast(query: ForecastQueryDto): Promise<ForecastReport> {
    const [opening]: {
      id: string;
      title: string;
      role_id: string;
      headcount: number;
      target_date: string | null;
      days_to_target: number | null;
    }[] = await this.db.query(
      `SELECT id, title, role_id, headcount, to_char(target_date, 'YYYY-MM-DD') AS target_date,
                (target_date - (now() AT TIME ZONE 'UTC')::date)::int AS days_to_target
           FROM opening WHERE id = $1`,
      [query.openingId],
    );
    if (!opening) {
      throw new DomainError(ErrorCode.OPENING_NOT_FOUND, `No opening has id ${query.openingId}`, [
        { field: 'openingId', reason: 'no opening has this id' },
      ]);
    }
    const now: { stage_id: string; name: string; position: number; active: number }[] = await this.db.query(
      `SELECT st.id AS stage_id, st.name, st.position,
              (SELECT count(*) FROM application a WHERE a.opening_id = st.opening_id AND a.status = 'active' AND a.current_stage_id = st.id)::int AS active
         FROM opening_stage st WHERE st.opening_id = $1 AND st.removed_at IS NULL ORDER BY st.position`,
      [opening.id],
    );
    const [hiredRow]: { hired: number }[] = await this.db.query(
      `SELECT count(*)::int AS hired FROM application WHERE opening_id = $1 AND status = 'hired'`,
      [opening.id],
    );
    // The role's history, by stage name (each opening has its own copy of the loop): who entered a
    // stage and later got further (passed), who ended there (failed), and how long finished stays took.
    const history: { name: string | null; passed: number; failed: number; mean_days: number | null; applications: number }[] =
      await this.db.query(
        `WITH apps AS (
           SELECT a.id, a.status, a.current_stage_id FROM application a WHERE a.opening_id = ANY(ARRAY(SELECT id FROM opening WHERE role_id = $1))),
         stays AS (
           SELECT s.application_id, st.name, s.entered_at AS at, s.left_at, s.passed, s.first_entry_passed
             FROM application_stay s JOIN opening_stage st ON st.id = s.stage_id
            WHERE s.opening_id = ANY(ARRAY(SELECT id FROM opening WHERE role_id = $1))),
         ended AS (
           SELECT apps.id AS application_id, st.name FROM apps JOIN opening_stage st ON st.id = apps.current_stage_id
            WHERE apps.status IN ('rejected', 'withdrawn')),
         per_stage AS (
           SELECT name, sum(passed)::int AS passed, sum(failed)::int AS failed, max(mean_days) AS mean_days FROM (
             SELECT name, count(*) FILTER (WHERE first_entry_passed) AS passed, 0 AS failed,
                    avg(${DAYS}) FILTER (WHERE left_at IS NOT NULL) AS mean_days
               FROM stays GROUP BY name
             UNION ALL
             SELECT name, 0, count(*), NULL FROM ended GROUP BY name) x GROUP BY name),
         left_a_stage AS (
           SELECT count(*)::int AS n FROM (
             SELECT application_id FROM stays WHERE passed UNION SELECT application_id FROM ended) x)
         SELECT name, passed, failed, mean_days::float8, (SELECT n FROM left_a_stage) AS applications FROM per_stage
         UNION ALL
         SELECT NULL, 0, 0, NULL, (SELECT n FROM left_a_stage)`,
        [opening.role_id],
      );
    const historyApplications = history.length ? num(history[0]!.applications) : 0;
    const byName = new Map(history.filter((h) => h.name !== null).map((h) => [h.name!, h]));
    const activeByStage: StageNow[] = now.map((s) => ({
      stageId: s.stage_id,
      name: s.name,
      position: num(s.position),
      active: num(s.active),
    }));
    const base = {
      openingId: opening.id,
      openingTitle: opening.title,
      roleId: opening.role_id,
      headcount: num(opening.headcount),
      hiredSoFar: num(hiredRow?.hired ?? 0),
      targetDate: opening.target_date,
      daysToTarget: numOrNull(opening.days_to_target),
      activeByStage,
      history: { applications: historyApplications, minimum: MIN_FORECAST_HISTORY },
    };
    if (opening.target_date === null) {
      return {
        ...base,
        enoughData: false,
        reason: 'no_target_date',
        message: 'This opening has no target date: set one to forecast hires by then.',
      };
    }
    if (num(opening.days_to_target) < 0) {
      return {
        ...base,
        enoughData: false,
        reason: 'target_date_passed',
        message: `The target date ${opening.target_date} has passed: set a new one to forecast hires by then.`,
      };
    }
    if (historyApplications < MIN_FORECAST_HISTORY) {
      return {
        ...base,
        enoughData: false,
        reason: 'too_little_history',
        message: `Only ${historyApplications} of this role's applications have left a stage so far; a forecast needs at least ${MIN_FORECAST_HISTORY}.`,
      };
    }
    const result = forecastHires({
      stages: activeByStage.map((s) => {
        const h = byName.get(s.name);
        return {
          name: s.name,
          passed: h ? num(h.passed) : 0,
          failed: h ? num(h.failed) : 0,
          active: s.active,
          meanDaysInStage: h ? numOrNull(h.mean_days) : null,
        };
      }),
      headcount: base.headcount,
      hiredSoFar: base.hiredSoFar,
      daysToTarget: num(opening.days_to_target),
      draws: FORECAST_DRAWS,
      seed: FORECAST_SEED,
    });
    return {
      ...base,
      enoughData: true,
      method: { kind: 'monte_carlo', draws: result.draws, seed: result.seed, prior: 'Beta(1, 1)', interval: 0.9 },
      stages: result.stages.map((s) => {
        const h = byName.get(s.name);
        return {
          name: s.name,
          active: s.active,
          passed: h ? num(h.passed) : 0,
          failed: h ? num(h.failed) : 0,
          passThrough: { mean: s.passThrough.mean, low: s.passThrough.low, high: s.passThrough.high },
          meanDaysInStage: h ? numOrNull(h.mean_days) : null,
          daysToHire: s.daysToHire,
          inTime: s.inTime,
          hireProbability: s.hireProbability,
          neededPerWeek: s.neededPerWeek,
        };
      }),
      expectedHires: result.expectedHires,
      probabilityOfReachingHeadcount: result.probabilityOfReachingHeadcount,
      expectedGap: result.expectedGap,
    };
  }

  async interviewerLoad(query: AnalyticsQueryDto): Promise<InterviewerLoadReport> {
    const resolved = await resolveScope(this.db.manager, query);
    const { scope } = resolved;
    const weeks: { week: string }[] = await this.db.query(
      `SELECT DISTINCT to_char(d, 'IYYY-"W"IW') AS week FROM generate_series($1::date, $2::date, interval '1 day') d ORDER BY 1`,
      [scope.from, scope.to],
    );
    // interviewer_slot: one narrow row per interviewer per interview (kept by triggers), so neither
    // count joins interviews to their panels and scorecards; the application only for a channel.
    const p1: unknown[] = [resolved.fromTs, resolved.toTs];
    const w1 = [`x.scheduled`, `x.starts_at >= $1::timestamptz`, `x.starts_at < $2::timestamptz`, ...slotFilterSql(scope, p1)];
    const perWeekP: Promise<{ user_id: string; week: string; interviews: number }[]> = this.db.query(
      // Grouped by the week's Monday first (cheap), labelled after: to_char on every row is not.
      `SELECT user_id, to_char(monday, 'IYYY-"W"IW') AS week, interviews FROM (
         SELECT x.user_id, date_trunc('week', x.starts_at AT TIME ZONE 'UTC') AS monday, count(*)::int AS interviews
           FROM interviewer_slot x ${slotJoin(scope)}
          WHERE ${w1.join(' AND ')}
          GROUP BY 1, 2) x`,
      p1,
    );
    // Overdue is about today, like stale: any scheduled interview past its due time, whatever the range,
    // whose interviewer has not submitted their scorecard (ix_interviewer_slot_pending_due).
    const p2: unknown[] = [];
    const w2 = [`x.scheduled`, `NOT x.submitted`, `x.scorecard_due_at < now()`, ...slotFilterSql(scope, p2)];
    const overdueP: Promise<{ user_id: string; overdue: number }[]> = this.db.query(
      `SELECT x.user_id, count(*)::int AS overdue FROM interviewer_slot x ${slotJoin(scope)} WHERE ${w2.join(' AND ')} GROUP BY 1`,
      p2,
    );
    const [perWeek, overdue] = await Promise.all([perWeekP, overdueP]);
    const ids = [...new Set([...perWeek.map((r) => r.user_id), ...overdue.map((r) => r.user_id)])];
    const users: { id: string; name: string }[] = ids.length
      ? await this.db.query(`SELECT id, name FROM app_user WHERE id = ANY($1::uuid[]) ORDER BY name, id`, [ids])
      : [];
    const weekIndex = new Map(weeks.map((w, i) => [w.week, i]));
    const overdueBy = new Map(overdue.map((r) => [r.user_id, num(r.overdue)]));
    const weeklyBy = new Map(ids.map((id) => [id, new Array<number>(weeks.length).fill(0)]));
    for (const r of perWeek) weeklyBy.get(r.user_id)![weekIndex.get(r.week)!]! += num(r.interviews);
    return {
      scope,
      weeks: weeks.map((w) => w.week),
      interviewers: users.map((u) => {
        const weekly = weeklyBy.get(u.id)!;
        return {
          interviewerId: u.id,
          name: u.name,
          total: weekly.reduce((s, n) => s + n, 0),
          weekly,
          overdueScorecards: overdueBy.get(u.id) ?? 0,
        };
      }),
    };
  }
}
