import { useQuery } from '@tanstack/react-query';
import { openingQueries } from '../utils/openingQueries';

export function useRejectionReasons() {
  return useQuery(openingQueries.rejectionReasons());
}
