import { useQuery } from '@tanstack/react-query';
import { candidateQueries } from '../utils/candidateQueries';

export function useVenues() {
  return useQuery(candidateQueries.venues());
}
