import type { InterviewType, InterviewTypeSummary, RoleLoop, UpdateInterviewKitRequest, UpdateRoleLoopRequest } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const typePath = (key: string) => `/interview-types/${encodeURIComponent(key)}`;
const loopPath = (roleId: string) => `/roles/${encodeURIComponent(roleId)}/loop`;

export const interviewsApi = {
  listTypes: (signal?: AbortSignal) => apiFetch<InterviewTypeSummary[]>('/interview-types', { signal }),
  getType: (key: string, signal?: AbortSignal) => apiFetch<InterviewType>(typePath(key), { signal }),
  updateKit: (key: string, body: UpdateInterviewKitRequest) => apiFetch<InterviewType>(`${typePath(key)}/kit`, { method: 'PUT', body }),
  getLoop: (roleId: string, signal?: AbortSignal) => apiFetch<RoleLoop>(loopPath(roleId), { signal }),
  updateLoop: (roleId: string, body: UpdateRoleLoopRequest) => apiFetch<RoleLoop>(loopPath(roleId), { method: 'PUT', body }),
};
