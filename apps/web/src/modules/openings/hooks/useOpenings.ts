import type { OpeningQuery } from '@loopboard/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { openingQueries } from '../utils/openingQueries';

export function useOpenings(query: OpeningQuery) {
  return useInfiniteQuery({ ...openingQueries.list(query), placeholderData: keepPreviousData });
}
