import type { UpdateInterviewKitRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { interviewQueryKeys } from '../utils/interviewQueries';
import { interviewsApi } from '../utils/interviewsApi';

/** Replaces a kit (the server answers 409 if `version` is stale). */
export function useUpdateKit(key: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateInterviewKitRequest) => interviewsApi.updateKit(key, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(interviewQueryKeys.type(key), saved);
      await queryClient.invalidateQueries({ queryKey: interviewQueryKeys.types, exact: true });
    },
  });
}
