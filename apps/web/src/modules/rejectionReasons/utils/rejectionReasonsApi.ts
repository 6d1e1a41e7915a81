import type { PutRejectionReasonRequest, RejectionReason } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

export const rejectionReasonsApi = {
  /** Adds the reason when the key is new, otherwise renames / (de)activates it. Admins only. */
  put: (key: string, body: PutRejectionReasonRequest) =>
    apiFetch<RejectionReason>(`/rejection-reasons/${encodeURIComponent(key)}`, { method: 'PUT', body }),
};
