import type { PutRejectionReasonRequest, RejectionReason } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { openingQueryKeys } from '../../openings/utils/openingQueries';
import { rejectionReasonsApi } from '../utils/rejectionReasonsApi';

/** Adds or changes one rejection reason; the shared reasons list (also read by the reject dialog) is updated in place. */
export function usePutRejectionReason() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ key, request }: { key: string; request: PutRejectionReasonRequest }) => rejectionReasonsApi.put(key, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData<RejectionReason[]>(openingQueryKeys.rejectionReasons(), (reasons) => {
        if (!reasons) return reasons;
        return reasons.some((r) => r.key === saved.key) ? reasons.map((r) => (r.key === saved.key ? saved : r)) : [...reasons, saved];
      });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: openingQueryKeys.rejectionReasons() }),
        // Applications show their reason's label.
        queryClient.invalidateQueries({ queryKey: openingQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
  });
}
