import type { DirectoryUser } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { openingQueries } from '../utils/openingQueries';

export interface OpeningPeople {
  /** Who may be an opening's hiring manager: active hiring managers and admins. */
  managers: DirectoryUser[];
  recruiters: DirectoryUser[];
  interviewers: DirectoryUser[];
}

/** The user directory (active users, sorted by name), split for the opening pickers. */
export function useUserDirectory() {
  return useQuery({
    ...openingQueries.directory(),
    select: (users): OpeningPeople => ({
      managers: users.filter((u) => u.role === 'hiring_manager' || u.role === 'admin'),
      recruiters: users.filter((u) => u.role === 'recruiter'),
      interviewers: users.filter((u) => u.role === 'interviewer'),
    }),
  });
}
