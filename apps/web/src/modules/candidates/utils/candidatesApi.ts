import type {
  CandidateDetail,
  CandidatePage,
  CandidateQuery,
  CreateCandidateRequest,
  UpdateCandidateRequest,
  Venue,
} from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const candidatePath = (candidateId: string) => `/candidates/${encodeURIComponent(candidateId)}`;

function toSearch(query: CandidateQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export const candidatesApi = {
  list: (query: CandidateQuery, signal?: AbortSignal) => apiFetch<CandidatePage>(`/candidates${toSearch(query)}`, { signal }),
  get: (candidateId: string, signal?: AbortSignal) => apiFetch<CandidateDetail>(candidatePath(candidateId), { signal }),
  create: (body: CreateCandidateRequest) => apiFetch<CandidateDetail>('/candidates', { method: 'POST', body }),
  update: (candidateId: string, body: UpdateCandidateRequest) =>
    apiFetch<CandidateDetail>(candidatePath(candidateId), { method: 'PATCH', body }),
  setArchived: (candidateId: string, archived: boolean) =>
    apiFetch<CandidateDetail>(`${candidatePath(candidateId)}/${archived ? 'archive' : 'unarchive'}`, { method: 'POST' }),
  venues: (signal?: AbortSignal) => apiFetch<Venue[]>('/venues', { signal }),
};
