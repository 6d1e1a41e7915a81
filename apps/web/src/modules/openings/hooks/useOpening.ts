import { useQuery } from '@tanstack/react-query';
import { openingQueries } from '../utils/openingQueries';

export function useOpening(openingId: string) {
  return useQuery(openingQueries.detail(openingId));
}
