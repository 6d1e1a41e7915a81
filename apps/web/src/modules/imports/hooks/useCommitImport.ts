import type { CommitImportRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { candidateQueryKeys } from '../../candidates/utils/candidateQueries';
import { importQueryKeys } from '../utils/importQueries';
import { importsApi } from '../utils/importsApi';

export function useCommitImport(importId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CommitImportRequest) => importsApi.commit(importId, request),
    // Settled, not only on success: a commit refused as already done still changed what the batch says.
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: candidateQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: importQueryKeys.batch(importId) }),
      ]);
    },
  });
}
