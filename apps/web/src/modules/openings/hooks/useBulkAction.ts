import type { ApplicationSummary, BulkItem } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openingQueryKeys } from '../utils/openingQueries';
import { openingsApi } from '../utils/openingsApi';
import { useRefreshPipeline } from './useRefreshPipeline';

export type BulkVariables =
  | { kind: 'move'; applications: ApplicationSummary[]; toStageId: string }
  | { kind: 'reject'; applications: ApplicationSummary[]; reasonKey: string; note?: string };

/** All or nothing: if any selected card moved meanwhile, the API changes none and lists the stale ones. */
export function useBulkAction(openingId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPipeline(openingId);
  return useMutation({
    mutationFn: (variables: BulkVariables) => {
      const items: BulkItem[] = variables.applications.map((a) => ({ applicationId: a.id, fromStageId: a.currentStage.id }));
      return variables.kind === 'move'
        ? openingsApi.bulkMove({ items, toStageId: variables.toStageId })
        : openingsApi.bulkReject({ items, reasonKey: variables.reasonKey, note: variables.note?.trim() || undefined });
    },
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: openingQueryKeys.applications(openingId) }), refresh()]),
  });
}
