import type { ImportProgress } from '@loopboard/contracts';
import { queryOptions } from '@tanstack/react-query';
import { importsApi } from './importsApi';

/** How often the wizard asks how far a running commit got. */
export const PROGRESS_POLL_MS = 500;

/** A commit in these phases has ended; its progress will not move any more. */
export const isSettledPhase = (phase: ImportProgress['phase'] | undefined) => phase === 'done' || phase === 'failed';

/** A commit in these phases is running on the server. */
export const isRunningPhase = (phase: ImportProgress['phase'] | undefined) => phase === 'matching' || phase === 'writing';

export const importQueryKeys = {
  all: ['imports'] as const,
  batch: (importId: string) => ['imports', 'batch', importId] as const,
  progress: (importId: string) => ['imports', 'progress', importId] as const,
};

export const importQueries = {
  batch: (importId: string) =>
    queryOptions({
      queryKey: importQueryKeys.batch(importId),
      queryFn: ({ signal }) => importsApi.get(importId, signal),
    }),
  progress: (importId: string) =>
    queryOptions({
      queryKey: importQueryKeys.progress(importId),
      queryFn: ({ signal }) => importsApi.progress(importId, signal),
      // Stops by itself once the commit has ended: "done" and "failed" do not change any more.
      refetchInterval: (query) => (isSettledPhase(query.state.data?.phase) ? false : PROGRESS_POLL_MS),
      // Progress is only worth its latest value; an old one would make the bar jump back.
      gcTime: 0,
    }),
};
