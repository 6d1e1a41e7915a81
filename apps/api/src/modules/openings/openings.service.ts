import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APPLICATION_STATUSES,
  ErrorCode,
  type ApplicationStatus,
  type FieldError,
  type LoopStage,
  type OpeningDetail,
  type OpeningPage,
  type OpeningStage,
  type OpeningSummary,
  type UserRef,
  type UserRole,
} from '@loopboard/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { validateStages } from '../interviews/interviews.service.js';
import { refreshApplicationScores } from '../scorecards/score-aggregates.js';
import type { CreateOpeningDto, OpeningQueryDto, UpdateOpeningDto, UpdateOpeningLoopDto } from './openings.dto.js';
import { assertOnOpeningTeam } from './opening-team.js';

interface OpeningRow {
  id: string;
  title: string;
  role_id: string;
  role_name: string;
  level: OpeningSummary['level'];
  headcount: number;
  hiring_manager_id: string;
  hiring_manager_name: string;
  target_date: string | null;
  status: OpeningSummary['status'];
  version: number;
  loop_version: number;
  active_applications: number;
  created_at: Date;
  updated_at: Date;
}

// target_date is read as text: a DATE has no time zone, and a JS Date would shift it.
const OPENING_SQL = `
  SELECT o.id, o.title, o.role_id, r.name AS role_name, o.level, o.headcount, o.hiring_manager_id, u.name AS hiring_manager_name,
         o.target_date::text AS target_date, o.status, o.version, o.loop_version, o.created_at, o.updated_at,
         (SELECT count(*)::int FROM application a WHERE a.opening_id = o.id AND a.status = 'active') AS active_applications
    FROM opening o JOIN role r ON r.id = o.role_id JOIN app_user u ON u.id = o.hiring_manager_id`;

/** Who may fill each person field of an opening. */
const PERSON_FIELDS = {
  hiringManagerId: { roles: ['hiring_manager', 'admin'], what: 'an active hiring manager or admin' },
  recruiterIds: { roles: ['recruiter'], what: 'an active recruiter' },
  interviewerIds: { roles: ['interviewer'], what: 'an active interviewer' },
} satisfies Record<string, { roles: UserRole[]; what: string }>;

interface Cursor {
  c: string;
  id: string;
}

