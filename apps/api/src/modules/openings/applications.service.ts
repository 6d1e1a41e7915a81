import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type ApplicationDetail,
  type ApplicationEvent,
  type ApplicationEventKind,
  type ApplicationStageConflict,
  type ApplicationState,
  type ApplicationStatus,
  type ApplicationSummary,
  type BulkItem,
  type BulkResult,
  type FieldError,
  type OpeningStatus,
  type RejectionReason,
} from '@loopboard/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { candidateErased } from '../candidates/erasure.service.js';
import type {
  ApplicationListQueryDto,
  BulkMoveDto,
  BulkRejectDto,
  CreateApplicationDto,
  MoveApplicationDto,
  PutRejectionReasonDto,
} from './openings.dto.js';
import { openingNotFound } from './openings.service.js';
import { fingerprint } from '../candidates/candidates.service.js';
import { assertOnOpeningTeam } from './opening-team.js';

interface ApplicationRow {
  id: string;
  opening_id: string;
  candidate_id: string;
  current_stage_id: string;
  stage_name: string;
  status: ApplicationStatus;
  rejection_reason_key: string | null;
  reason_label: string | null;
  reason_active: boolean | null;
  version: number;
  stage_entered_at: Date;
  created_at: Date;
  seconds_in_stage: number;
  candidate_name: string;
  first_author_top_tier: number | null;
  credit_adjusted: string | null;
  best_venue_tier: number | null;
  reproduced_reimplementations: number | null;
}

// Time in stage runs until the application leaves the pipeline (its last update, for a final status).
const APPLICATION_SQL = `
  SELECT a.id, a.opening_id, a.candidate_id, a.current_stage_id, s.name AS stage_name, a.status, a.rejection_reason_key,
         rr.label AS reason_label, rr.active AS reason_active, a.version, a.stage_entered_at, a.created_at,
         floor(extract(epoch FROM (CASE WHEN a.status = 'active' THEN now() ELSE a.updated_at END) - a.stage_entered_at))::int AS seconds_in_stage,
         CASE WHEN c.erased_at IS NULL THEN c.display_name ELSE 'Erased candidate' END AS candidate_name,
         sig.first_author_top_tier, sig.credit_adjusted, sig.best_venue_tier, sig.reproduced_reimplementations
    FROM application a
    JOIN opening_stage s ON s.id = a.current_stage_id
    JOIN candidate c ON c.id = a.candidate_id
    LEFT JOIN candidate_signal sig ON sig.candidate_id = c.id
    LEFT JOIN rejection_reason rr ON rr.key = a.rejection_reason_key`;

type CloseKind = 'rejected' | 'withdrawn' | 'hired';
const CLOSE_EVENT: Record<CloseKind, ApplicationEventKind> = { rejected: 'rejected', withdrawn: 'withdrawn', hired: 'hired' };

interface LockedRow {
  id: string;
  opening_id: string;
  candidate_id: string;
  current_stage_id: string;
  status: ApplicationStatus;
  version: number;
}

