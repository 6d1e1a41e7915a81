import { useQuery } from '@tanstack/react-query';
import { userQueries } from '../utils/userQueries';

export function useUsers() {
  return useQuery(userQueries.list());
}
