import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type ApplicationScorecards,
  type FieldError,
  type Recommendation,
  type Scorecard,
  type ScorecardAmendment,
  type ScorecardRating,
  type ScorecardStatus,
} from '@loopboard/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { recomputeApplicationAggregates } from './score-aggregates.js';
import { scorecardFilter, scorecardVisibility, type ScorecardVisibility } from './scorecard-access.js';
import type { AmendScorecardDto, SaveScorecardDraftDto, ScorecardRatingDto } from './scorecards.dto.js';

interface ScorecardRow {
  id: string;
  interview_id: string;
  interviewer_id: string;
  interviewer_name: string;
  application_id: string;
  interview_type_key: string;
  type_name: string;
  stage_id: string;
  stage_name: string;
  status: ScorecardStatus;
  recommendation: Recommendation | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  submitted_at: Date | null;
  ratings: { competency: string; rating: number | null; evidence: string | null; set: boolean }[];
  amendments: {
    id: string;
    author_id: string;
    author_name: string;
    reason: string;
    created_at: string;
    before: ScorecardAmendment['before'];
    after: ScorecardAmendment['after'];
  }[];
}

/** Every focus competency of the interview type in its order, with the scorecard's value where set. */
const SCORECARD_SQL = `
  SELECT s.id, s.interview_id, s.interviewer_id, u.name AS interviewer_name, s.application_id,
         i.interview_type_key, t.name AS type_name, i.stage_id, st.name AS stage_name,
         s.status, s.recommendation, s.version, s.created_at, s.updated_at, s.submitted_at,
         coalesce((SELECT json_agg(json_build_object('competency', f.competency_key, 'rating', r.rating, 'evidence', r.evidence,
                                                     'set', r.scorecard_id IS NOT NULL) ORDER BY f.position)
                     FROM interview_type_competency f
                     LEFT JOIN scorecard_rating r ON r.scorecard_id = s.id AND r.competency_key = f.competency_key
                    WHERE f.interview_type_key = i.interview_type_key), '[]') AS ratings,
         coalesce((SELECT json_agg(json_build_object('id', am.id, 'author_id', am.author_id, 'author_name', au.name, 'reason', am.reason,
                                                     'created_at', am.created_at, 'before', am.before, 'after', am.after)
                                   ORDER BY am.created_at, am.id)
                     FROM scorecard_amendment am JOIN app_user au ON au.id = am.author_id
                    WHERE am.scorecard_id = s.id), '[]') AS amendments
    FROM scorecard s
    JOIN app_user u ON u.id = s.interviewer_id
    JOIN interview i ON i.id = s.interview_id
    JOIN interview_type t ON t.key = i.interview_type_key
    JOIN opening_stage st ON st.id = i.stage_id`;

interface InterviewRow {
  id: string;
  application_id: string;
  candidate_id: string;
  interview_type_key: string;
  status: string;
  application_status: string;
  assigned: boolean;
}

/**
 * Scorecards: one per interviewer per interview, drafted (autosaved) by the assigned
 * interviewer, submitted (locked), amended with a reason; and the blind reads.
 * Submissions and amendments rewrite the application's score aggregates in their transaction.
 */
