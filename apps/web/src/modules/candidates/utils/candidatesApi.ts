import type {
  ArchiveCandidateRequest,
  AuditPage,
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
  /** `version` is the one shown: if the candidate changed since, the answer is 409 CANDIDATE_VERSION_CONFLICT. */
  setArchived: (candidateId: string, archived: boolean, version: number) =>
    apiFetch<CandidateDetail>(`${candidatePath(candidateId)}/${archived ? 'archive' : 'unarchive'}`, {
      method: 'POST',
      body: { version } satisfies ArchiveCandidateRequest,
    }),
  venues: (signal?: AbortSignal) => apiFetch<Venue[]>('/venues', { signal }),
  /** Newest first, from the audit log; `cursor` is the previous page's nextCursor. */
  history: (candidateId: string, cursor: string | null, signal?: AbortSignal) =>
    apiFetch<AuditPage>(`${candidatePath(candidateId)}/history?limit=20${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
      signal,
    }),
};
