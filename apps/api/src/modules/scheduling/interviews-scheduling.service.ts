import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type FieldError,
  type Interview,
  type InterviewStatus,
  type MyInterview,
  type MyInterviews,
} from '@loopboard/contracts';
import { createEvent, type EventAttributes } from 'ics';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { applicationNotFound, assertMayReadApplication } from '../openings/applications.service.js';
import type { CreateInterviewDto, UpdateInterviewDto } from './scheduling.dto.js';
import { assertOnOpeningTeam } from '../openings/opening-team.js';

const DAY_MS = 24 * 60 * 60 * 1000;

interface InterviewRow {
  id: string;
  application_id: string;
  candidate_id: string;
  stage_id: string;
  stage_name: string;
  interview_type_key: string;
  type_name: string;
  starts_at: Date;
  duration_minutes: number;
  scorecard_due_at: Date;
  status: InterviewStatus;
  version: number;
  created_at: Date;
  updated_at: Date;
  interviewers: { id: string; name: string; email: string }[];
}

const INTERVIEW_SQL = `
  SELECT i.id, i.application_id, a.candidate_id, i.stage_id, s.name AS stage_name, i.interview_type_key, t.name AS type_name,
         i.starts_at, i.duration_minutes, i.scorecard_due_at, i.status, i.version, i.created_at, i.updated_at,
         coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'email', u.email) ORDER BY ii.position)
                     FROM interview_interviewer ii JOIN app_user u ON u.id = ii.user_id
                    WHERE ii.interview_id = i.id), '[]') AS interviewers
    FROM interview i
    JOIN application a ON a.id = i.application_id
    JOIN opening_stage s ON s.id = i.stage_id
    JOIN interview_type t ON t.key = i.interview_type_key`;

/**
 * Interviews of an application's current stage: scheduling, rescheduling,
 * reassigning, cancelling (kept in history), the .ics invite, and an
 * interviewer's own list. Every write is audited in its transaction, sealed
 * under the candidate's key.
 */
