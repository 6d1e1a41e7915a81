import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { openingQueryKeys } from '../utils/openingQueries';

/** Refetches the board (applications) and the opening (stage counts) after any change, made here or elsewhere. */
export function useRefreshPipeline(openingId: string) {
  const queryClient = useQueryClient();
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: openingQueryKeys.detail(openingId) }),
        queryClient.invalidateQueries({ queryKey: openingQueryKeys.lists() }),
      ]),
    [queryClient, openingId],
  );
}
