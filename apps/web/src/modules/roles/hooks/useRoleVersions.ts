import { useQuery } from '@tanstack/react-query';
import { roleQueries } from '../utils/roleQueries';

/** Every saved weights version of a role, newest first. */
export function useRoleVersions(roleId: string) {
  return useQuery(roleQueries.versions(roleId));
}
