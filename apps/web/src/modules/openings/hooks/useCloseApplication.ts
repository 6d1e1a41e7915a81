import type { ApplicationSummary } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openingQueryKeys } from '../utils/openingQueries';
import { openingsApi, type CloseKind } from '../utils/openingsApi';
import { useRefreshPipeline } from './useRefreshPipeline';

export type CloseVariables =
  | { kind: 'reject'; application: ApplicationSummary; reasonKey: string; note?: string }
  | { kind: CloseKind; application: ApplicationSummary; note?: string };

/** Rejects (with a reason), withdraws or hires an application, naming the stage it was shown in. */
export function useCloseApplication(openingId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPipeline(openingId);
  return useMutation({
    mutationFn: (variables: CloseVariables) => {
      const fromStageId = variables.application.currentStage.id;
      const note = variables.note?.trim() || undefined;
      return variables.kind === 'reject'
        ? openingsApi.reject(variables.application.id, { fromStageId, reasonKey: variables.reasonKey, note })
        : openingsApi.close(variables.application.id, variables.kind, { fromStageId, note });
    },
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: openingQueryKeys.applications(openingId) }), refresh()]),
  });
}
