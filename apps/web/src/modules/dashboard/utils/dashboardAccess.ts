import type { User } from '@loopboard/contracts';

/** The pipeline reports: admins, recruiters and hiring managers (the API enforces the same). */
export function canReadDashboard(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'recruiter' || user?.role === 'hiring_manager';
}

/** The adverse-impact report is for admins only: demographics never reach hiring managers, recruiters or interviewers. */
export function canReadAdverseImpact(user: User | null | undefined): boolean {
  return user?.role === 'admin';
}
