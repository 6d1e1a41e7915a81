import type {
  ApplicationDetail,
  CreateInterviewRequest,
  GradeTakeHomeRequest,
  Interview,
  MyInterviews,
  SendTakeHomeRequest,
  SubmitTakeHomeRequest,
  TakeHome,
  UpdateInterviewRequest,
} from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const applicationPath = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}`;
const interviewPath = (interviewId: string) => `/interviews/${encodeURIComponent(interviewId)}`;

/** Where the browser downloads an interview's calendar invite (a plain link, so it carries the session cookie). */
export const inviteHref = (interviewId: string) => `/api${interviewPath(interviewId)}/invite.ics`;

export const schedulingApi = {
  mine: (signal?: AbortSignal) => apiFetch<MyInterviews>('/me/interviews', { signal }),
  application: (applicationId: string, signal?: AbortSignal) => apiFetch<ApplicationDetail>(applicationPath(applicationId), { signal }),
  interviews: (applicationId: string, signal?: AbortSignal) =>
    apiFetch<Interview[]>(`${applicationPath(applicationId)}/interviews`, { signal }),
  schedule: (applicationId: string, body: CreateInterviewRequest) =>
    apiFetch<Interview>(`${applicationPath(applicationId)}/interviews`, { method: 'POST', body }),
  /** A stale `version` is 409 INTERVIEW_VERSION_CONFLICT, nothing changed. */
  update: (interviewId: string, body: UpdateInterviewRequest) => apiFetch<Interview>(interviewPath(interviewId), { method: 'PATCH', body }),
  cancel: (interviewId: string, version: number) =>
    apiFetch<Interview>(`${interviewPath(interviewId)}?version=${version}`, { method: 'DELETE' }),
  takeHome: (applicationId: string, signal?: AbortSignal) => apiFetch<TakeHome>(`${applicationPath(applicationId)}/take-home`, { signal }),
  sendTakeHome: (applicationId: string, body: SendTakeHomeRequest) =>
    apiFetch<TakeHome>(`${applicationPath(applicationId)}/take-home/send`, { method: 'POST', body }),
  submitTakeHome: (applicationId: string, body: SubmitTakeHomeRequest) =>
    apiFetch<TakeHome>(`${applicationPath(applicationId)}/take-home/submit`, { method: 'POST', body }),
  gradeTakeHome: (applicationId: string, body: GradeTakeHomeRequest) =>
    apiFetch<TakeHome>(`${applicationPath(applicationId)}/take-home/grade`, { method: 'POST', body }),
};
