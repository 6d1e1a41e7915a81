import { queryOptions } from '@tanstack/react-query';
import { rolesApi } from './rolesApi';

/**
 * Query keys nest under the role, so invalidating `detail(roleId)` also refreshes
 * its history; a single version lives under `version` (not `versions`) because
 * a saved version never changes and need not be refetched with the list.
 */
export const roleQueryKeys = {
  competencies: ['competencies'] as const,
  all: ['roles'] as const,
  list: () => ['roles', 'list'] as const,
  detail: (roleId: string) => ['roles', 'detail', roleId] as const,
  versions: (roleId: string) => ['roles', 'detail', roleId, 'versions'] as const,
  version: (roleId: string, version: number) => ['roles', 'detail', roleId, 'version', version] as const,
};

export const roleQueries = {
  competencies: () =>
    queryOptions({
      queryKey: roleQueryKeys.competencies,
      queryFn: ({ signal }) => rolesApi.listCompetencies(signal),
      staleTime: Infinity,
    }),
  list: () =>
    queryOptions({
      queryKey: roleQueryKeys.list(),
      queryFn: ({ signal }) => rolesApi.listRoles(signal),
    }),
  detail: (roleId: string) =>
    queryOptions({
      queryKey: roleQueryKeys.detail(roleId),
      queryFn: ({ signal }) => rolesApi.getRole(roleId, signal),
    }),
  versions: (roleId: string) =>
    queryOptions({
      queryKey: roleQueryKeys.versions(roleId),
      queryFn: ({ signal }) => rolesApi.listVersions(roleId, signal),
    }),
  version: (roleId: string, version: number) =>
    queryOptions({
      queryKey: roleQueryKeys.version(roleId, version),
      queryFn: ({ signal }) => rolesApi.getVersion(roleId, version, signal),
      // Versions are immutable once saved.
      staleTime: Infinity,
    }),
};