@Injectable()
export class ScorecardsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---- reads ----

  /** The caller's own scorecard for an interview they are assigned to. */
  async mine(ctx: RequestContext, interviewId: string): Promise<Scorecard> {
    const interview = await this.interview(this.db.manager, ctx, interviewId);
    const [row]: ScorecardRow[] = await this.db.query(`${SCORECARD_SQL} WHERE s.interview_id = $1 AND s.interviewer_id = $2`, [
      interview.id,
      ctx.actor!.id,
    ]);
    if (!row) throw notFound('You have no scorecard for this interview yet; save a draft with version 0 to start one');
    return toScorecard(row, true);
  }

  /** An application's scorecards, as the blind rule lets the caller see them. */
  async forApplication(ctx: RequestContext, applicationId: string): Promise<ApplicationScorecards> {
    const v = await scorecardVisibility(this.db.manager, ctx, applicationId);
    return { applicationId, blinded: v.blinded, scorecards: await this.visibleScorecards(this.db.manager, v) };
  }

  async visibleScorecards(tx: EntityManager, v: ScorecardVisibility): Promise<Scorecard[]> {
    const rows: ScorecardRow[] = await tx.query(
      `${SCORECARD_SQL} WHERE s.application_id = $1 AND ${scorecardFilter(v, '$2')}
        ORDER BY s.submitted_at NULLS LAST, s.created_at, s.id`,
      [v.applicationId, v.viewerId],
    );
    return rows.map((r) => toScorecard(r, v.amendmentsOfOthers || r.interviewer_id === v.viewerId));
  }

  // ---- writes ----

  /** Creates (version 0) or saves the caller's draft. */
  async saveDraft(ctx: RequestContext, interviewId: string, input: SaveScorecardDraftDto): Promise<Scorecard> {
    return this.db.transaction(async (tx) => {
      const interview = await this.interview(tx, ctx, interviewId);
      assertOpen(interview);
      const focus = await this.focus(tx, interview.interview_type_key);
      const ratings = checkRatings(input.ratings, focus);
      const me = ctx.actor!.id;
      const [existing]: { id: string; status: ScorecardStatus; version: number }[] = await tx.query(
        `SELECT id, status, version FROM scorecard WHERE interview_id = $1 AND interviewer_id = $2 FOR UPDATE`,
        [interviewId, me],
      );
      let id: string;
      if (input.version === 0) {
        if (existing) throw exists(existing.version);
        const [inserted]: { id: string }[] = await tx.query(
          `INSERT INTO scorecard (interview_id, interviewer_id, application_id, recommendation)
           VALUES ($1, $2, $3, $4) ON CONFLICT (interview_id, interviewer_id) DO NOTHING RETURNING id`,
          [interviewId, me, interview.application_id, input.recommendation ?? null],
        );
        if (!inserted) throw exists(null);
        id = inserted.id;
      } else {
        if (!existing) throw notFound('You have no scorecard for this interview yet; save with version 0 to start one');
        if (existing.status === 'submitted') throw submitted();
        const [[updated]]: [{ id: string }[], number] = await tx.query(
          `UPDATE scorecard SET version = version + 1, updated_at = now(),
                  recommendation = CASE WHEN $3 THEN $4 ELSE recommendation END
            WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
          [existing.id, input.version, input.recommendation !== undefined, input.recommendation ?? null],
        );
        if (!updated) throw stale(existing.version);
        id = existing.id;
      }
      await this.writeRatings(tx, id, ratings, focus);
      return this.byId(tx, id);
    });
  }

  /** Submits (locks) the caller's draft at the version they saw, after checking it is complete. */
  async submit(ctx: RequestContext, interviewId: string, version: number): Promise<Scorecard> {
    return this.db.transaction(async (tx) => {
      const interview = await this.interview(tx, ctx, interviewId);
      await lockApplication(tx, interview.application_id);
      assertOpen(interview);
      const me = ctx.actor!.id;
      const [card] = (await tx.query(`${SCORECARD_SQL} WHERE s.interview_id = $1 AND s.interviewer_id = $2`, [
        interviewId,
        me,
      ])) as ScorecardRow[];
      if (!card) throw notFound('You have no scorecard for this interview yet; save a draft first');
      if (card.status === 'submitted') throw submitted();
      if (card.version !== version) throw stale(card.version);
      const problems: FieldError[] = [];
      card.ratings.forEach((r, i) => {
        if (!r.set) problems.push({ field: `ratings.${i}`, reason: `${r.competency} needs a rating 1–4, or null for not assessed` });
        else if (r.rating !== null && !(r.evidence ?? '').trim())
          problems.push({ field: `ratings.${i}.evidence`, reason: `is required for the ${r.competency} rating` });
      });
      if (!card.recommendation) problems.push({ field: 'recommendation', reason: 'is required to submit' });
      if (problems.length) throw invalid(problems, 'This scorecard is not complete');
      const [[updated]]: [{ id: string }[], number] = await tx.query(
        `UPDATE scorecard SET status = 'submitted', submitted_at = now(), updated_at = now(), version = version + 1
          WHERE id = $1 AND version = $2 AND status = 'draft' RETURNING id`,
        [card.id, version],
      );
      if (!updated) throw stale(card.version);
      await recomputeApplicationAggregates(tx, interview.application_id);
      const after = await this.byId(tx, card.id);
      await this.audit.record(tx, ctx, {
        action: 'scorecard.submitted',
        entityType: 'scorecard',
        entityId: card.id,
        subject: { candidateId: interview.candidate_id },
        changes: {
          interviewId,
          applicationId: interview.application_id,
          recommendation: after.recommendation,
          ratings: after.ratings.map((r) => ({ competency: r.competency, rating: r.rating })),
        },
      });
      return after;
    });
  }

  /** A correction of a submitted scorecard by its author; keeps what it replaced. */
  async amend(ctx: RequestContext, scorecardId: string, input: AmendScorecardDto): Promise<Scorecard> {
    return this.db.transaction(async (tx) => {
      const [ref]: { application_id: string; interviewer_id: string }[] = await tx.query(
        `SELECT application_id, interviewer_id FROM scorecard WHERE id = $1`,
        [scorecardId],
      );
      if (!ref) throw notFound(`No scorecard with id ${scorecardId}`, 'scorecardId');
      if (ref.interviewer_id !== ctx.actor?.id) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'Only the interviewer who wrote a scorecard may amend it');
      }
      const candidateId = await lockApplication(tx, ref.application_id);
      const [card] = (await tx.query(`${SCORECARD_SQL} WHERE s.id = $1`, [scorecardId])) as ScorecardRow[];
      if (!card) throw notFound(`No scorecard with id ${scorecardId}`, 'scorecardId');
      if (card.status !== 'submitted') {
        throw new DomainError(ErrorCode.SCORECARD_NOT_SUBMITTED, 'This scorecard is a draft: save it instead of amending it', [
          { field: 'scorecardId', reason: 'is not submitted' },
        ]);
      }
      const focus = await this.focus(tx, card.interview_type_key);
      const ratings = checkRatings(input.ratings, focus);
      if (card.version !== input.version) throw stale(card.version);
      const before = content(toScorecard(card, true));
      // Every rating it sets still needs evidence.
      const problems: FieldError[] = [];
      (input.ratings ?? []).forEach((r, i) => {
        if (r.rating !== null && !r.evidence.trim())
          problems.push({ field: `ratings.${i}.evidence`, reason: `is required for the ${r.competency} rating` });
      });
      if (problems.length) throw invalid(problems, 'This amendment is not complete');
      const [[updated]]: [{ id: string }[], number] = await tx.query(
        `UPDATE scorecard SET version = version + 1, updated_at = now(), recommendation = coalesce($3, recommendation)
          WHERE id = $1 AND version = $2 AND status = 'submitted' RETURNING id`,
        [scorecardId, input.version, input.recommendation ?? null],
      );
      if (!updated) throw stale(card.version);
      await this.writeRatings(tx, scorecardId, ratings, focus);
      const afterCard = await this.byId(tx, scorecardId);
      const after = content(afterCard);
      const [amendment]: { id: string }[] = await tx.query(
        `INSERT INTO scorecard_amendment (scorecard_id, author_id, reason, before, after) VALUES ($1, $2, $3, $4::jsonb, $5::jsonb) RETURNING id`,
        [scorecardId, ctx.actor!.id, input.reason, JSON.stringify(before), JSON.stringify(after)],
      );
      await recomputeApplicationAggregates(tx, ref.application_id);
      await this.audit.record(tx, ctx, {
        action: 'scorecard.amended',
        entityType: 'scorecard',
        entityId: scorecardId,
        subject: { candidateId },
        changes: {
          amendmentId: amendment!.id,
          reason: input.reason,
          recommendation: { from: before.recommendation, to: after.recommendation },
          ratings: {
            from: before.ratings.map((r) => ({ competency: r.competency, rating: r.rating })),
            to: after.ratings.map((r) => ({ competency: r.competency, rating: r.rating })),
          },
        },
      });
      return this.byId(tx, scorecardId);
    });
  }

  // ---- helpers ----

  private async byId(tx: EntityManager, id: string): Promise<Scorecard> {
    const [row]: ScorecardRow[] = await tx.query(`${SCORECARD_SQL} WHERE s.id = $1`, [id]);
    return toScorecard(row!, true);
  }

  /** The interview, which must exist and have the caller among its interviewers. */
  private async interview(tx: EntityManager, ctx: RequestContext, interviewId: string): Promise<InterviewRow> {
    const [row]: InterviewRow[] = await tx.query(
      `SELECT i.id, i.application_id, a.candidate_id, i.interview_type_key, i.status, a.status AS application_status,
              EXISTS (SELECT 1 FROM interview_interviewer ii WHERE ii.interview_id = i.id AND ii.user_id = $2) AS assigned
         FROM interview i JOIN application a ON a.id = i.application_id WHERE i.id = $1`,
      [interviewId, ctx.actor?.id],
    );
    if (!row || !row.assigned) {
      // Not assigned: the same answer whether or not the interview exists, so ids are not probed.
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the assigned interviewer may file a scorecard for this interview');
    }
    return row;
  }

  private async focus(tx: EntityManager, typeKey: string): Promise<Map<string, number>> {
    const rows: { competency_key: string; position: number }[] = await tx.query(
      `SELECT competency_key, position FROM interview_type_competency WHERE interview_type_key = $1 ORDER BY position`,
      [typeKey],
    );
    return new Map(rows.map((r) => [r.competency_key, r.position]));
  }

  private async writeRatings(
    tx: EntityManager,
    scorecardId: string,
    ratings: ScorecardRatingDto[],
    focus: Map<string, number>,
  ): Promise<void> {
    if (!ratings.length) return;
    await tx.query(
      `INSERT INTO scorecard_rating (scorecard_id, competency_key, rating, evidence, position)
       SELECT $1, u.key, u.rating, u.evidence, u.position
         FROM unnest($2::varchar[], $3::smallint[], $4::text[], $5::smallint[]) AS u(key, rating, evidence, position)
       ON CONFLICT (scorecard_id, competency_key) DO UPDATE SET rating = EXCLUDED.rating, evidence = EXCLUDED.evidence`,
      [
        scorecardId,
        ratings.map((r) => r.competency),
        ratings.map((r) => r.rating),
        ratings.map((r) => r.evidence),
        ratings.map((r) => focus.get(r.competency) ?? 0),
      ],
    );
  }
}

/** Each competency must be a focus competency of the interview type, once. */
function checkRatings(ratings: ScorecardRatingDto[] | undefined, focus: Map<string, number>): ScorecardRatingDto[] {
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  (ratings ?? []).forEach((r, i) => {
    if (!focus.has(r.competency)) {
      problems.push({
        field: `ratings.${i}.competency`,
        reason: `is not a focus competency of this interview (one of ${[...focus.keys()].join(', ')})`,
      });
    } else if (seen.has(r.competency)) {
      problems.push({ field: `ratings.${i}.competency`, reason: `names ${r.competency} a second time` });
    }
    seen.add(r.competency);
  });
  if (problems.length) throw invalid(problems);
  return ratings ?? [];
}

async function lockApplication(tx: EntityManager, applicationId: string): Promise<string> {
  const [row]: { candidate_id: string }[] = await tx.query(`SELECT candidate_id FROM application WHERE id = $1 FOR UPDATE`, [
    applicationId,
  ]);
  return row!.candidate_id;
}

function assertOpen(interview: InterviewRow): void {
  if (interview.status !== 'scheduled') {
    throw new DomainError(ErrorCode.INTERVIEW_CLOSED, 'This interview is cancelled; it takes no scorecard', [
      { field: 'interviewId', reason: 'is cancelled' },
    ]);
  }
  if (interview.application_status !== 'active') {
    throw new DomainError(
      ErrorCode.INTERVIEW_CLOSED,
      `This application is ${interview.application_status}; its scorecards can only be amended`,
      [{ field: 'interviewId', reason: `belongs to an application that is ${interview.application_status}` }],
    );
  }
}

function toScorecard(row: ScorecardRow, withAmendments: boolean): Scorecard {
  return {
    id: row.id,
    interviewId: row.interview_id,
    applicationId: row.application_id,
    interviewType: { key: row.interview_type_key, name: row.type_name },
    stage: { id: row.stage_id, name: row.stage_name },
    interviewer: { id: row.interviewer_id, name: row.interviewer_name },
    status: row.status,
    ratings: row.ratings.map((r) => ({
      competency: r.competency as ScorecardRating['competency'],
      rating: (r.rating ?? null) as ScorecardRating['rating'],
      evidence: r.evidence ?? '',
    })),
    recommendation: row.recommendation,
    version: row.version,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    submittedAt: row.submitted_at ? row.submitted_at.toISOString() : null,
    amendments: withAmendments
      ? row.amendments.map((a) => ({
          id: a.id,
          author: { id: a.author_id, name: a.author_name },
          reason: a.reason,
          createdAt: new Date(a.created_at).toISOString(),
          before: a.before,
          after: a.after,
        }))
      : [],
  };
}

function content(card: Scorecard): ScorecardAmendment['before'] {
  return { ratings: card.ratings, recommendation: card.recommendation as Recommendation };
}

function invalid(fields: FieldError[], lead = 'Invalid request'): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, `${lead}: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`, fields);
}

function notFound(message: string, field = 'interviewId'): DomainError {
  return new DomainError(ErrorCode.SCORECARD_NOT_FOUND, message, [{ field, reason: 'has no scorecard of yours' }]);
}

function exists(currentVersion: number | null): DomainError {
  return new DomainError(
    ErrorCode.SCORECARD_EXISTS,
    'You already have a scorecard for this interview (a second scorecard for the same interview is not allowed); save it with its version',
    [{ field: 'version', reason: 'is 0 but a scorecard already exists' }],
    currentVersion === null ? undefined : { currentVersion },
  );
}

function submitted(): DomainError {
  return new DomainError(ErrorCode.SCORECARD_SUBMITTED, 'This scorecard is submitted and locked; correct it with an amendment', [
    { field: 'version', reason: 'the scorecard is submitted' },
  ]);
}

function stale(currentVersion: number): DomainError {
  return new DomainError(
    ErrorCode.SCORECARD_VERSION_CONFLICT,
    `This scorecard changed since you saw it (now version ${currentVersion}); nothing was changed, reload and try again`,
    [{ field: 'version', reason: `is not the current version (${currentVersion})` }],
    { currentVersion },
  );
}
