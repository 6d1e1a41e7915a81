import type { Competency, CreateRoleWeightsVersionRequest, Role, RoleWeightsVersion, RoleWeightsVersionSummary } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const rolePath = (roleId: string) => `/roles/${encodeURIComponent(roleId)}`;

export const rolesApi = {
  listCompetencies: (signal?: AbortSignal) => apiFetch<Competency[]>('/competencies', { signal }),
  listRoles: (signal?: AbortSignal) => apiFetch<Role[]>('/roles', { signal }),
  getRole: (roleId: string, signal?: AbortSignal) => apiFetch<Role>(rolePath(roleId), { signal }),
  listVersions: (roleId: string, signal?: AbortSignal) =>
    apiFetch<RoleWeightsVersionSummary[]>(`${rolePath(roleId)}/weights`, { signal }),
  getVersion: (roleId: string, version: number, signal?: AbortSignal) =>
    apiFetch<RoleWeightsVersion>(`${rolePath(roleId)}/weights/${version}`, { signal }),
  createVersion: (roleId: string, body: CreateRoleWeightsVersionRequest) =>
    apiFetch<RoleWeightsVersion>(`${rolePath(roleId)}/weights`, { method: 'POST', body }),
};
