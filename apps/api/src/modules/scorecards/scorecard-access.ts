import { ErrorCode } from '@loopboard/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { RequestContext } from '../auth/actor.js';
import { applicationNotFound, assertMayReadApplication } from '../openings/applications.service.js';
import { assertOnOpeningTeam } from '../openings/opening-team.js';

/**
 * What the caller may see of one application's scorecards (the BLIND RULE, DESIGN "Scorecards").
 * Every scorecard read path asks this one function, then filters with `scorecardFilter`.
 *  - admin, hiring manager, recruiter (on the opening's team): every submitted scorecard, and scores;
 *  - an interviewer (who may read the application at all): only their own scorecards until one of
 *    their own on this application is submitted, then every submitted one, and scores.
 * Nobody sees another person's draft.
 */
export interface ScorecardVisibility {
  applicationId: string;
  viewerId: string;
  /** True while the caller may see only their own scorecards (and no score). */
  blinded: boolean;
  /** Interviewers see amendments only on their own scorecards. */
  amendmentsOfOthers: boolean;
}

export async function scorecardVisibility(tx: EntityManager, ctx: RequestContext, applicationId: string): Promise<ScorecardVisibility> {
  const actor = ctx.actor;
  if (!actor) throw new DomainError(ErrorCode.FORBIDDEN, 'Sign in first');
  if (actor.role === 'interviewer') {
    await assertMayReadApplication(tx, ctx, applicationId);
    const [own]: unknown[] = await tx.query(
      `SELECT 1 FROM scorecard WHERE application_id = $1 AND interviewer_id = $2 AND status = 'submitted' LIMIT 1`,
      [applicationId, actor.id],
    );
    return { applicationId, viewerId: actor.id, blinded: !own, amendmentsOfOthers: false };
  }
  if (actor.role !== 'admin' && actor.role !== 'hiring_manager' && actor.role !== 'recruiter') {
    throw new DomainError(ErrorCode.FORBIDDEN, 'You may not read scorecards');
  }
  const [app]: unknown[] = await tx.query(`SELECT 1 FROM application WHERE id = $1`, [applicationId]);
  if (!app) throw applicationNotFound(applicationId);
  await assertOnOpeningTeam(tx, ctx, { applicationId });
  return { applicationId, viewerId: actor.id, blinded: false, amendmentsOfOthers: true };
}

/** The SQL condition (on scorecard alias `s`) for the scorecards a visibility allows; `$n` is the viewer id parameter. */
export function scorecardFilter(v: ScorecardVisibility, viewerParam: string): string {
  // Never another person's draft; while blinded, nothing but one's own.
  return v.blinded ? `s.interviewer_id = ${viewerParam}` : `(s.status = 'submitted' OR s.interviewer_id = ${viewerParam})`;
}

/** Scores are derived from every submitted scorecard: a blinded caller gets none. */
export function assertMaySeeScores(v: ScorecardVisibility): void {
  if (v.blinded) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Submit your own scorecard first: scores on this application are hidden until you have');
  }
}
