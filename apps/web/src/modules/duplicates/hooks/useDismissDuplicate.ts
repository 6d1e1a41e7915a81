import type { DismissDuplicateRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { duplicateQueryKeys } from '../utils/duplicateQueries';
import { duplicatesApi } from '../utils/duplicatesApi';

/** Marks a suggested pair as two different people; it is not suggested again. */
export function useDismissDuplicate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: DismissDuplicateRequest) => duplicatesApi.dismiss(request),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: duplicateQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
  });
}
