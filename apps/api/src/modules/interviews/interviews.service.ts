import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  RUBRIC_LEVELS,
  type CompetencyKey,
  type FieldError,
  type InterviewKit,
  type InterviewType,
  type InterviewTypeSummary,
  type LoopStage,
  type RoleLoop,
  type RubricLevels,
} from '@loopboard/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { KIT_LIMITS, type UpdateInterviewKitDto, type UpdateRoleLoopDto } from './interviews.dto.js';

interface TypeRow {
  key: string;
  name: string;
  description: string;
  duration_minutes: number;
  kit_version: number;
  kit_updated_at: Date;
  instructions: string;
  focus: CompetencyKey[] | null;
}

const TYPE_SQL = `
  SELECT t.key, t.name, t.description, t.duration_minutes, t.kit_version, t.kit_updated_at, t.instructions,
         (SELECT array_agg(c.competency_key ORDER BY c.position) FROM interview_type_competency c WHERE c.interview_type_key = t.key) AS focus
    FROM interview_type t`;

@Injectable()
export class InterviewsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- interview types and kits ----

  async listTypes(): Promise<InterviewTypeSummary[]> {
    const rows: TypeRow[] = await this.db.query(`${TYPE_SQL} ORDER BY t.position, t.name`);
    return rows.map(toSummary);
  }

  async getType(key: string): Promise<InterviewType> {
    return this.readType(this.db.manager, key);
  }

  private async readType(tx: EntityManager, key: string): Promise<InterviewType> {
    const [row]: TypeRow[] = await tx.query(`${TYPE_SQL} WHERE t.key = $1`, [key]);
    if (!row) throw typeNotFound(key);
    const kit = await this.readKit(tx, key, row.instructions);
    return { ...toSummary(row), kit, kitUpdatedAt: row.kit_updated_at.toISOString() };
  }

  private async readKit(tx: EntityManager, key: string, instructions: string): Promise<InterviewKit> {
    const questions: { prompt: string; good_answer: string }[] = await tx.query(
      `SELECT prompt, good_answer FROM interview_kit_question WHERE interview_type_key = $1 ORDER BY position`,
      [key],
    );
    const levels: { competency_key: CompetencyKey; level: number; description: string }[] = await tx.query(
      `SELECT l.competency_key, l.level, l.description
         FROM interview_kit_rubric_level l
         JOIN interview_type_competency c ON c.interview_type_key = l.interview_type_key AND c.competency_key = l.competency_key
        WHERE l.interview_type_key = $1 ORDER BY c.position, l.level`,
      [key],
    );
    const rubric: Partial<Record<CompetencyKey, RubricLevels>> = {};
    for (const l of levels) {
      const entry = (rubric[l.competency_key] ??= {} as RubricLevels);
      entry[String(l.level) as keyof RubricLevels] = l.description;
    }
    return { instructions, questions: questions.map((q) => ({ prompt: q.prompt, goodAnswer: q.good_answer })), rubric };
  }

  /**
   * Replaces a type's whole kit. The kit version moves by a conditional UPDATE
   * first, which also locks the type's row: of two editors who started from
   * the same version exactly one wins and the other gets a 409, and the old kit
   * read for the audit entry cannot change under us.
   */
  async updateKit(ctx: RequestContext, key: string, input: UpdateInterviewKitDto): Promise<InterviewType> {
    const [type]: { focus: CompetencyKey[] | null }[] = await this.db.query(
      `SELECT (SELECT array_agg(c.competency_key ORDER BY c.position) FROM interview_type_competency c WHERE c.interview_type_key = t.key) AS focus
         FROM interview_type t WHERE t.key = $1`,
      [key],
    );
    if (!type) throw typeNotFound(key);
    const focus = type.focus ?? [];
    const rubric = validateRubric(input.rubric, focus);
    const kit: InterviewKit = {
      instructions: input.instructions,
      questions: input.questions.map((q) => ({ prompt: q.prompt, goodAnswer: q.goodAnswer })),
      rubric,
    };

    await this.db.transaction(async (tx) => {
      const [moved]: [{ kit_version: number; instructions: string }[], number] = await tx.query(
        `UPDATE interview_type SET kit_version = kit_version + 1, kit_updated_at = now()
          WHERE key = $1 AND kit_version = $2
          RETURNING kit_version, instructions`,
        [key, input.version],
      );
      if (!moved[0]) {
        const [current]: { kit_version: number }[] = await tx.query(`SELECT kit_version FROM interview_type WHERE key = $1`, [key]);
        if (!current) throw typeNotFound(key);
        throw new DomainError(
          ErrorCode.INTERVIEW_KIT_VERSION_CONFLICT,
          `This kit was edited from version ${input.version}, but version ${current.kit_version} has been saved since; reload and apply your change again`,
          [{ field: 'version', reason: `is not the current version (${current.kit_version})` }],
          { currentVersion: current.kit_version },
        );
      }
      const next = moved[0].kit_version;
      const previous = await this.readKit(tx, key, moved[0].instructions);

      await tx.query(`UPDATE interview_type SET instructions = $2 WHERE key = $1`, [key, kit.instructions]);
      await tx.query(`DELETE FROM interview_kit_question WHERE interview_type_key = $1`, [key]);
      await tx.query(
        `INSERT INTO interview_kit_question (interview_type_key, position, prompt, good_answer)
         SELECT $1, q.ord - 1, q.prompt, q.good_answer
           FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS q(prompt, good_answer, ord)`,
        [key, kit.questions.map((q) => q.prompt), kit.questions.map((q) => q.goodAnswer)],
      );
      await tx.query(`DELETE FROM interview_kit_rubric_level WHERE interview_type_key = $1`, [key]);
      const levels = focus.flatMap((c) => RUBRIC_LEVELS.map((l) => ({ c, l: Number(l), d: rubric[c][l] })));
      await tx.query(
        `INSERT INTO interview_kit_rubric_level (interview_type_key, competency_key, level, description)
         SELECT $1, r.c, r.l, r.d FROM unnest($2::varchar[], $3::smallint[], $4::text[]) AS r(c, l, d)`,
        [key, levels.map((x) => x.c), levels.map((x) => x.l), levels.map((x) => x.d)],
      );

      await this.audit.record(tx, ctx, {
        action: 'interview_type.kit_changed',
        entityType: 'interview_type',
        entityId: key,
        changes: { version: { from: input.version, to: next }, ...kitChanges(previous, kit) },
      });
    });
    return this.getType(key);
  }

  // ---- loop templates ----

  async getLoop(roleId: string): Promise<RoleLoop> {
    return this.readLoop(this.db.manager, roleId);
  }

  private async readLoop(tx: EntityManager, roleId: string): Promise<RoleLoop> {
    const [role]: { version: number | null; updated_at: Date | null }[] = await tx.query(
      `SELECT l.version, l.updated_at FROM role r LEFT JOIN role_loop l ON l.role_id = r.id WHERE r.id = $1`,
      [roleId],
    );
    if (!role) throw roleNotFound(roleId);
    return {
      roleId,
      version: role.version ?? 0,
      stages: await this.readStages(tx, roleId),
      updatedAt: role.updated_at ? role.updated_at.toISOString() : null,
    };
  }

  private async readStages(tx: EntityManager, roleId: string): Promise<LoopStage[]> {
    const rows: { name: string; types: string[] }[] = await tx.query(
      `SELECT s.name, array_agg(t.interview_type_key ORDER BY t.position) AS types
         FROM role_loop_stage s JOIN role_loop_stage_type t ON t.stage_id = s.id
        WHERE s.role_id = $1
        GROUP BY s.id, s.name, s.position
        ORDER BY s.position`,
      [roleId],
    );
    return rows.map((r) => ({ name: r.name, interviewTypes: r.types }));
  }

  /**
   * Replaces a role's loop template. Like kits, the version moves by a
   * conditional UPDATE (or, for a role without a loop, an INSERT that conflicts)
   * before anything else is written.
   */
  async updateLoop(ctx: RequestContext, roleId: string, input: UpdateRoleLoopDto): Promise<RoleLoop> {
    const stages = input.stages.map((s) => ({ name: s.name.trim(), interviewTypes: [...s.interviewTypes] }));
    const [role]: { id: string }[] = await this.db.query(`SELECT id FROM role WHERE id = $1`, [roleId]);
    if (!role) throw roleNotFound(roleId);
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
      let next: number | undefined;
      if (input.version === 0) {
        const inserted: { version: number }[] = await tx.query(
          `INSERT INTO role_loop (role_id, version, updated_at) VALUES ($1, 1, now()) ON CONFLICT (role_id) DO NOTHING RETURNING version`,
          [roleId],
        );
        next = inserted[0]?.version;
      } else {
        const [moved]: [{ version: number }[], number] = await tx.query(
          `UPDATE role_loop SET version = version + 1, updated_at = now() WHERE role_id = $1 AND version = $2 RETURNING version`,
          [roleId, input.version],
        );
        next = moved[0]?.version;
      }
      if (next === undefined) {
        const [current]: { version: number }[] = await tx.query(`SELECT version FROM role_loop WHERE role_id = $1`, [roleId]);
        const currentVersion = current?.version ?? 0;
        throw new DomainError(
          ErrorCode.LOOP_VERSION_CONFLICT,
          `This loop was edited from version ${input.version}, but version ${currentVersion} is current; reload and apply your change again`,
          [{ field: 'version', reason: `is not the current version (${currentVersion})` }],
          { currentVersion },
        );
      }
      const previous = await this.readStages(tx, roleId);
      await tx.query(`DELETE FROM role_loop_stage WHERE role_id = $1`, [roleId]);
      for (const [position, stage] of stages.entries()) {
        const [row]: [{ id: string }] = await tx.query(
          `INSERT INTO role_loop_stage (role_id, position, name) VALUES ($1, $2, $3) RETURNING id`,
          [roleId, position, stage.name],
        );
        await tx.query(
          `INSERT INTO role_loop_stage_type (stage_id, interview_type_key, position)
           SELECT $1, t.key, t.ord - 1 FROM unnest($2::varchar[]) WITH ORDINALITY AS t(key, ord)`,
          [row.id, stage.interviewTypes],
        );
      }
      await this.audit.record(tx, ctx, {
        action: 'role.loop_changed',
        entityType: 'role',
        entityId: roleId,
        changes: { version: { from: input.version, to: next }, stages: { from: previous, to: stages } },
      });
    });
    return this.getLoop(roleId);
  }
}