@Injectable()
export class ApplicationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- rejection reasons ----

  async listReasons(): Promise<RejectionReason[]> {
    return this.db.query(`SELECT key, label, active FROM rejection_reason ORDER BY position, key`);
  }

  /** Adds a reason or renames / (de)activates one; rejections that used it keep it. */
  async putReason(ctx: RequestContext, key: string, input: PutRejectionReasonDto): Promise<RejectionReason> {
    return this.db.transaction(async (tx) => {
      const [before]: RejectionReason[] = await tx.query(`SELECT key, label, active FROM rejection_reason WHERE key = $1 FOR UPDATE`, [
        key,
      ]);
      const active = input.active ?? before?.active ?? true;
      const [after]: [RejectionReason] = await tx.query(
        `INSERT INTO rejection_reason (key, label, active, position)
         VALUES ($1, $2, $3, (SELECT coalesce(max(position) + 1, 0) FROM rejection_reason))
         ON CONFLICT (key) DO UPDATE SET label = EXCLUDED.label, active = EXCLUDED.active, updated_at = now()
         RETURNING key, label, active`,
        [key, input.label, active],
      );
      await this.audit.record(tx, ctx, {
        action: before ? 'rejection_reason.updated' : 'rejection_reason.created',
        entityType: 'rejection_reason',
        entityId: key,
        changes: before
          ? { label: { from: before.label, to: after.label }, active: { from: before.active, to: after.active } }
          : { ...after },
      });
      return after;
    });
  }

  // ---- reads ----

  async listForOpening(openingId: string, query: ApplicationListQueryDto): Promise<ApplicationSummary[]> {
    const [opening] = await this.db.query(`SELECT id FROM opening WHERE id = $1`, [openingId]);
    if (!opening) throw openingNotFound(openingId);
    const params: unknown[] = [openingId];
    if (query.status) params.push(query.status);
    const rows: ApplicationRow[] = await this.db.query(
      `${APPLICATION_SQL} WHERE a.opening_id = $1 ${query.status ? 'AND a.status = $2' : ''}
        ORDER BY s.position, a.stage_entered_at, a.id`,
      params,
    );
    return rows.map(toSummary);
  }

  async get(applicationId: string): Promise<ApplicationDetail> {
    return this.detail(this.db.manager, applicationId);
  }

  /**
   * The application as the caller may see it: an interviewer only where they are
   * assigned to an interview, and then only what the interview needs (the
   * candidate's name and signals, the stages; no notes).
   */
  async getFor(ctx: RequestContext, applicationId: string): Promise<ApplicationDetail> {
    await assertMayReadApplication(this.db.manager, ctx, applicationId);
    const detail = await this.get(applicationId);
    if (ctx.actor?.role !== 'interviewer') return detail;
    return { ...detail, history: detail.history.map((e) => ({ ...e, note: null })) };
  }

  private async detail(tx: EntityManager, applicationId: string): Promise<ApplicationDetail> {
    const [row]: ApplicationRow[] = await tx.query(`${APPLICATION_SQL} WHERE a.id = $1`, [applicationId]);
    if (!row) throw applicationNotFound(applicationId);
    const [opening]: [{ id: string; title: string; status: OpeningStatus }] = await tx.query(
      `SELECT id, title, status FROM opening WHERE id = $1`,
      [row.opening_id],
    );
    const events: {
      id: string;
      kind: ApplicationEventKind;
      at: Date;
      actor_id: string | null;
      actor_name: string | null;
      from_stage_id: string | null;
      from_stage_name: string | null;
      to_stage_id: string | null;
      to_stage_name: string | null;
      from_status: ApplicationStatus | null;
      to_status: ApplicationStatus;
      reason_key: string | null;
      reason_label: string | null;
      reason_active: boolean | null;
      note: string | null;
    }[] = await tx.query(
      `SELECT e.id::text AS id, e.kind, e.at, e.actor_id, u.name AS actor_name, e.from_stage_id, fs.name AS from_stage_name,
              e.to_stage_id, ts.name AS to_stage_name, e.from_status, e.to_status, e.reason_key, rr.label AS reason_label,
              rr.active AS reason_active, e.note
         FROM application_event e
         LEFT JOIN app_user u ON u.id = e.actor_id
         LEFT JOIN opening_stage fs ON fs.id = e.from_stage_id
         LEFT JOIN opening_stage ts ON ts.id = e.to_stage_id
         LEFT JOIN rejection_reason rr ON rr.key = e.reason_key
        WHERE e.application_id = $1
        ORDER BY e.at, e.id`,
      [applicationId],
    );
    const history: ApplicationEvent[] = events.map((e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at.toISOString(),
      actor: e.actor_id ? { id: e.actor_id, name: e.actor_name ?? '' } : null,
      fromStage: e.from_stage_id ? { id: e.from_stage_id, name: e.from_stage_name ?? '' } : null,
      toStage: e.to_stage_id ? { id: e.to_stage_id, name: e.to_stage_name ?? '' } : null,
      fromStatus: e.from_status,
      toStatus: e.to_status,
      reason: e.reason_key ? { key: e.reason_key, label: e.reason_label ?? '', active: e.reason_active ?? false } : null,
      note: e.note,
    }));
    return { ...toSummary(row), opening, history };
  }

  // ---- writes ----

  async create(ctx: RequestContext, input: CreateApplicationDto): Promise<ApplicationDetail> {
    const id = await this.db.transaction(async (tx) => {
      // Share locks: an erasure, an archive or a loop edit running now waits for this insert, or this insert sees its result.
      const [candidate]: { erased_at: Date | null; archived_at: Date | null }[] = await tx.query(
        `SELECT erased_at, archived_at FROM candidate WHERE id = $1 FOR SHARE`,
        [input.candidateId],
      );
      if (!candidate) {
        throw new DomainError(ErrorCode.CANDIDATE_NOT_FOUND, `No candidate with id ${input.candidateId}`, [
          { field: 'candidateId', reason: 'no candidate has this id' },
        ]);
      }
      if (candidate.erased_at) throw candidateErased(input.candidateId);
      if (candidate.archived_at) {
        throw new DomainError(ErrorCode.CANDIDATE_ARCHIVED, 'This candidate is archived; unarchive them before opening an application', [
          { field: 'candidateId', reason: 'is archived' },
        ]);
      }
      const [opening]: { status: OpeningStatus }[] = await tx.query(`SELECT status FROM opening WHERE id = $1 FOR SHARE`, [
        input.openingId,
      ]);
      if (!opening) throw openingNotFound(input.openingId);
      if (opening.status !== 'open') {
        throw new DomainError(
          ErrorCode.OPENING_NOT_OPEN,
          `This opening is ${opening.status.replace('_', ' ')}; only open openings take applications`,
          [{ field: 'openingId', reason: `is ${opening.status}, not open` }],
        );
      }
      const [first]: { id: string; name: string }[] = await tx.query(
        `SELECT id, name FROM opening_stage WHERE opening_id = $1 AND removed_at IS NULL ORDER BY position LIMIT 1 FOR SHARE`,
        [input.openingId],
      );
      if (!first) {
        throw new DomainError(ErrorCode.OPENING_LOOP_EMPTY, 'This opening has no stages yet; set up its loop first', [
          { field: 'openingId', reason: 'has no loop stages' },
        ]);
      }
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO application (candidate_id, opening_id, current_stage_id, status)
         VALUES ($1, $2, $3, 'active')
         ON CONFLICT (candidate_id, opening_id) WHERE status = 'active' DO NOTHING
         RETURNING id`,
        [input.candidateId, input.openingId, first.id],
      );
      if (!inserted[0]) {
        const [existing]: { id: string }[] = await tx.query(
          `SELECT id FROM application WHERE candidate_id = $1 AND opening_id = $2 AND status = 'active'`,
          [input.candidateId, input.openingId],
        );
        throw new DomainError(
          ErrorCode.APPLICATION_EXISTS,
          'This candidate already has an active application for this opening',
          [{ field: 'candidateId', reason: 'already has an active application for this opening' }],
          { existingApplicationId: existing?.id },
        );
      }
      const applicationId = inserted[0].id;
      await this.recordEvent(tx, ctx, {
        applicationId,
        candidateId: input.candidateId,
        kind: 'created',
        fromStageId: null,
        toStageId: first.id,
        fromStatus: null,
        toStatus: 'active',
        action: 'application.created',
        extra: { openingId: input.openingId, stage: first.name },
      });
      return applicationId;
    });
    return this.get(id);
  }

  /**
   * Moves an application from the stage the client saw to another stage of its
   * opening's loop. The conditional UPDATE is the check: of two moves from the
   * same stage exactly one matches, the other gets 409 with the current state.
   */
  async move(ctx: RequestContext, applicationId: string, input: MoveApplicationDto): Promise<ApplicationDetail> {
    await this.db.transaction(async (tx) => {
      const app = await this.find(tx, applicationId);
      await this.lockTargetStage(tx, app.opening_id, input.toStageId, 'toStageId');
      if (input.toStageId === input.fromStageId) {
        throw invalid([{ field: 'toStageId', reason: 'is the same stage as fromStageId' }]);
      }
      const moved: [{ version: number }[], number] = await tx.query(
        `UPDATE application SET current_stage_id = $3, stage_entered_at = now(), version = version + 1, updated_at = now()
          WHERE id = $1 AND current_stage_id = $2 AND status = 'active' RETURNING version`,
        [applicationId, input.fromStageId, input.toStageId],
      );
      if (!moved[0][0]) throw await this.stageConflict(tx, applicationId, input.fromStageId);
      await this.recordEvent(tx, ctx, {
        applicationId,
        candidateId: app.candidate_id,
        kind: 'moved',
        fromStageId: input.fromStageId,
        toStageId: input.toStageId,
        fromStatus: 'active',
        toStatus: 'active',
        action: 'application.moved',
      });
    });
    return this.get(applicationId);
  }

  /** Reject, withdraw or hire, from the stage the client saw (same stale-state rule as a move). */
  async close(
    ctx: RequestContext,
    applicationId: string,
    status: CloseKind,
    input: { fromStageId: string; reasonKey?: string; note?: string },
  ): Promise<ApplicationDetail> {
    await this.db.transaction(async (tx) => {
      const app = await this.find(tx, applicationId);
      if (status === 'rejected') await this.assertReason(tx, input.reasonKey ?? '', 'reasonKey');
      const moved: [{ version: number }[], number] = await tx.query(
        `UPDATE application SET status = $3, rejection_reason_key = $4, version = version + 1, updated_at = now()
          WHERE id = $1 AND current_stage_id = $2 AND status = 'active' RETURNING version`,
        [applicationId, input.fromStageId, status, status === 'rejected' ? input.reasonKey : null],
      );
      if (!moved[0][0]) throw await this.stageConflict(tx, applicationId, input.fromStageId);
      await this.recordEvent(tx, ctx, {
        applicationId,
        candidateId: app.candidate_id,
        kind: CLOSE_EVENT[status],
        fromStageId: input.fromStageId,
        toStageId: input.fromStageId,
        fromStatus: 'active',
        toStatus: status,
        reasonKey: status === 'rejected' ? input.reasonKey : null,
        note: input.note ?? null,
        action: `application.${CLOSE_EVENT[status]}`,
      });
    });
    return this.get(applicationId);
  }

  async bulkMove(ctx: RequestContext, input: BulkMoveDto): Promise<BulkResult> {
    return this.bulk(ctx, input.items, async (tx, rows) => {
      const openingIds = new Set(rows.map((r) => r.opening_id));
      // Every item must belong to the opening of the first one (rows come in id order, not item order).
      const openingId = (rows.find((r) => r.id === input.items[0]?.applicationId) as LockedRow).opening_id;
      const problems: FieldError[] = [];
      if (openingIds.size > 1) {
        input.items.forEach((item, i) => {
          const row = rows.find((r) => r.id === item.applicationId);
          if (row?.opening_id !== openingId)
            problems.push({ field: `items.${i}.applicationId`, reason: 'belongs to another opening than items.0' });
        });
        throw invalid(problems);
      }
      await this.lockTargetStage(tx, openingId, input.toStageId, 'toStageId');
      input.items.forEach((item, i) => {
        if (item.fromStageId === input.toStageId)
          problems.push({ field: `items.${i}.fromStageId`, reason: 'is the same stage as toStageId' });
      });
      if (problems.length) throw invalid(problems);
      return {
        set: `current_stage_id = $3, stage_entered_at = now()`,
        params: [input.toStageId],
        event: (item) => ({
          kind: 'moved',
          toStageId: input.toStageId,
          toStatus: 'active',
          action: 'application.moved',
          fromStageId: item.fromStageId,
        }),
      };
    });
  }

  async bulkReject(ctx: RequestContext, input: BulkRejectDto): Promise<BulkResult> {
    return this.bulk(ctx, input.items, async (tx) => {
      await this.assertReason(tx, input.reasonKey, 'reasonKey');
      return {
        set: `status = 'rejected', rejection_reason_key = $3`,
        params: [input.reasonKey],
        event: (item) => ({
          kind: 'rejected',
          toStageId: item.fromStageId,
          toStatus: 'rejected',
          reasonKey: input.reasonKey,
          note: input.note ?? null,
          action: 'application.rejected',
          fromStageId: item.fromStageId,
        }),
      };
    });
  }

  /**
   * All or nothing: every application is locked (in id order, so two bulk
   * actions cannot deadlock), every item checked against the stage the client
   * saw, and only when none is stale is anything written.
   */
  private async bulk(
    ctx: RequestContext,
    items: BulkItem[],
    plan: (
      tx: EntityManager,
      rows: LockedRow[],
    ) => Promise<{
      set: string;
      params: unknown[];
      event: (item: BulkItem) => Pick<EventInput, 'kind' | 'toStageId' | 'toStatus' | 'action' | 'fromStageId' | 'reasonKey' | 'note'>;
    }>,
  ): Promise<BulkResult> {
    const seen = new Map<string, number>();
    const duplicates: FieldError[] = [];
    items.forEach((item, i) => {
      const first = seen.get(item.applicationId);
      if (first !== undefined) duplicates.push({ field: `items.${i}.applicationId`, reason: `repeats items.${first}.applicationId` });
      else seen.set(item.applicationId, i);
    });
    if (duplicates.length) throw invalid(duplicates);
    const ids = items.map((i) => i.applicationId);
    await this.db.transaction(async (tx) => {
      const rows: LockedRow[] = await tx.query(
        `SELECT id, opening_id, candidate_id, current_stage_id, status, version FROM application WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
        [ids],
      );
      const byId = new Map(rows.map((r) => [r.id, r]));
      const missing = items.flatMap((item, i) =>
        byId.has(item.applicationId) ? [] : [{ field: `items.${i}.applicationId`, reason: 'no application has this id' }],
      );
      if (missing.length) {
        throw new DomainError(
          ErrorCode.APPLICATION_NOT_FOUND,
          `Unknown application(s): ${missing.map((m) => m.field).join(', ')}`,
          missing,
        );
      }
      const action = await plan(tx, rows);
      const stale = items.filter((item) => {
        const row = byId.get(item.applicationId) as LockedRow;
        return row.status !== 'active' || row.current_stage_id !== item.fromStageId;
      });
      if (stale.length) {
        const states = await this.states(
          tx,
          stale.map((s) => s.applicationId),
        );
        const details: ApplicationStageConflict = {
          stale: stale.map((s) => ({ ...s, current: states.get(s.applicationId) ?? null })),
        };
        throw new DomainError(
          ErrorCode.APPLICATION_STAGE_CONFLICT,
          `${stale.length} of ${items.length} applications changed since you saw them; nothing was changed, reload and try again`,
          stale.map((s) => ({
            field: `items.${items.indexOf(s)}.fromStageId`,
            reason: 'is no longer the stage of this active application',
          })),
          details as Record<string, unknown>,
        );
      }
      const updated: [{ id: string }[], number] = await tx.query(
        `UPDATE application SET ${action.set}, version = version + 1, updated_at = now()
          WHERE id = ANY($1::uuid[]) AND status = 'active' AND current_stage_id = (
            SELECT (i->>'fromStageId')::uuid FROM jsonb_array_elements($2::jsonb) i WHERE (i->>'applicationId')::uuid = application.id)
          RETURNING id`,
        [ids, JSON.stringify(items), ...action.params],
      );
      // The rows are locked and were checked above, so this cannot differ; if it ever does, roll back rather than half-write.
      if (updated[0].length !== items.length) throw new Error(`bulk update touched ${updated[0].length} of ${items.length} rows`);
      for (const item of items) {
        await this.recordEvent(tx, ctx, {
          applicationId: item.applicationId,
          candidateId: (byId.get(item.applicationId) as LockedRow).candidate_id,
          fromStatus: 'active',
          ...action.event(item),
          extra: { bulk: items.length },
        });
      }
    });
    const states = await this.states(this.db.manager, ids);
    return { items: ids.map((id) => states.get(id) as ApplicationState) };
  }

  // ---- helpers ----

  private async find(tx: EntityManager, applicationId: string): Promise<LockedRow> {
    const [row]: LockedRow[] = await tx.query(
      `SELECT id, opening_id, candidate_id, current_stage_id, status, version FROM application WHERE id = $1`,
      [applicationId],
    );
    if (!row) throw applicationNotFound(applicationId);
    return row;
  }

  /** The target must be a current stage of the opening's loop; the share lock keeps a loop edit from removing it under us. */
  private async lockTargetStage(tx: EntityManager, openingId: string, stageId: string, field: string): Promise<void> {
    const [stage] = await tx.query(`SELECT id FROM opening_stage WHERE id = $1 AND opening_id = $2 AND removed_at IS NULL FOR SHARE`, [
      stageId,
      openingId,
    ]);
    if (!stage) throw invalid([{ field, reason: "is not a stage of this opening's loop" }]);
  }

  private async assertReason(tx: EntityManager, key: string, field: string): Promise<void> {
    const [reason]: { active: boolean }[] = await tx.query(`SELECT active FROM rejection_reason WHERE key = $1 FOR SHARE`, [key]);
    if (!reason) throw invalid([{ field, reason: 'is not a rejection reason (see GET /api/rejection-reasons)' }]);
    if (!reason.active) throw invalid([{ field, reason: 'is a deactivated rejection reason' }]);
  }

  private async states(tx: EntityManager, ids: string[]): Promise<Map<string, ApplicationState>> {
    const rows: ApplicationRow[] = await tx.query(`${APPLICATION_SQL} WHERE a.id = ANY($1::uuid[])`, [ids]);
    return new Map(rows.map((r) => [r.id, toState(r)]));
  }

  private async stageConflict(tx: EntityManager, applicationId: string, fromStageId: string): Promise<DomainError> {
    const current = (await this.states(tx, [applicationId])).get(applicationId);
    if (!current) return applicationNotFound(applicationId);
    const where = current.status === 'active' ? `is in stage "${current.currentStage.name}"` : `is ${current.status}`;
    const details: ApplicationStageConflict = { current };
    return new DomainError(
      ErrorCode.APPLICATION_STAGE_CONFLICT,
      `This application changed since you saw it: it ${where} now; nothing was changed, reload and try again`,
      [
        {
          field: 'fromStageId',
          reason:
            current.status === 'active' && current.currentStage.id !== fromStageId
              ? `is not the current stage (${current.currentStage.name})`
              : `the application is ${current.status}`,
        },
      ],
      details as Record<string, unknown>,
    );
  }

  private async recordEvent(tx: EntityManager, ctx: RequestContext, e: EventInput): Promise<void> {
    // Every change to an application passes here, inside its transaction: a recruiter off the team rolls it back.
    await assertOnOpeningTeam(tx, ctx, { applicationId: e.applicationId });
    await tx.query(
      `INSERT INTO application_event (application_id, actor_id, kind, from_stage_id, to_stage_id, from_status, to_status, reason_key, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        e.applicationId,
        ctx.actor?.id ?? null,
        e.kind,
        e.fromStageId,
        e.toStageId,
        e.fromStatus,
        e.toStatus,
        e.reasonKey ?? null,
        e.note ?? null,
      ],
    );
    await this.audit.record(tx, ctx, {
      action: e.action,
      entityType: 'application',
      entityId: e.applicationId,
      // Sealed under the candidate's key, so erasing them shreds it. A note may also name someone else, whose
      // erasure could not shred this entry: the log keeps its fingerprint, the text stays in application_event.
      subject: { candidateId: e.candidateId },
      changes: {
        stage: { from: e.fromStageId, to: e.toStageId },
        status: { from: e.fromStatus, to: e.toStatus },
        ...(e.reasonKey ? { reasonKey: e.reasonKey } : {}),
        ...(e.note ? { note: fingerprint(e.note) } : {}),
        ...e.extra,
      },
    });
  }
}

interface EventInput {
  applicationId: string;
  candidateId: string;
  kind: ApplicationEventKind;
  fromStageId: string | null;
  toStageId: string | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  reasonKey?: string | null;
  note?: string | null;
  action: string;
  extra?: Record<string, unknown>;
}

function toState(row: ApplicationRow): ApplicationState {
  return {
    id: row.id,
    currentStage: { id: row.current_stage_id, name: row.stage_name },
    status: row.status,
    version: row.version,
    stageEnteredAt: row.stage_entered_at.toISOString(),
  };
}

function toSummary(row: ApplicationRow): ApplicationSummary {
  return {
    ...toState(row),
    openingId: row.opening_id,
    candidate: {
      id: row.candidate_id,
      name: row.candidate_name,
      firstAuthorTopTier: row.first_author_top_tier ?? 0,
      creditAdjusted: Number(row.credit_adjusted ?? 0),
      bestVenueTier: row.best_venue_tier,
      reproducedReimplementations: row.reproduced_reimplementations ?? 0,
    },
    rejectionReason: row.rejection_reason_key
      ? { key: row.rejection_reason_key, label: row.reason_label ?? '', active: row.reason_active ?? false }
      : null,
    createdAt: row.created_at.toISOString(),
    secondsInStage: Math.max(0, row.seconds_in_stage),
  };
}

function invalid(fields: FieldError[]): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`, fields);
}

