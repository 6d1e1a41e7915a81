import { useQuery } from '@tanstack/react-query';
import { openingQueries } from '../utils/openingQueries';

export function useOpeningApplications(openingId: string) {
  return useQuery(openingQueries.applications(openingId));
}