/** Checks the rubric covers exactly the type's focus competencies, each with all four levels. */
export function validateRubric(input: unknown, focus: readonly CompetencyKey[]): Record<CompetencyKey, RubricLevels> {
  const problems: FieldError[] = [];
  const rubric = {} as Record<CompetencyKey, RubricLevels>;
  const given = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!focus.includes(key as CompetencyKey)) {
      problems.push({ field: `rubric.${key}`, reason: `is not a focus competency of this interview type (${focus.join(', ')})` });
    }
  }
  for (const competency of focus) {
    const levels = given[competency];
    if (levels === undefined) {
      problems.push({ field: `rubric.${competency}`, reason: 'is missing: every focus competency needs levels 1 to 4' });
      continue;
    }
    if (!levels || typeof levels !== 'object' || Array.isArray(levels)) {
      problems.push({ field: `rubric.${competency}`, reason: 'must be an object with levels "1" to "4"' });
      continue;
    }
    const byLevel = levels as Record<string, unknown>;
    for (const extra of Object.keys(byLevel)) {
      if (!(RUBRIC_LEVELS as readonly string[]).includes(extra)) {
        problems.push({ field: `rubric.${competency}.${extra}`, reason: 'is not a rubric level (1 to 4)' });
      }
    }
    const entry = {} as RubricLevels;
    for (const level of RUBRIC_LEVELS) {
      const text = byLevel[level];
      const field = `rubric.${competency}.${level}`;
      if (text === undefined || text === null) problems.push({ field, reason: `is missing: say what a ${level} looks like` });
      else if (typeof text !== 'string') problems.push({ field, reason: 'must be a string' });
      else if (!text.trim()) problems.push({ field, reason: 'must not be blank' });
      else if (text.length > KIT_LIMITS.rubricLevel)
        problems.push({ field, reason: `must be at most ${KIT_LIMITS.rubricLevel} characters` });
      else entry[level] = text;
    }
    rubric[competency] = entry;
  }
  if (problems.length) {
    throw new DomainError(
      ErrorCode.INTERVIEW_KIT_INVALID,
      `The kit is invalid: ${problems.map((p) => `${p.field} ${p.reason}`).join('; ')}`,
      problems,
    );
  }
  return rubric;
}

