import type { OpeningQuery } from '@loopboard/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { openingsApi } from './openingsApi';

export const OPENING_PAGE_SIZE = 25;

export const openingQueryKeys = {
  all: ['openings'] as const,
  lists: () => ['openings', 'list'] as const,
  list: (query: OpeningQuery) => ['openings', 'list', query] as const,
  detail: (openingId: string) => ['openings', 'detail', openingId] as const,
  applications: (openingId: string) => ['openings', 'detail', openingId, 'applications'] as const,
  rejectionReasons: () => ['rejection-reasons'] as const,
  directory: () => ['users', 'directory'] as const,
};

export const openingQueries = {
  list: (query: OpeningQuery) =>
    infiniteQueryOptions({
      queryKey: openingQueryKeys.list(query),
      queryFn: ({ pageParam, signal }) => openingsApi.list({ ...query, limit: OPENING_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  detail: (openingId: string) =>
    queryOptions({ queryKey: openingQueryKeys.detail(openingId), queryFn: ({ signal }) => openingsApi.get(openingId, signal) }),
  applications: (openingId: string) =>
    queryOptions({
      queryKey: openingQueryKeys.applications(openingId),
      queryFn: ({ signal }) => openingsApi.applications(openingId, signal),
    }),
  directory: () =>
    queryOptions({ queryKey: openingQueryKeys.directory(), queryFn: ({ signal }) => openingsApi.directory(signal), staleTime: 60_000 }),
  rejectionReasons: () =>
    queryOptions({
      queryKey: openingQueryKeys.rejectionReasons(),
      queryFn: ({ signal }) => openingsApi.rejectionReasons(signal),
      staleTime: 5 * 60_000,
    }),
};
