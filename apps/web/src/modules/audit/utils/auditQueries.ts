import type { AuditQuery } from '@loopboard/contracts';
import { infiniteQueryOptions } from '@tanstack/react-query';
import { auditApi } from './auditApi';

export const auditQueryKeys = {
  all: ['audit'] as const,
  entries: (query: AuditQuery) => ['audit', 'entries', query] as const,
};

export const auditQueries = {
  /** Pages of entries, newest first; each page's `nextCursor` asks for the next older one. */
  entries: (query: AuditQuery) =>
    infiniteQueryOptions({
      queryKey: auditQueryKeys.entries(query),
      queryFn: ({ pageParam, signal }) => auditApi.list({ ...query, cursor: pageParam }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
};
