import type { CandidateQuery } from '@loopboard/contracts';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { candidatesApi } from './candidatesApi';

/** Rows per page: enough to fill a tall screen, small enough to answer fast. */
export const CANDIDATE_PAGE_SIZE = 50;

export const candidateQueryKeys = {
  all: ['candidates'] as const,
  lists: () => ['candidates', 'list'] as const,
  list: (query: CandidateQuery) => ['candidates', 'list', query] as const,
  detail: (candidateId: string) => ['candidates', 'detail', candidateId] as const,
  history: (candidateId: string) => ['candidates', 'detail', candidateId, 'history'] as const,
  venues: () => ['venues'] as const,
};

export const candidateQueries = {
  list: (query: CandidateQuery) =>
    infiniteQueryOptions({
      queryKey: candidateQueryKeys.list(query),
      queryFn: ({ pageParam, signal }) =>
        candidatesApi.list({ ...query, limit: CANDIDATE_PAGE_SIZE, cursor: pageParam ?? undefined }, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  detail: (candidateId: string) =>
    queryOptions({
      queryKey: candidateQueryKeys.detail(candidateId),
      queryFn: ({ signal }) => candidatesApi.get(candidateId, signal),
    }),
  history: (candidateId: string) =>
    infiniteQueryOptions({
      queryKey: candidateQueryKeys.history(candidateId),
      queryFn: ({ pageParam, signal }) => candidatesApi.history(candidateId, pageParam, signal),
      initialPageParam: null as string | null,
      getNextPageParam: (lastPage) => lastPage.nextCursor,
    }),
  venues: () =>
    queryOptions({
      queryKey: candidateQueryKeys.venues(),
      queryFn: ({ signal }) => candidatesApi.venues(signal),
      // The venue table changes rarely (an admin edits a tier); no need to refetch on every visit.
      staleTime: 5 * 60_000,
    }),
};
