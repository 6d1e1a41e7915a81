import { useQuery } from '@tanstack/react-query';
import { candidateQueries } from '../utils/candidateQueries';

export function useCandidate(candidateId: string) {
  return useQuery(candidateQueries.detail(candidateId));
}
