import type { CandidateQuery } from '@loopboard/contracts';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { candidateQueries } from '../utils/candidateQueries';

export function useCandidates(query: CandidateQuery) {
  // While a new search or filter loads, the old rows stay (marked busy) instead of flashing a spinner per keystroke.
  return useInfiniteQuery({ ...candidateQueries.list(query), placeholderData: keepPreviousData });
}