/** Unique stage names (ignoring case and surrounding space) and known interview types. */
export function validateStages(stages: LoopStage[], knownTypes: ReadonlySet<string>): FieldError[] {
  const problems: FieldError[] = [];
  const seen = new Map<string, { index: number; name: string }>();
  for (const [i, stage] of stages.entries()) {
    const name = stage.name.trim().toLowerCase();
    const first = seen.get(name);
    if (first) problems.push({ field: `stages.${i}.name`, reason: `duplicates the name of stage ${first.index} ("${first.name}")` });
    else seen.set(name, { index: i, name: stage.name });
    for (const [j, type] of stage.interviewTypes.entries()) {
      if (!knownTypes.has(type))
        problems.push({ field: `stages.${i}.interviewTypes.${j}`, reason: `"${type}" is not a known interview type` });
    }
  }
  return problems;
}

/** Only the parts of the kit that changed, as from/to pairs, for the audit entry. */
function kitChanges(before: InterviewKit, after: InterviewKit): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (before.instructions !== after.instructions) out.instructions = { from: before.instructions, to: after.instructions };
  if (JSON.stringify(before.questions) !== JSON.stringify(after.questions)) out.questions = { from: before.questions, to: after.questions };
  const rubric: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before.rubric), ...Object.keys(after.rubric)]) as Set<CompetencyKey>) {
    if (JSON.stringify(before.rubric[key]) !== JSON.stringify(after.rubric[key]))
      rubric[key] = { from: before.rubric[key] ?? null, to: after.rubric[key] ?? null };
  }
  if (Object.keys(rubric).length) out.rubric = rubric;
  return out;
}

function toSummary(row: TypeRow): InterviewTypeSummary {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    durationMinutes: row.duration_minutes,
    focusCompetencies: row.focus ?? [],
    kitVersion: row.kit_version,
  };
}

function typeNotFound(key: string): DomainError {
  return new DomainError(ErrorCode.INTERVIEW_TYPE_NOT_FOUND, `No interview type with key ${key}`, [
    { field: 'key', reason: 'no interview type has this key' },
  ]);
}

function roleNotFound(roleId: string): DomainError {
  return new DomainError(ErrorCode.ROLE_NOT_FOUND, `No role with id ${roleId}`, [{ field: 'roleId', reason: 'no role has this id' }]);
}
