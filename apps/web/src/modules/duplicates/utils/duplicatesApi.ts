import type { CandidateDetail, DismissDuplicateRequest, DuplicatePage, MergeCandidatesRequest } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

export const duplicatesApi = {
  list: ({ cursor, limit }: { cursor?: string; limit: number }, signal?: AbortSignal) => {
    const params = new URLSearchParams({ limit: String(limit) });
    if (cursor) params.set('cursor', cursor);
    return apiFetch<DuplicatePage>(`/duplicates?${params.toString()}`, { signal });
  },
  dismiss: (body: DismissDuplicateRequest) => apiFetch<void>('/duplicates/dismiss', { method: 'POST', body }),
  merge: (body: MergeCandidatesRequest) => apiFetch<CandidateDetail>('/candidates/merge', { method: 'POST', body }),
};
