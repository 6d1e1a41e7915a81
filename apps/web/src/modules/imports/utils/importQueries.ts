import { queryOptions } from '@tanstack/react-query';
import { importsApi } from './importsApi';

/** How often the wizard asks how far a running commit got. */
export const PROGRESS_POLL_MS = 500;

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
      refetchInterval: PROGRESS_POLL_MS,
      // Progress is only worth its latest value; an old one would make the bar jump back.
      gcTime: 0,
    }),
};
