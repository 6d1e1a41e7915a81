import type { CreateRoleWeightsVersionRequest, Role } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { roleQueryKeys } from '../utils/roleQueries';
import { rolesApi } from '../utils/rolesApi';

/** Saves new weights as the role's next version (the server answers 409 if `baseVersion` is stale). */
export function useCreateRoleVersion(roleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateRoleWeightsVersionRequest) => rolesApi.createVersion(roleId, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(roleQueryKeys.version(roleId, saved.version), saved);
      queryClient.setQueryData<Role>(roleQueryKeys.detail(roleId), (role) => (role ? { ...role, current: saved } : role));
      await queryClient.invalidateQueries({ queryKey: roleQueryKeys.all });
    },
  });
}
