import type { EraseCandidateRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { duplicateQueryKeys } from '../../duplicates/utils/duplicateQueries';
import { candidateErasureApi } from '../utils/candidateErasureApi';
import { candidateQueryKeys } from '../utils/candidateQueries';

/** Erases a candidate's personal data for good (admin only). */
export function useEraseCandidate(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EraseCandidateRequest) => candidateErasureApi.erase(candidateId, request),
    // The page leaves the profile and then drops its cached copy (removing it here would refetch it, as a 410, while still on screen).
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: duplicateQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
  });
}
