import type { CreateCandidateRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { candidateQueryKeys } from '../utils/candidateQueries';
import { candidatesApi } from '../utils/candidatesApi';

export function useCreateCandidate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateCandidateRequest) => candidatesApi.create(request),
    onSuccess: async (created) => {
      queryClient.setQueryData(candidateQueryKeys.detail(created.id), created);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
  });
}
