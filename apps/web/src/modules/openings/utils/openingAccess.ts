import type { User } from '@loopboard/contracts';

// Interviewers are left out until they get interviews to see; the API enforces the same rule.
export function canReadOpenings(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'recruiter' || user?.role === 'hiring_manager';
}

/** Hiring managers review the pipeline; recruiters and admins move it. */
export function canEditPipeline(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'recruiter';
}
