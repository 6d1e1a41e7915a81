import { useQuery } from '@tanstack/react-query';
import { roleQueries } from '../utils/roleQueries';

export function useRoles() {
  return useQuery(roleQueries.list());
}
