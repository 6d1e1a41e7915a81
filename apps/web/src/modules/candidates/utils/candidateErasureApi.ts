import type { EraseCandidateRequest, ErasureResult } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

export const candidateErasureApi = {
  erase: (candidateId: string, body: EraseCandidateRequest) =>
    apiFetch<ErasureResult>(`/candidates/${encodeURIComponent(candidateId)}/erase`, { method: 'POST', body }),
};
