import type { User } from '@loopboard/contracts';

// Interviewers are left out until the pipeline brings their assignments; the API enforces the same rule.
export function canReadCandidates(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'recruiter' || user?.role === 'hiring_manager';
}

export function canEditCandidates(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'recruiter';
}
