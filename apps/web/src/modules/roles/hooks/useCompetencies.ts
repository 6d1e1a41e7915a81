import { useQuery } from '@tanstack/react-query';
import { roleQueries } from '../utils/roleQueries';

export function useCompetencies() {
  return useQuery(roleQueries.competencies());
}
