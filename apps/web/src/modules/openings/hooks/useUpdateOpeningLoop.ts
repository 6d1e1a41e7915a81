import type { UpdateOpeningLoopRequest } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { openingQueryKeys } from '../utils/openingQueries';
import { openingsApi } from '../utils/openingsApi';

/** Replaces the opening's own loop; the board then shows the new stages as columns. */
export function useUpdateOpeningLoop(openingId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: UpdateOpeningLoopRequest) => openingsApi.updateLoop(openingId, request),
    onSuccess: async (saved) => {
      queryClient.setQueryData(openingQueryKeys.detail(openingId), saved);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: openingQueryKeys.applications(openingId) }),
        queryClient.invalidateQueries({ queryKey: openingQueryKeys.lists() }),
      ]);
    },
  });
}