@Injectable()
export class OpeningsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(query: OpeningQueryDto): Promise<OpeningPage> {
    const limit = query.limit ?? 50;
    const params: unknown[] = [];
    const p = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (query.status) where.push(`o.status = ${p(query.status)}`);
    if (query.roleId) where.push(`o.role_id = ${p(query.roleId)}`);
    if (query.cursor) {
      const cursor = decodeCursor(query.cursor);
      // Newest first; the page starts strictly after the last row of the previous one.
      where.push(`(o.created_at, o.id) < (${p(cursor.c)}::timestamptz, ${p(cursor.id)}::uuid)`);
    }
    const rows: (OpeningRow & { created_text: string })[] = await this.db.query(
      `${OPENING_SQL.replace('SELECT', 'SELECT o.created_at::text AS created_text,')}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY o.created_at DESC, o.id DESC LIMIT ${p(limit + 1)}`,
      params,
    );
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toSummary),
      nextCursor: rows.length > limit && last ? encodeCursor({ c: last.created_text, id: last.id }) : null,
    };
  }

  async get(openingId: string): Promise<OpeningDetail> {
    return this.detail(this.db.manager, openingId);
  }

  private async detail(tx: EntityManager, openingId: string): Promise<OpeningDetail> {
    const [row]: OpeningRow[] = await tx.query(`${OPENING_SQL} WHERE o.id = $1`, [openingId]);
    if (!row) throw openingNotFound(openingId);
    const members: { kind: 'recruiter' | 'interviewer'; id: string; name: string }[] = await tx.query(
      `SELECT m.kind, u.id, u.name FROM opening_member m JOIN app_user u ON u.id = m.user_id WHERE m.opening_id = $1 ORDER BY m.kind, m.position`,
      [openingId],
    );
    const counts: { status: ApplicationStatus; n: number }[] = await tx.query(
      `SELECT status, count(*)::int AS n FROM application WHERE opening_id = $1 GROUP BY status`,
      [openingId],
    );
    const applicationCounts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
    for (const c of counts) applicationCounts[c.status] = c.n;
    const ref = (m: { id: string; name: string }): UserRef => ({ id: m.id, name: m.name });
    return {
      ...toSummary(row),
      recruiters: members.filter((m) => m.kind === 'recruiter').map(ref),
      interviewers: members.filter((m) => m.kind === 'interviewer').map(ref),
      loop: { version: row.loop_version, stages: await this.readStages(tx, openingId) },
      applicationCounts,
    };
  }

  private async readStages(tx: EntityManager, openingId: string): Promise<OpeningStage[]> {
    const rows: { id: string; name: string; position: number; types: string[]; active: number }[] = await tx.query(
      `SELECT s.id, s.name, s.position,
              (SELECT array_agg(t.interview_type_key ORDER BY t.position) FROM opening_stage_type t WHERE t.stage_id = s.id) AS types,
              (SELECT count(*)::int FROM application a WHERE a.current_stage_id = s.id AND a.status = 'active') AS active
         FROM opening_stage s
        WHERE s.opening_id = $1 AND s.removed_at IS NULL
        ORDER BY s.position`,
      [openingId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, position: r.position, interviewTypes: r.types ?? [], activeApplications: r.active }));
  }

  /** Creates the opening with its team and a copy of its role's loop template, in one transaction. */
  async create(ctx: RequestContext, input: CreateOpeningDto): Promise<OpeningDetail> {
    const recruiterIds = input.recruiterIds ?? [];
    const interviewerIds = input.interviewerIds ?? [];
    const id = await this.db.transaction(async (tx) => {
      await this.assertReferences(tx, { roleId: input.roleId, hiringManagerId: input.hiringManagerId, recruiterIds, interviewerIds });
      const [opening]: [{ id: string }] = await tx.query(
        `INSERT INTO opening (title, role_id, level, headcount, hiring_manager_id, target_date, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [input.title, input.roleId, input.level, input.headcount, input.hiringManagerId, input.targetDate ?? null, input.status ?? 'open'],
      );
      const openingId = opening.id;
      await this.writeMembers(tx, openingId, 'recruiter', recruiterIds);
      await this.writeMembers(tx, openingId, 'interviewer', interviewerIds);
      // The opening's loop is a copy: later edits to the role's template do not reach it, nor the other way round.
      const template: { name: string; types: string[] }[] = await tx.query(
        `SELECT s.name, array_agg(t.interview_type_key ORDER BY t.position) AS types
           FROM role_loop_stage s JOIN role_loop_stage_type t ON t.stage_id = s.id
          WHERE s.role_id = $1 GROUP BY s.id, s.name, s.position ORDER BY s.position`,
        [input.roleId],
      );
      for (const [position, stage] of template.entries()) await this.insertStage(tx, openingId, position, stage.name, stage.types);
      await this.audit.record(tx, ctx, {
        action: 'opening.created',
        entityType: 'opening',
        entityId: openingId,
        changes: {
          title: input.title,
          roleId: input.roleId,
          level: input.level,
          headcount: input.headcount,
          hiringManagerId: input.hiringManagerId,
          targetDate: input.targetDate ?? null,
          status: input.status ?? 'open',
          recruiterIds,
          interviewerIds,
          loop: template.map((s) => ({ name: s.name, interviewTypes: s.types })),
        },
      });
      return openingId;
    });
    return this.get(id);
  }

  /** Applies an edit made from `version`; the conditional UPDATE is the lock, so a stale edit writes nothing. */
  async update(ctx: RequestContext, openingId: string, input: UpdateOpeningDto): Promise<OpeningDetail> {
    await this.db.transaction(async (tx) => {
      await assertOnOpeningTeam(tx, ctx, { openingId });
      const before = await this.detail(tx, openingId);
      await this.assertReferences(tx, {
        roleId: input.roleId,
        hiringManagerId: input.hiringManagerId,
        recruiterIds: input.recruiterIds,
        interviewerIds: input.interviewerIds,
      });
      const [moved]: [{ version: number }[], number] = await tx.query(
        `UPDATE opening SET title = $3, role_id = $4, level = $5, headcount = $6, hiring_manager_id = $7, target_date = $8, status = $9,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 RETURNING version`,
        [
          openingId,
          input.version,
          input.title ?? before.title,
          input.roleId ?? before.roleId,
          input.level ?? before.level,
          input.headcount ?? before.headcount,
          input.hiringManagerId ?? before.hiringManager.id,
          input.targetDate === undefined ? before.targetDate : input.targetDate,
          input.status ?? before.status,
        ],
      );
      if (!moved[0]) {
        const [current]: { version: number }[] = await tx.query(`SELECT version FROM opening WHERE id = $1`, [openingId]);
        if (!current) throw openingNotFound(openingId);
        throw new DomainError(
          ErrorCode.OPENING_VERSION_CONFLICT,
          `This opening was edited from version ${input.version}, but version ${current.version} has been saved since; reload and apply your change again`,
          [{ field: 'version', reason: `is not the current version (${current.version})` }],
          { currentVersion: current.version },
        );
      }
      if (input.recruiterIds) await this.writeMembers(tx, openingId, 'recruiter', input.recruiterIds);
      if (input.interviewerIds) await this.writeMembers(tx, openingId, 'interviewer', input.interviewerIds);
      // Another role weighs the same ratings differently: the kept scores follow in this transaction.
      if (input.roleId !== undefined && input.roleId !== before.roleId) await refreshApplicationScores(tx, { openingId });
      const after = await this.detail(tx, openingId);
      const changes: Record<string, unknown> = { version: { from: input.version, to: moved[0].version } };
      const pick = (d: OpeningDetail) => ({
        title: d.title,
        roleId: d.roleId,
        level: d.level,
        headcount: d.headcount,
        hiringManagerId: d.hiringManager.id,
        targetDate: d.targetDate,
        status: d.status,
        recruiterIds: d.recruiters.map((u) => u.id),
        interviewerIds: d.interviewers.map((u) => u.id),
      });
      const [b, a] = [pick(before), pick(after)];
      for (const key of Object.keys(a) as (keyof typeof a)[]) {
        if (JSON.stringify(b[key]) !== JSON.stringify(a[key])) changes[key] = { from: b[key], to: a[key] };
      }
      await this.audit.record(tx, ctx, { action: 'opening.updated', entityType: 'opening', entityId: openingId, changes });
    });
    return this.get(openingId);
  }

  /**
   * Replaces the opening's own loop. Stages are matched by name (ignoring case):
   * a kept stage keeps its id, so the applications in it stay put; a dropped
   * stage is marked removed (its history still names it) and is refused while
   * active applications are in it. The role's template is not touched.
   */
  async updateLoop(ctx: RequestContext, openingId: string, input: UpdateOpeningLoopDto): Promise<OpeningDetail> {
    await assertOnOpeningTeam(this.db.manager, ctx, { openingId });
    const stages: LoopStage[] = input.stages.map((s) => ({ name: s.name.trim(), interviewTypes: [...s.interviewTypes] }));
    const known: { key: string }[] = await this.db.query(`SELECT key FROM interview_type WHERE key = ANY($1)`, [
      [...new Set(stages.flatMap((s) => s.interviewTypes))],
    ]);
    const problems = validateStages(stages, new Set(known.map((k) => k.key)));
    if (problems.length) {
      throw new DomainError(
        ErrorCode.LOOP_INVALID,
        `The loop is invalid: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`,
        problems,
      );
    }
    await this.db.transaction(async (tx) => {
      const [moved]: [{ loop_version: number }[], number] = await tx.query(
        `UPDATE opening SET loop_version = loop_version + 1, updated_at = now() WHERE id = $1 AND loop_version = $2 RETURNING loop_version`,
        [openingId, input.version],
      );
      if (!moved[0]) {
        const [current]: { loop_version: number }[] = await tx.query(`SELECT loop_version FROM opening WHERE id = $1`, [openingId]);
        if (!current) throw openingNotFound(openingId);
        throw new DomainError(
          ErrorCode.LOOP_VERSION_CONFLICT,
          `This loop was edited from version ${input.version}, but version ${current.loop_version} is current; reload and apply your change again`,
          [{ field: 'version', reason: `is not the current version (${current.loop_version})` }],
          { currentVersion: current.loop_version },
        );
      }
      const previous = await this.readStages(tx, openingId);
      const byName = new Map(previous.map((s) => [s.name.toLowerCase(), s]));
      const kept = new Set<string>();
      for (const stage of stages) {
        const match = byName.get(stage.name.toLowerCase());
        if (match) kept.add(match.id);
      }
      const dropped = previous.filter((s) => !kept.has(s.id));
      if (dropped.length) {
        // Marking the stages removed first takes their row locks: a move into one of them waits (FOR SHARE) and then finds it gone.
        await tx.query(`UPDATE opening_stage SET removed_at = now() WHERE id = ANY($1)`, [dropped.map((s) => s.id)]);
        const busy: { id: string; name: string; n: number }[] = await tx.query(
          `SELECT s.id, s.name, count(*)::int AS n FROM application a JOIN opening_stage s ON s.id = a.current_stage_id
            WHERE a.current_stage_id = ANY($1) AND a.status = 'active' GROUP BY s.id, s.name, s.position ORDER BY s.position`,
          [dropped.map((s) => s.id)],
        );
        if (busy.length) {
          throw new DomainError(
            ErrorCode.OPENING_STAGE_IN_USE,
            `Cannot remove ${busy.map((b) => `stage "${b.name}" (${b.n} active application${b.n === 1 ? '' : 's'})`).join(', ')}; move or close those applications first`,
            busy.map((b) => ({ field: 'stages', reason: `drops stage "${b.name}", which still has ${b.n} active application(s)` })),
            { stages: busy.map((b) => ({ id: b.id, name: b.name, activeApplications: b.n })) },
          );
        }
      }
      // Park the kept stages' positions out of the way, so renumbering never collides with the unique (opening, position).
      await tx.query(`UPDATE opening_stage SET position = position + 1000 WHERE opening_id = $1 AND removed_at IS NULL`, [openingId]);
      for (const [position, stage] of stages.entries()) {
        const match = byName.get(stage.name.toLowerCase());
        if (match) {
          await tx.query(`UPDATE opening_stage SET position = $2, name = $3 WHERE id = $1`, [match.id, position, stage.name]);
          await tx.query(`DELETE FROM opening_stage_type WHERE stage_id = $1`, [match.id]);
          await this.insertTypes(tx, match.id, stage.interviewTypes);
        } else {
          await this.insertStage(tx, openingId, position, stage.name, stage.interviewTypes);
        }
      }
      await this.audit.record(tx, ctx, {
        action: 'opening.loop_changed',
        entityType: 'opening',
        entityId: openingId,
        changes: {
          loopVersion: { from: input.version, to: moved[0].loop_version },
          stages: { from: previous.map((s) => ({ name: s.name, interviewTypes: s.interviewTypes })), to: stages },
        },
      });
    });
    return this.get(openingId);
  }

  private async insertStage(tx: EntityManager, openingId: string, position: number, name: string, types: string[]): Promise<void> {
    const [row]: [{ id: string }] = await tx.query(
      `INSERT INTO opening_stage (opening_id, position, name) VALUES ($1, $2, $3) RETURNING id`,
      [openingId, position, name],
    );
    await this.insertTypes(tx, row.id, types);
  }

  private async insertTypes(tx: EntityManager, stageId: string, types: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO opening_stage_type (stage_id, interview_type_key, position)
       SELECT $1, t.key, t.ord - 1 FROM unnest($2::varchar[]) WITH ORDINALITY AS t(key, ord)`,
      [stageId, types],
    );
  }

  private async writeMembers(tx: EntityManager, openingId: string, kind: 'recruiter' | 'interviewer', userIds: string[]): Promise<void> {
    await tx.query(`DELETE FROM opening_member WHERE opening_id = $1 AND kind = $2`, [openingId, kind]);
    await tx.query(
      `INSERT INTO opening_member (opening_id, kind, user_id, position)
       SELECT $1, $2, u.id, u.ord - 1 FROM unnest($3::uuid[]) WITH ORDINALITY AS u(id, ord)`,
      [openingId, kind, userIds],
    );
  }

  /** Every reference names its own field when it is wrong: roleId, hiringManagerId, recruiterIds.2, … */
  private async assertReferences(
    tx: EntityManager,
    refs: { roleId?: string; hiringManagerId?: string; recruiterIds?: string[]; interviewerIds?: string[] },
  ): Promise<void> {
    const problems: FieldError[] = [];
    if (refs.roleId) {
      const [role] = await tx.query(`SELECT id FROM role WHERE id = $1`, [refs.roleId]);
      if (!role) problems.push({ field: 'roleId', reason: 'no role has this id' });
    }
    const ids = [refs.hiringManagerId ?? [], refs.recruiterIds ?? [], refs.interviewerIds ?? []].flat();
    const users: { id: string; role: UserRole; active: boolean }[] = ids.length
      ? await tx.query(`SELECT id, role, active FROM app_user WHERE id = ANY($1::uuid[])`, [ids])
      : [];
    const byId = new Map(users.map((u) => [u.id, u]));
    const check = (field: string, id: string, rule: { roles: UserRole[]; what: string }) => {
      const user = byId.get(id);
      if (!user) problems.push({ field, reason: 'no user has this id' });
      else if (!user.active) problems.push({ field, reason: `must be ${rule.what}; this user is deactivated` });
      else if (!rule.roles.includes(user.role)) problems.push({ field, reason: `must be ${rule.what}; this user is a ${user.role}` });
    };
    if (refs.hiringManagerId) check('hiringManagerId', refs.hiringManagerId, PERSON_FIELDS.hiringManagerId);
    for (const [i, id] of (refs.recruiterIds ?? []).entries()) check(`recruiterIds.${i}`, id, PERSON_FIELDS.recruiterIds);
    for (const [i, id] of (refs.interviewerIds ?? []).entries()) check(`interviewerIds.${i}`, id, PERSON_FIELDS.interviewerIds);
    if (problems.length) {
      throw new DomainError(
        ErrorCode.VALIDATION_FAILED,
        `Invalid request: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`,
        problems,
      );
    }
  }
}

function toSummary(row: OpeningRow): OpeningSummary {
  return {
    id: row.id,
    title: row.title,
    roleId: row.role_id,
    roleName: row.role_name,
    level: row.level,
    headcount: row.headcount,
    hiringManager: { id: row.hiring_manager_id, name: row.hiring_manager_name },
    targetDate: row.target_date,
    status: row.status,
    version: row.version,
    activeApplications: row.active_applications,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export function openingNotFound(openingId: string): DomainError {
  return new DomainError(ErrorCode.OPENING_NOT_FOUND, `No opening with id ${openingId}`, [
    { field: 'openingId', reason: 'no opening has this id' },
  ]);
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(text: string): Cursor {
  let cursor: Partial<Cursor> | undefined;
  try {
    cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    cursor = undefined;
  }
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  if (
    !cursor ||
    typeof cursor.c !== 'string' ||
    typeof cursor.id !== 'string' ||
    !uuid.test(cursor.id) ||
    // Exactly PostgreSQL's text form of a timestamptz, which is what the API put there.
    !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(cursor.c) ||
    Number.isNaN(Date.parse(cursor.c.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00')))
  ) {
    throw new DomainError(ErrorCode.VALIDATION_FAILED, 'Invalid request: cursor is not a cursor from this API', [
      { field: 'cursor', reason: 'is not a cursor from this API' },
    ]);
  }
  return cursor as Cursor;
}
