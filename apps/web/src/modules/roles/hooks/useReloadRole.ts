import type { Role } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { roleQueries, roleQueryKeys } from '../utils/roleQueries';

/** Fetches the role's latest state now (after a conflict) and refreshes its history and the roles list. */
export function useReloadRole(roleId: string): () => Promise<Role> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    const [role] = await Promise.all([
      queryClient.fetchQuery({ ...roleQueries.detail(roleId), staleTime: 0 }),
      queryClient.invalidateQueries({ queryKey: roleQueryKeys.versions(roleId) }),
      queryClient.invalidateQueries({ queryKey: roleQueryKeys.list() }),
    ]);
    return role;
  }, [queryClient, roleId]);
}
