import { useQuery } from '@tanstack/react-query';
import { interviewQueries } from '../utils/interviewQueries';

/** A role's loop template. */
export function useRoleLoop(roleId: string) {
  return useQuery(interviewQueries.loop(roleId));
}
