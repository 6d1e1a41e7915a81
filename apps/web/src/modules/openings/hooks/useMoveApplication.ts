import type { ApplicationSummary, StageRef } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openingQueryKeys } from '../utils/openingQueries';
import { openingsApi } from '../utils/openingsApi';
import { useRefreshPipeline } from './useRefreshPipeline';

export interface MoveVariables {
  application: ApplicationSummary;
  toStage: StageRef;
}

/**
 * Moves a card at once (optimistic) and puts it back if the API refuses. The request names the
 * stage the card was shown in, so a move made meanwhile by someone else is a 409, never overwritten.
 */
export function useMoveApplication(openingId: string) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPipeline(openingId);
  const key = openingQueryKeys.applications(openingId);
  return useMutation({
    mutationFn: ({ application, toStage }: MoveVariables) =>
      openingsApi.move(application.id, { fromStageId: application.currentStage.id, toStageId: toStage.id }),
    onMutate: async ({ application, toStage }) => {
      await queryClient.cancelQueries({ queryKey: key });
      const before = queryClient.getQueryData<ApplicationSummary[]>(key);
      queryClient.setQueryData<ApplicationSummary[]>(key, (rows) =>
        rows?.map((row) => (row.id === application.id ? { ...row, currentStage: toStage, secondsInStage: 0 } : row)),
      );
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) queryClient.setQueryData(key, context.before);
    },
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: key }), refresh()]),
  });
}
