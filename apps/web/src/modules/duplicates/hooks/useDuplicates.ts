import { useInfiniteQuery } from '@tanstack/react-query';
import { duplicateQueries } from '../utils/duplicateQueries';

export function useDuplicates() {
  return useInfiniteQuery(duplicateQueries.list());
}
