import { infiniteQueryOptions } from '@tanstack/react-query';
import { duplicatesApi } from './duplicatesApi';

/** Pairs per page: each is a tall card, so fewer than the candidate list shows. */
export const DUPLICATE_PAGE_SIZE = 20;

export const duplicateQueryKeys = {
  all: ['duplicates'] as const,
  list: () => ['duplicates', 'list'] as const,
};

export const duplicateQueries = {
  list: () =>
    infiniteQueryOptions({
      queryKey: duplicateQueryKeys.list(),
      queryFn: ({ pageParam, signal }) => duplicatesApi.list({ cursor: pageParam, limit: DUPLICATE_PAGE_SIZE }, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    }),
};
