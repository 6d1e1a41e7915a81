import type { OpeningLoop } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { openingQueries } from '../utils/openingQueries';

/** Fetches the opening's latest loop now (after a conflict); the board follows. */
export function useReloadOpeningLoop(openingId: string): () => Promise<OpeningLoop> {
  const queryClient = useQueryClient();
  return useCallback(
    async () => (await queryClient.fetchQuery({ ...openingQueries.detail(openingId), staleTime: 0 })).loop,
    [queryClient, openingId],
  );
}
