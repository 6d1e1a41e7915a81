import type {
  ApplicationDetail,
  ApplicationSummary,
  BulkMoveRequest,
  BulkRejectRequest,
  BulkResult,
  CloseApplicationRequest,
  CreateApplicationRequest,
  CreateOpeningRequest,
  DirectoryUser,
  MoveApplicationRequest,
  OpeningDetail,
  OpeningPage,
  OpeningQuery,
  RejectApplicationRequest,
  RejectionReason,
  UpdateOpeningLoopRequest,
  UpdateOpeningRequest,
} from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const openingPath = (openingId: string) => `/openings/${encodeURIComponent(openingId)}`;
const applicationPath = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}`;

function toSearch(query: OpeningQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `?${search}` : '';
}

export type CloseKind = 'withdraw' | 'hire';

export const openingsApi = {
  list: (query: OpeningQuery, signal?: AbortSignal) => apiFetch<OpeningPage>(`/openings${toSearch(query)}`, { signal }),
  get: (openingId: string, signal?: AbortSignal) => apiFetch<OpeningDetail>(openingPath(openingId), { signal }),
  create: (body: CreateOpeningRequest) => apiFetch<OpeningDetail>('/openings', { method: 'POST', body }),
  /** Changes the given fields (409 OPENING_VERSION_CONFLICT when `version` is stale). */
  update: (openingId: string, body: UpdateOpeningRequest) => apiFetch<OpeningDetail>(openingPath(openingId), { method: 'PATCH', body }),
  /** Active users (id, name, role) for the hiring manager and team pickers. */
  directory: (signal?: AbortSignal) => apiFetch<DirectoryUser[]>('/users/directory', { signal }),
  /** Replaces the opening's own loop (409 LOOP_VERSION_CONFLICT when stale, OPENING_STAGE_IN_USE when a dropped stage has candidates). */
  updateLoop: (openingId: string, body: UpdateOpeningLoopRequest) =>
    apiFetch<OpeningDetail>(`${openingPath(openingId)}/loop`, { method: 'PUT', body }),
  applications: (openingId: string, signal?: AbortSignal) =>
    apiFetch<ApplicationSummary[]>(`${openingPath(openingId)}/applications`, { signal }),
  rejectionReasons: (signal?: AbortSignal) => apiFetch<RejectionReason[]>('/rejection-reasons', { signal }),
  createApplication: (body: CreateApplicationRequest) => apiFetch<ApplicationDetail>('/applications', { method: 'POST', body }),
  /** `fromStageId` is the stage the card was shown in: if it moved meanwhile, 409 APPLICATION_STAGE_CONFLICT with `current`. */
  move: (applicationId: string, body: MoveApplicationRequest) =>
    apiFetch<ApplicationDetail>(`${applicationPath(applicationId)}/move`, { method: 'POST', body }),
  reject: (applicationId: string, body: RejectApplicationRequest) =>
    apiFetch<ApplicationDetail>(`${applicationPath(applicationId)}/reject`, { method: 'POST', body }),
  close: (applicationId: string, kind: CloseKind, body: CloseApplicationRequest) =>
    apiFetch<ApplicationDetail>(`${applicationPath(applicationId)}/${kind}`, { method: 'POST', body }),
  bulkMove: (body: BulkMoveRequest) => apiFetch<BulkResult>('/applications/bulk-move', { method: 'POST', body }),
  bulkReject: (body: BulkRejectRequest) => apiFetch<BulkResult>('/applications/bulk-reject', { method: 'POST', body }),
};
