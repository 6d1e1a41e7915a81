import { ErrorCode } from '@loopboard/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { RequestContext } from '../auth/actor.js';

type Subject = { openingId: string } | { applicationId: string } | { interviewId: string };

/**
 * An opening's team decides which recruiters work on it: when the opening names
 * recruiters, only they (and admins) may change it, its applications, interviews
 * and take-homes. An opening that names none is open to every recruiter.
 * Interviewers and hiring managers are held by their own rules (the matrix).
 */
export async function assertOnOpeningTeam(tx: EntityManager, ctx: RequestContext, subject: Subject): Promise<void> {
  if (ctx.actor?.role !== 'recruiter') return;
  const openingOf =
    'openingId' in subject
      ? `SELECT $1::uuid AS opening_id`
      : 'applicationId' in subject
        ? `SELECT opening_id FROM application WHERE id = $1`
        : `SELECT a.opening_id FROM interview i JOIN application a ON a.id = i.application_id WHERE i.id = $1`;
  const id = 'openingId' in subject ? subject.openingId : 'applicationId' in subject ? subject.applicationId : subject.interviewId;
  const [row]: { named: number; member: boolean }[] = await tx.query(
    `WITH o AS (${openingOf})
     SELECT count(*)::int AS named, coalesce(bool_or(m.user_id = $2), false) AS member
       FROM o JOIN opening_member m ON m.opening_id = o.opening_id AND m.kind = 'recruiter'`,
    [id, ctx.actor.id],
  );
  if (row && row.named > 0 && !row.member) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Only the recruiters on this opening’s team, and admins, may work on it');
  }
}
