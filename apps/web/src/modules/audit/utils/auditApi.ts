import type { AuditPage, AuditQuery, AuditVerification } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

function toSearch(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const auditApi = {
  list: (query: AuditQuery, signal?: AbortSignal) => apiFetch<AuditPage>(`/audit${toSearch(query)}`, { signal }),
  verify: () => apiFetch<AuditVerification>('/audit/verify'),
};