@Injectable()
export class InterviewSchedulingService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- reads ----

  /** All interviews of an application (cancelled ones too); an interviewer sees only those they are assigned to. */
  async listForApplication(ctx: RequestContext, applicationId: string): Promise<Interview[]> {
    await assertMayReadApplication(this.db.manager, ctx, applicationId);
    const [app] = await this.db.query(`SELECT id FROM application WHERE id = $1`, [applicationId]);
    if (!app) throw applicationNotFound(applicationId);
    const params: unknown[] = [applicationId];
    let own = '';
    if (ctx.actor?.role === 'interviewer') {
      params.push(ctx.actor.id);
      own = `AND EXISTS (SELECT 1 FROM interview_interviewer ii WHERE ii.interview_id = i.id AND ii.user_id = $2)`;
    }
    const rows: InterviewRow[] = await this.db.query(
      `${INTERVIEW_SQL} WHERE i.application_id = $1 ${own} ORDER BY i.starts_at, i.id`,
      params,
    );
    return rows.map(toInterview);
  }

  async get(tx: EntityManager, interviewId: string): Promise<Interview> {
    return toInterview(await this.row(tx, interviewId));
  }

  /** The signed-in user's own interviews: upcoming ones, and those whose scorecard is due. */
  async mine(ctx: RequestContext): Promise<MyInterviews> {
    const rows: {
      id: string;
      application_id: string;
      candidate_id: string;
      candidate_name: string;
      opening_id: string;
      opening_title: string;
      type_key: string;
      type_name: string;
      starts_at: Date;
      duration_minutes: number;
      scorecard_due_at: Date;
      now: Date;
    }[] = await this.db.query(
      `SELECT i.id, i.application_id, a.candidate_id,
              CASE WHEN c.erased_at IS NULL THEN c.display_name ELSE 'Erased candidate' END AS candidate_name,
              o.id AS opening_id, o.title AS opening_title, t.key AS type_key, t.name AS type_name,
              i.starts_at, i.duration_minutes, i.scorecard_due_at, now() AS now
         FROM interview_interviewer ii
         JOIN interview i ON i.id = ii.interview_id AND i.status = 'scheduled'
         JOIN application a ON a.id = i.application_id
         JOIN candidate c ON c.id = a.candidate_id
         JOIN opening o ON o.id = a.opening_id
         JOIN interview_type t ON t.key = i.interview_type_key
        WHERE ii.user_id = $1
          -- A submitted scorecard takes the interview off the list: nothing is due any more.
          AND NOT EXISTS (SELECT 1 FROM scorecard s WHERE s.interview_id = i.id AND s.interviewer_id = $1 AND s.status = 'submitted')
        ORDER BY i.starts_at, i.id`,
      [ctx.actor?.id],
    );
    const items: MyInterview[] = rows.map((r) => ({
      id: r.id,
      applicationId: r.application_id,
      candidate: { id: r.candidate_id, name: r.candidate_name },
      opening: { id: r.opening_id, title: r.opening_title },
      interviewType: { key: r.type_key, name: r.type_name },
      startsAt: r.starts_at.toISOString(),
      durationMinutes: r.duration_minutes,
      scorecardDueAt: r.scorecard_due_at.toISOString(),
      when: r.starts_at > r.now ? 'upcoming' : r.scorecard_due_at > r.now ? 'scorecard_due' : 'overdue',
    }));
    return {
      upcoming: items.filter((i) => i.when === 'upcoming'),
      // Scorecards are not filed yet in this version, so every started interview still owes one.
      scorecardsDue: items.filter((i) => i.when !== 'upcoming').sort((a, b) => a.scorecardDueAt.localeCompare(b.scorecardDueAt)),
    };
  }

  /** An iCalendar invite: the type and candidate, the time, the interviewers, and a link to the kit (never the candidate's email). */
  async invite(ctx: RequestContext, interviewId: string, origin: string): Promise<string> {
    const row = await this.row(this.db.manager, interviewId);
    await assertMayReadApplication(this.db.manager, ctx, row.application_id);
    if (ctx.actor?.role === 'interviewer' && !row.interviewers.some((u) => u.id === ctx.actor?.id)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'You are not an interviewer on this interview');
    }
    const [who]: { name: string }[] = await this.db.query(
      `SELECT CASE WHEN erased_at IS NULL THEN display_name ELSE 'Erased candidate' END AS name FROM candidate WHERE id = $1`,
      [row.candidate_id],
    );
    const kitUrl = `${origin}/interviews/${encodeURIComponent(row.interview_type_key)}`;
    const event: EventAttributes = {
      uid: `${row.id}@loopboard`,
      productId: 'loopboard/interviews',
      sequence: row.version,
      title: `${row.type_name} with ${who?.name ?? 'candidate'}`,
      description: `${row.type_name} (${row.stage_name}). Read the interview kit before you start: ${kitUrl}`,
      url: kitUrl,
      start: row.starts_at.getTime(),
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { minutes: row.duration_minutes },
      status: row.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
      attendees: row.interviewers.map((u) => ({
        name: u.name,
        email: u.email,
        rsvp: true,
        role: 'REQ-PARTICIPANT',
        partstat: 'NEEDS-ACTION',
      })),
    };
    const { error, value } = createEvent(event);
    if (error || !value) throw error ?? new Error('ics produced no invite');
    return value;
  }

  // ---- writes ----

  async create(ctx: RequestContext, applicationId: string, input: CreateInterviewDto): Promise<Interview> {
    return this.db.transaction(async (tx) => {
      await assertOnOpeningTeam(tx, ctx, { applicationId });
      // A share lock on the application: a stage move waits for this insert, so the interview is for the stage it is in.
      const [app]: { opening_id: string; candidate_id: string; current_stage_id: string; stage_name: string; status: string }[] =
        await tx.query(
          `SELECT a.opening_id, a.candidate_id, a.current_stage_id, s.name AS stage_name, a.status
             FROM application a JOIN opening_stage s ON s.id = a.current_stage_id WHERE a.id = $1 FOR SHARE OF a`,
          [applicationId],
        );
      if (!app) throw applicationNotFound(applicationId);
      if (app.status !== 'active') {
        throw new DomainError(ErrorCode.INTERVIEW_CLOSED, `This application is ${app.status}; only active applications get interviews`, [
          { field: 'applicationId', reason: `is ${app.status}, not active` },
        ]);
      }
      const problems: FieldError[] = [];
      const types: { key: string; duration_minutes: number }[] = await tx.query(
        `SELECT t.key, t.duration_minutes FROM opening_stage_type st JOIN interview_type t ON t.key = st.interview_type_key
          WHERE st.stage_id = $1 ORDER BY st.position`,
        [app.current_stage_id],
      );
      const type = types.find((t) => t.key === input.interviewTypeKey);
      if (!type) {
        problems.push({
          field: 'interviewTypeKey',
          reason: `is not an interview type of the application's current stage "${app.stage_name}" (one of ${types.map((t) => t.key).join(', ')})`,
        });
      }
      const startsAt = new Date(input.startsAt);
      if (startsAt.getTime() <= Date.now())
        problems.push({ field: 'startsAt', reason: 'is in the past; a new interview must be in the future' });
      const dueAt = input.scorecardDueAt ? new Date(input.scorecardDueAt) : new Date(startsAt.getTime() + DAY_MS);
      if (dueAt <= startsAt) problems.push({ field: 'scorecardDueAt', reason: 'must be after startsAt' });
      problems.push(...(await this.checkInterviewers(tx, app.opening_id, input.interviewerIds)));
      if (problems.length || !type) throw invalid(problems);

      const [inserted]: [{ id: string }] = await tx.query(
        `INSERT INTO interview (application_id, stage_id, interview_type_key, starts_at, duration_minutes, scorecard_due_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [applicationId, app.current_stage_id, input.interviewTypeKey, startsAt, input.durationMinutes ?? type.duration_minutes, dueAt],
      );
      const id = inserted.id;
      await this.assign(tx, id, input.interviewerIds);
      const created = await this.get(tx, id);
      await this.audit.record(tx, ctx, {
        action: 'interview.scheduled',
        entityType: 'interview',
        entityId: id,
        subject: { candidateId: app.candidate_id },
        changes: {
          applicationId,
          stageId: app.current_stage_id,
          interviewTypeKey: input.interviewTypeKey,
          startsAt: created.startsAt,
          durationMinutes: created.durationMinutes,
          scorecardDueAt: created.scorecardDueAt,
          interviewerIds: input.interviewerIds,
        },
      });
      return created;
    });
  }

  /** Reschedules or reassigns from the version the client saw; a stale version changes nothing (409). */
  async update(ctx: RequestContext, interviewId: string, input: UpdateInterviewDto): Promise<Interview> {
    return this.db.transaction(async (tx) => {
      await assertOnOpeningTeam(tx, ctx, { interviewId });
      const before = await this.row(tx, interviewId);
      // The interview's application exists (foreign key); the share lock keeps it from closing under this edit.
      const [app]: [{ opening_id: string; status: string }] = await tx.query(
        `SELECT opening_id, status FROM application WHERE id = $1 FOR SHARE`,
        [before.application_id],
      );
      if (before.status === 'cancelled') throw closed('This interview is cancelled; schedule a new one instead');
      if (app.status !== 'active') throw closed(`This application is ${app.status}; its interviews can no longer change`);
      const problems: FieldError[] = [];
      const startsAt = input.startsAt ? new Date(input.startsAt) : before.starts_at;
      if (input.startsAt && startsAt.getTime() <= Date.now()) {
        problems.push({ field: 'startsAt', reason: 'is in the past; a new time must be in the future' });
      }
      // Moving the interview moves its scorecard due date with it, unless a new one is given.
      const dueAt = input.scorecardDueAt
        ? new Date(input.scorecardDueAt)
        : new Date(before.scorecard_due_at.getTime() + (startsAt.getTime() - before.starts_at.getTime()));
      if (dueAt <= startsAt) problems.push({ field: 'scorecardDueAt', reason: 'must be after startsAt' });
      if (input.interviewerIds) problems.push(...(await this.checkInterviewers(tx, app.opening_id, input.interviewerIds)));
      if (problems.length) throw invalid(problems);

      const updated: [{ version: number }[], number] = await tx.query(
        `UPDATE interview SET starts_at = $3, scorecard_due_at = $4, duration_minutes = $5, version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'scheduled' RETURNING version`,
        [interviewId, input.version, startsAt, dueAt, input.durationMinutes ?? before.duration_minutes],
      );
      if (!updated[0][0]) throw await this.conflict(tx, interviewId);
      if (input.interviewerIds) {
        await tx.query(`DELETE FROM interview_interviewer WHERE interview_id = $1`, [interviewId]);
        await this.assign(tx, interviewId, input.interviewerIds);
      }
      const after = await this.get(tx, interviewId);
      const from = toInterview(before);
      await this.audit.record(tx, ctx, {
        action: 'interview.updated',
        entityType: 'interview',
        entityId: interviewId,
        subject: { candidateId: before.candidate_id },
        changes: {
          startsAt: { from: from.startsAt, to: after.startsAt },
          durationMinutes: { from: from.durationMinutes, to: after.durationMinutes },
          scorecardDueAt: { from: from.scorecardDueAt, to: after.scorecardDueAt },
          interviewerIds: { from: from.interviewers.map((u) => u.id), to: after.interviewers.map((u) => u.id) },
        },
      });
      return after;
    });
  }

  /** Cancels from the version the client saw; the interview stays in the application's history. */
  async cancel(ctx: RequestContext, interviewId: string, version: number): Promise<Interview> {
    return this.db.transaction(async (tx) => {
      await assertOnOpeningTeam(tx, ctx, { interviewId });
      const before = await this.row(tx, interviewId);
      const updated: [{ version: number }[], number] = await tx.query(
        `UPDATE interview SET status = 'cancelled', cancelled_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2 AND status = 'scheduled' RETURNING version`,
        [interviewId, version],
      );
      if (!updated[0][0]) throw await this.conflict(tx, interviewId);
      await this.audit.record(tx, ctx, {
        action: 'interview.cancelled',
        entityType: 'interview',
        entityId: interviewId,
        subject: { candidateId: before.candidate_id },
        changes: { status: { from: 'scheduled', to: 'cancelled' }, startsAt: before.starts_at.toISOString() },
      });
      return this.get(tx, interviewId);
    });
  }

  // ---- helpers ----

  private async row(tx: EntityManager, interviewId: string): Promise<InterviewRow> {
    const [row]: InterviewRow[] = await tx.query(`${INTERVIEW_SQL} WHERE i.id = $1`, [interviewId]);
    if (!row) {
      throw new DomainError(ErrorCode.INTERVIEW_NOT_FOUND, `No interview with id ${interviewId}`, [
        { field: 'interviewId', reason: 'no interview has this id' },
      ]);
    }
    return row;
  }

  /** Each interviewer must be an active user on the opening's team as an interviewer; share-locked so a team edit waits. */
  private async checkInterviewers(tx: EntityManager, openingId: string, ids: string[]): Promise<FieldError[]> {
    const rows: { user_id: string }[] = await tx.query(
      `SELECT m.user_id FROM opening_member m JOIN app_user u ON u.id = m.user_id
        WHERE m.opening_id = $1 AND m.kind = 'interviewer' AND m.user_id = ANY($2::uuid[]) AND u.active
        FOR SHARE OF m`,
      [openingId, ids],
    );
    const onTeam = new Set(rows.map((r) => r.user_id));
    return ids.flatMap((id, i) =>
      onTeam.has(id) ? [] : [{ field: `interviewerIds.${i}`, reason: "is not an active interviewer on this opening's team" }],
    );
  }

  private async assign(tx: EntityManager, interviewId: string, ids: string[]): Promise<void> {
    await tx.query(
      `INSERT INTO interview_interviewer (interview_id, user_id, position)
       SELECT $1, u.id, u.ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, ord)`,
      [interviewId, ids],
    );
  }

  private async conflict(tx: EntityManager, interviewId: string): Promise<DomainError> {
    const current = await this.row(tx, interviewId);
    if (current.status === 'cancelled') return closed('This interview is cancelled; nothing was changed');
    return new DomainError(
      ErrorCode.INTERVIEW_VERSION_CONFLICT,
      `This interview changed since you saw it (now version ${current.version}); nothing was changed, reload and try again`,
      [{ field: 'version', reason: `is not the current version (${current.version})` }],
      { currentVersion: current.version, current: toInterview(current) },
    );
  }
}

function toInterview(row: InterviewRow): Interview {
  return {
    id: row.id,
    applicationId: row.application_id,
    stage: { id: row.stage_id, name: row.stage_name },
    interviewType: { key: row.interview_type_key, name: row.type_name },
    interviewers: row.interviewers.map((u) => ({ id: u.id, name: u.name })),
    startsAt: row.starts_at.toISOString(),
    durationMinutes: row.duration_minutes,
    scorecardDueAt: row.scorecard_due_at.toISOString(),
    status: row.status,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

function invalid(fields: FieldError[]): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`, fields);
}

function closed(message: string): DomainError {
  return new DomainError(ErrorCode.INTERVIEW_CLOSED, message, [{ field: 'interviewId', reason: 'is closed to changes' }]);
}
