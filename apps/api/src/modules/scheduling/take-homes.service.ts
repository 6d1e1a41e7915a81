import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, TAKE_HOME_TYPE_KEY, type FieldError, type TakeHome, type TakeHomeState } from '@loopboard/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { fingerprint } from '../candidates/candidates.service.js';
import { applicationNotFound, assertMayReadApplication } from '../openings/applications.service.js';
import type { GradeTakeHomeDto, SendTakeHomeDto, SubmitTakeHomeDto } from './take-homes.dto.js';
import { assertOnOpeningTeam } from '../openings/opening-team.js';

interface AppRow {
  opening_id: string;
  candidate_id: string;
  current_stage_id: string;
  stage_name: string;
  status: string;
  has_take_home: boolean;
}

interface TakeHomeRow {
  id: string;
  state: Exclude<TakeHomeState, 'to_send'>;
  due_at: Date;
  sent_at: Date;
  submitted_at: Date | null;
  submission_url: string | null;
  submission_note: string | null;
  graded_at: Date | null;
  overdue: boolean;
  grades: { id: string; name: string; grade: number }[];
}

/**
 * An application's take-home: to send → sent (due date) → submitted (link or
 * note) → graded (a 1–4 grade from each named grader). Each step is a
 * conditional write on the state it starts from, so a step out of order changes
 * nothing and answers 409 naming the state.
 */
