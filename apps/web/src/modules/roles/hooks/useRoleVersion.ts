import type { RoleWeightsVersion } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { roleQueries } from '../utils/roleQueries';

/** One saved weights version; `known` (e.g. the role's current version) avoids a fetch when it is the one asked for. */
export function useRoleVersion(roleId: string, version: number, known?: RoleWeightsVersion) {
  return useQuery({
    ...roleQueries.version(roleId, version),
    initialData: known?.version === version ? known : undefined,
  });
}
