import type { UpdateRoleLoopRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { interviewQueryKeys } from '../utils/interviewQueries';
import { interviewsApi } from '../utils/interviewsApi';

/** Replaces a role's loop template (the server answers 409 if `version` is stale). */
export function useUpdateRoleLoop(roleId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateRoleLoopRequest) => interviewsApi.updateLoop(roleId, request),
    onSuccess: (saved) => {
      queryClient.setQueryData(interviewQueryKeys.loop(roleId), saved);
    },
  });
}
