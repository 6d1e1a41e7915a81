import { ErrorCode, type AnalyticsScope, type FieldError } from '@loopboard/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { AnalyticsQueryDto } from './analytics.dto.js';

const DAY_MS = 24 * 3600_000;
export const DEFAULT_RANGE_DAYS = 180;
/** Three years, leap day included. */
export const MAX_RANGE_DAYS = 3 * 365 + 1;
/** "Not in the far future": a target-date planning horizon of a year is plenty. */
export const MAX_FUTURE_DAYS = 366;
const EARLIEST = '2000-01-01';

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);

/** The filters as applied, and the half-open UTC instant range [fromTs, toTs) of the inclusive dates. */
export interface ResolvedScope {
  scope: AnalyticsScope;
  fromTs: string;
  toTs: string;
}

function invalid(field: string, reason: string): DomainError {
  const fields: FieldError[] = [{ field, reason }];
  return new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${field} ${reason}`, fields);
}

/**
 * Fills in the default range (the last 180 days up to today, UTC), checks the range makes sense,
 * and that the opening and role named exist (404 otherwise) and agree with each other.
 */
export async function resolveScope(db: EntityManager, query: AnalyticsQueryDto, now = Date.now()): Promise<ResolvedScope> {
  const today = toDay(now);
  const to = query.to ?? today;
  const from = query.from ?? toDay(dayMs(to) - DEFAULT_RANGE_DAYS * DAY_MS);
  const rangeField = query.from ? 'from' : 'to';
  if (dayMs(from) > dayMs(to)) throw invalid('from', `must not be later than to (${to})`);
  if (from < EARLIEST) throw invalid('from', `must not be before ${EARLIEST}`);
  if (dayMs(to) > now + MAX_FUTURE_DAYS * DAY_MS) throw invalid('to', `must not be more than ${MAX_FUTURE_DAYS} days in the future`);
  if ((dayMs(to) - dayMs(from)) / DAY_MS + 1 > MAX_RANGE_DAYS) {
    throw invalid(rangeField, `makes a range of more than 3 years (${from} to ${to}); ask for at most ${MAX_RANGE_DAYS} days`);
  }

  if (query.openingId) {
    const [opening]: { role_id: string }[] = await db.query(`SELECT role_id FROM opening WHERE id = $1`, [query.openingId]);
    if (!opening) {
      throw new DomainError(ErrorCode.OPENING_NOT_FOUND, `No opening has id ${query.openingId}`, [
        { field: 'openingId', reason: 'no opening has this id' },
      ]);
    }
    if (query.roleId && opening.role_id !== query.roleId) throw invalid('roleId', 'is not the role of the opening named by openingId');
  }
  if (query.roleId) {
    const [role] = await db.query(`SELECT 1 FROM role WHERE id = $1`, [query.roleId]);
    if (!role)
      throw new DomainError(ErrorCode.ROLE_NOT_FOUND, `No role has id ${query.roleId}`, [
        { field: 'roleId', reason: 'no role has this id' },
      ]);
  }
  return {
    scope: { openingId: query.openingId ?? null, roleId: query.roleId ?? null, from, to, channel: query.channel ?? null },
    fromTs: `${from}T00:00:00Z`,
    toTs: `${toDay(dayMs(to) + DAY_MS)}T00:00:00Z`,
  };
}

/**
 * WHERE conditions for the opening/role/channel filters over `application a JOIN opening o JOIN
 * candidate c`, appending their values to params. Built, not `$n IS NULL OR …`, so the planner sees
 * only the filters in use and can pick the index for them.
 */
export function filterSql(scope: AnalyticsScope, params: unknown[]): string[] {
  const where: string[] = [];
  if (scope.openingId) {
    params.push(scope.openingId);
    where.push(`a.opening_id = $${params.length}`);
  }
  if (scope.roleId) {
    params.push(scope.roleId);
    where.push(`o.role_id = $${params.length}`);
  }
  if (scope.channel) {
    params.push(scope.channel);
    where.push(`c.primary_channel = $${params.length}`);
  }
  return where;
}

/** The candidate is joined only to filter on its channel: at 100k applications the join is a tenth of a report's time. */
export const candidateJoin = (scope: AnalyticsScope): string => (scope.channel ? 'JOIN candidate c ON c.id = a.candidate_id' : '');

/**
 * The cohort every report is over: applications created in the range that match the filters
 * (uses ix_application_created_at, or the opening's indexes when one is named).
 */
export function cohortCte(resolved: ResolvedScope, params: unknown[]): string {
  params.push(resolved.fromTs, resolved.toTs);
  const where = [
    `a.created_at >= $${params.length - 1}::timestamptz`,
    `a.created_at < $${params.length}::timestamptz`,
    ...filterSql(resolved.scope, params),
  ];
  return `cohort AS (
    SELECT a.id, a.candidate_id, a.opening_id, o.role_id, a.status, a.current_stage_id, a.rejection_reason_key
      FROM application a JOIN opening o ON o.id = a.opening_id ${candidateJoin(resolved.scope)}
     WHERE ${where.join(' AND ')})`;
}

/**
 * The cohort's stays in stages (application_stay, kept by a trigger on application_event): selected by
 * the application's creation time and opening copied onto each stay (ix_application_stay_created,
 * ix_application_stay_opening_created), joining the opening only for a role and the candidate only for
 * a channel. Columns: stage_id, first_entry, first_entry_passed, days (the stay's length; null while open).
 */
export function stayCohortCte(resolved: ResolvedScope, params: unknown[]): string {
  const { scope } = resolved;
  params.push(resolved.fromTs, resolved.toTs);
  const where = [
    `s.application_created_at >= $${params.length - 1}::timestamptz`,
    `s.application_created_at < $${params.length}::timestamptz`,
  ];
  const joins: string[] = [];
  if (scope.openingId) {
    params.push(scope.openingId);
    where.push(`s.opening_id = $${params.length}`);
  }
  if (scope.roleId) {
    // As an array of openings (an init plan, not a join), so the (opening_id, application_created_at) index serves each of them.
    params.push(scope.roleId);
    where.push(`s.opening_id = ANY(ARRAY(SELECT id FROM opening WHERE role_id = $${params.length}))`);
  }
  if (scope.channel) {
    params.push(scope.channel);
    joins.push('JOIN application a ON a.id = s.application_id JOIN candidate c ON c.id = a.candidate_id');
    where.push(`c.primary_channel = $${params.length}`);
  }
  return `cohort_stays AS (
    SELECT s.stage_id, s.first_entry, s.first_entry_passed, extract(epoch FROM s.left_at - s.entered_at) / 86400 AS days
      FROM application_stay s ${joins.join(' ')}
     WHERE ${where.join(' AND ')})`;
}

/** Kept raw composite per cohort application (application_score: the role's current weights, clamped to 1–4). */
export const COMPOSITE_CTE = `comp AS (
    SELECT sc.application_id, sc.composite FROM cohort co JOIN application_score sc ON sc.application_id = co.id)`;

/**
 * How far each cohort application got: the highest loop position it entered (application_reach,
 * kept by a trigger on application_event), and its opening's "onsite" (first stage of the second
 * half of the current loop) and final positions.
 */
export const REACH_CTE = `loop AS (
    SELECT st.opening_id, st.position,
           row_number() OVER (PARTITION BY st.opening_id ORDER BY st.position) - 1 AS idx,
           count(*) OVER (PARTITION BY st.opening_id) AS n
      FROM opening_stage st
     WHERE st.removed_at IS NULL AND st.opening_id IN (SELECT DISTINCT opening_id FROM cohort)),
  marks AS (
    SELECT opening_id, min(position) FILTER (WHERE idx >= floor(n / 2)) AS onsite_pos, max(position) AS final_pos
      FROM loop GROUP BY opening_id),
  progress AS (
    SELECT co.id, co.candidate_id, co.status,
           co.status = 'hired' OR coalesce(r.max_position >= m.onsite_pos, false) AS onsite,
           co.status = 'hired' OR coalesce(r.max_position >= m.final_pos, false) AS final
      FROM cohort co LEFT JOIN application_reach r ON r.application_id = co.id LEFT JOIN marks m ON m.opening_id = co.opening_id)`;
