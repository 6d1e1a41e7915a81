import type { UpdateCandidateRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { candidateQueryKeys } from '../utils/candidateQueries';
import { candidatesApi } from '../utils/candidatesApi';

/** Saves a change made from `request.version`; the API refuses it with a 409 if the candidate moved on since. */
export function useUpdateCandidate(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateCandidateRequest) => candidatesApi.update(candidateId, request),
    onSuccess: async (updated) => {
      queryClient.setQueryData(candidateQueryKeys.detail(candidateId), updated);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.history(candidateId) }),
      ]);
    },
  });
}