/**
 * Interviewers read an application only while they are assigned to one of its
 * scheduled interviews; other roles are checked by the endpoint's @Allow. The
 * answer is 403 whether or not the application exists, so ids are not probed.
 */
export async function assertMayReadApplication(tx: EntityManager, ctx: RequestContext, applicationId: string): Promise<void> {
  if (ctx.actor?.role !== 'interviewer') return;
  const [assigned] = await tx.query(
    // Assigned to a scheduled interview on it, and still on the opening's team: taken off the team, access ends.
    `SELECT 1 FROM interview i JOIN interview_interviewer ii ON ii.interview_id = i.id
      WHERE i.application_id = $1 AND i.status = 'scheduled' AND ii.user_id = $2
        AND EXISTS (SELECT 1 FROM application a JOIN opening_member m ON m.opening_id = a.opening_id AND m.kind = 'interviewer' AND m.user_id = $2
                     WHERE a.id = $1)
      LIMIT 1`,
    [applicationId, ctx.actor.id],
  );
  if (!assigned) throw new DomainError(ErrorCode.FORBIDDEN, 'You can see only the applications you interview on');
}

export function applicationNotFound(applicationId: string): DomainError {
  return new DomainError(ErrorCode.APPLICATION_NOT_FOUND, `No application with id ${applicationId}`, [
    { field: 'applicationId', reason: 'no application has this id' },
  ]);
}