@Injectable()
export class TakeHomesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(ctx: RequestContext, applicationId: string): Promise<TakeHome> {
    await assertMayReadApplication(this.db.manager, ctx, applicationId);
    const app = await this.app(this.db.manager, applicationId, false);
    const current = await this.read(this.db.manager, applicationId);
    if (!current && !app.has_take_home) {
      throw new DomainError(
        ErrorCode.TAKE_HOME_NOT_FOUND,
        `This application has no take-home: its stage "${app.stage_name}" does not run one`,
        [{ field: 'applicationId', reason: 'has no take-home' }],
      );
    }
    if (!current) return toSend(applicationId);
    // Blind until they have judged it themselves: an interviewer sees only their own grade, never the others'.
    if (ctx.actor?.role === 'interviewer') return { ...current, grades: current.grades.filter((g) => g.grader.id === ctx.actor!.id) };
    return current;
  }

  async send(ctx: RequestContext, applicationId: string, input: SendTakeHomeDto): Promise<TakeHome> {
    return this.db.transaction(async (tx) => {
      const app = await this.app(tx, applicationId, true);
      await assertOnOpeningTeam(tx, ctx, { applicationId });
      if (app.status !== 'active') {
        throw new DomainError(ErrorCode.TAKE_HOME_NOT_IN_STAGE, `This application is ${app.status}; only active ones get a take-home`, [
          { field: 'applicationId', reason: `is ${app.status}, not active` },
        ]);
      }
      if (!app.has_take_home) {
        throw new DomainError(
          ErrorCode.TAKE_HOME_NOT_IN_STAGE,
          `The application's current stage "${app.stage_name}" does not run the take-home; move it to that stage first`,
          [{ field: 'applicationId', reason: `is in stage "${app.stage_name}", which has no take-home` }],
        );
      }
      const dueAt = new Date(input.dueAt);
      if (dueAt.getTime() <= Date.now()) throw invalid([{ field: 'dueAt', reason: 'is in the past; the due date must be in the future' }]);
      const inserted: { id: string }[] = await tx.query(
        `INSERT INTO take_home (application_id, stage_id, state, due_at, sent_at) VALUES ($1, $2, 'sent', $3, now())
         ON CONFLICT (application_id) DO NOTHING RETURNING id`,
        [applicationId, app.current_stage_id, dueAt],
      );
      if (!inserted[0]) throw await this.stateConflict(tx, applicationId, 'to_send', 'sent');
      await this.record(tx, ctx, 'take_home.sent', inserted[0].id, app.candidate_id, { applicationId, dueAt: dueAt.toISOString() });
      return (await this.read(tx, applicationId)) as TakeHome;
    });
  }

  async submit(ctx: RequestContext, applicationId: string, input: SubmitTakeHomeDto): Promise<TakeHome> {
    if (input.url === undefined && input.note === undefined) {
      throw invalid([{ field: 'url', reason: 'or note is required: a link to the work, a note, or both' }]);
    }
    return this.db.transaction(async (tx) => {
      const app = await this.app(tx, applicationId, true);
      await assertOnOpeningTeam(tx, ctx, { applicationId });
      const updated: [{ id: string }[], number] = await tx.query(
        `UPDATE take_home SET state = 'submitted', submitted_at = now(), submission_url = $2, submission_note = $3, updated_at = now()
          WHERE application_id = $1 AND state = 'sent' RETURNING id`,
        [applicationId, input.url ?? null, input.note ?? null],
      );
      const row = updated[0][0];
      if (!row) throw await this.stateConflict(tx, applicationId, 'sent', 'submitted');
      await this.record(tx, ctx, 'take_home.submitted', row.id, app.candidate_id, {
        applicationId,
        ...(input.url ? { url: fingerprint(input.url) } : {}),
        ...(input.note ? { note: fingerprint(input.note) } : {}),
      });
      return (await this.read(tx, applicationId)) as TakeHome;
    });
  }

  async grade(ctx: RequestContext, applicationId: string, input: GradeTakeHomeDto): Promise<TakeHome> {
    return this.db.transaction(async (tx) => {
      const app = await this.app(tx, applicationId, true);
      await assertOnOpeningTeam(tx, ctx, { applicationId });
      const problems: FieldError[] = [];
      const seen = new Map<string, number>();
      input.grades.forEach((g, i) => {
        const first = seen.get(g.graderId);
        if (first !== undefined) problems.push({ field: `grades.${i}.graderId`, reason: `repeats grades.${first}.graderId` });
        else seen.set(g.graderId, i);
      });
      const ids = input.grades.map((g) => g.graderId);
      const team: { user_id: string }[] = await tx.query(
        `SELECT m.user_id FROM opening_member m JOIN app_user u ON u.id = m.user_id
          WHERE m.opening_id = $1 AND m.kind = 'interviewer' AND m.user_id = ANY($2::uuid[]) AND u.active FOR SHARE OF m`,
        [app.opening_id, ids],
      );
      const onTeam = new Set(team.map((t) => t.user_id));
      ids.forEach((id, i) => {
        if (!onTeam.has(id))
          problems.push({ field: `grades.${i}.graderId`, reason: "is not an active interviewer on this opening's team" });
      });
      // The state is checked first: grading before submission is a 409 whatever the grades say.
      const updated: [{ id: string }[], number] = await tx.query(
        `UPDATE take_home SET state = 'graded', graded_at = now(), updated_at = now()
          WHERE application_id = $1 AND state = 'submitted' RETURNING id`,
        [applicationId],
      );
      const row = updated[0][0];
      if (!row) throw await this.stateConflict(tx, applicationId, 'submitted', 'graded');
      // Throwing rolls the state change back with the transaction.
      if (problems.length) throw invalid(problems);
      await tx.query(
        `INSERT INTO take_home_grade (take_home_id, grader_id, grade, position)
         SELECT $1, (g->>'graderId')::uuid, (g->>'grade')::smallint, ord - 1 FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS x(g, ord)`,
        [row.id, JSON.stringify(input.grades)],
      );
      await this.record(tx, ctx, 'take_home.graded', row.id, app.candidate_id, { applicationId, grades: input.grades });
      return (await this.read(tx, applicationId)) as TakeHome;
    });
  }

  // ---- helpers ----

  private async app(tx: EntityManager, applicationId: string, lock: boolean): Promise<AppRow> {
    const [app]: AppRow[] = await tx.query(
      `SELECT a.opening_id, a.candidate_id, a.current_stage_id, s.name AS stage_name, a.status,
              EXISTS (SELECT 1 FROM opening_stage_type st WHERE st.stage_id = a.current_stage_id AND st.interview_type_key = $2) AS has_take_home
         FROM application a JOIN opening_stage s ON s.id = a.current_stage_id
        WHERE a.id = $1 ${lock ? 'FOR SHARE OF a' : ''}`,
      [applicationId, TAKE_HOME_TYPE_KEY],
    );
    if (!app) throw applicationNotFound(applicationId);
    return app;
  }

  private async read(tx: EntityManager, applicationId: string): Promise<TakeHome | null> {
    const [row]: TakeHomeRow[] = await tx.query(
      `SELECT t.id, t.state, t.due_at, t.sent_at, t.submitted_at, t.submission_url, t.submission_note, t.graded_at,
              (t.state = 'sent' AND t.due_at < now()) AS overdue,
              coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name, 'grade', g.grade) ORDER BY g.position)
                          FROM take_home_grade g JOIN app_user u ON u.id = g.grader_id WHERE g.take_home_id = t.id), '[]') AS grades
         FROM take_home t WHERE t.application_id = $1`,
      [applicationId],
    );
    if (!row) return null;
    return {
      id: row.id,
      applicationId,
      state: row.state,
      dueAt: row.due_at.toISOString(),
      sentAt: row.sent_at.toISOString(),
      submittedAt: row.submitted_at?.toISOString() ?? null,
      submissionUrl: row.submission_url,
      submissionNote: row.submission_note,
      gradedAt: row.graded_at?.toISOString() ?? null,
      grades: row.grades.map((g) => ({ grader: { id: g.id, name: g.name }, grade: g.grade })),
      overdue: row.overdue,
    };
  }

  private async stateConflict(tx: EntityManager, applicationId: string, from: TakeHomeState, to: TakeHomeState): Promise<DomainError> {
    const current = (await this.read(tx, applicationId)) ?? toSend(applicationId);
    return new DomainError(
      ErrorCode.TAKE_HOME_STATE_CONFLICT,
      `The take-home is ${current.state.replace('_', ' ')}, not ${from.replace('_', ' ')}: it cannot be ${to} now; nothing was changed`,
      [{ field: 'state', reason: `is ${current.state}; this step needs ${from}` }],
      { current },
    );
  }

  private async record(
    tx: EntityManager,
    ctx: RequestContext,
    action: string,
    takeHomeId: string,
    candidateId: string,
    changes: Record<string, unknown>,
  ): Promise<void> {
    await this.audit.record(tx, ctx, { action, entityType: 'take_home', entityId: takeHomeId, subject: { candidateId }, changes });
  }
}

function toSend(applicationId: string): TakeHome {
  return {
    id: null,
    applicationId,
    state: 'to_send',
    dueAt: null,
    sentAt: null,
    submittedAt: null,
    submissionUrl: null,
    submissionNote: null,
    gradedAt: null,
    grades: [],
    overdue: false,
  };
}

function invalid(fields: FieldError[]): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`, fields);
}
