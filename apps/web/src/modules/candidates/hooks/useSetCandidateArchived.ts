import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { candidateQueryKeys } from '../utils/candidateQueries';
import { candidatesApi } from '../utils/candidatesApi';

export function useSetCandidateArchived(candidateId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ archived, version }: { archived: boolean; version: number }) =>
      candidatesApi.setArchived(candidateId, archived, version),
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
