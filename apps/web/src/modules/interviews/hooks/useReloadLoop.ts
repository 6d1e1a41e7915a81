import type { RoleLoop } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { interviewQueries } from '../utils/interviewQueries';

/** Fetches the role's latest loop now (after a conflict). */
export function useReloadLoop(roleId: string): () => Promise<RoleLoop> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.fetchQuery({ ...interviewQueries.loop(roleId), staleTime: 0 }), [queryClient, roleId]);
}
