import type { User } from '@loopboard/contracts';

/** The interviewer calibration report: admins and hiring managers (the API enforces the same). */
export function canReadCalibration(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'hiring_manager';
}

/** Leaderboards and every application's scores: admins, recruiters and hiring managers. */
export function canReadScores(user: User | null | undefined): boolean {
  return user?.role === 'admin' || user?.role === 'recruiter' || user?.role === 'hiring_manager';
}
