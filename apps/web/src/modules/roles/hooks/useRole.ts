import { useQuery } from '@tanstack/react-query';
import { roleQueries } from '../utils/roleQueries';

export function useRole(roleId: string) {
  return useQuery(roleQueries.detail(roleId));
}
