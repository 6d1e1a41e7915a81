import type { InterviewType } from '@loopboard/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { interviewQueries } from '../utils/interviewQueries';

/** Fetches the kit's latest version now (after a conflict). */
export function useReloadKit(key: string): () => Promise<InterviewType> {
  const queryClient = useQueryClient();
  return useCallback(() => queryClient.fetchQuery({ ...interviewQueries.type(key), staleTime: 0 }), [queryClient, key]);
}
