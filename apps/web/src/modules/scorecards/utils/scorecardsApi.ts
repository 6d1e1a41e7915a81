import type {
  AmendScorecardRequest,
  ApplicationScore,
  ApplicationScorecards,
  CalibrationReport,
  Leaderboard,
  SaveScorecardDraftRequest,
  Scorecard,
  SubmitScorecardRequest,
} from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const interviewPath = (interviewId: string) => `/interviews/${encodeURIComponent(interviewId)}/scorecard`;
const applicationPath = (applicationId: string) => `/applications/${encodeURIComponent(applicationId)}`;

export type LeaderboardScope = { kind: 'opening' | 'role'; id: string };

export const leaderboardPath = (scope: LeaderboardScope) =>
  `/${scope.kind === 'opening' ? 'openings' : 'roles'}/${encodeURIComponent(scope.id)}/leaderboard`;

export const scorecardsApi = {
  /** The caller's own scorecard for the interview (404 SCORECARD_NOT_FOUND before the first save). */
  mine: (interviewId: string, signal?: AbortSignal) => apiFetch<Scorecard>(interviewPath(interviewId), { signal }),
  /** Draft save; `version` 0 creates. 409 SCORECARD_VERSION_CONFLICT (with currentVersion) when stale. */
  save: (interviewId: string, body: SaveScorecardDraftRequest) => apiFetch<Scorecard>(interviewPath(interviewId), { method: 'PUT', body }),
  submit: (interviewId: string, body: SubmitScorecardRequest) =>
    apiFetch<Scorecard>(`${interviewPath(interviewId)}/submit`, { method: 'POST', body }),
  amend: (scorecardId: string, body: AmendScorecardRequest) =>
    apiFetch<Scorecard>(`/scorecards/${encodeURIComponent(scorecardId)}/amendments`, { method: 'POST', body }),
  ofApplication: (applicationId: string, signal?: AbortSignal) =>
    apiFetch<ApplicationScorecards>(`${applicationPath(applicationId)}/scorecards`, { signal }),
  score: (applicationId: string, signal?: AbortSignal) => apiFetch<ApplicationScore>(`${applicationPath(applicationId)}/score`, { signal }),
  /** `search` is the query string without "?", as kept in the page address. */
  leaderboard: (scope: LeaderboardScope, search: string, signal?: AbortSignal) =>
    apiFetch<Leaderboard>(`${leaderboardPath(scope)}${search ? `?${search}` : ''}`, { signal }),
  calibration: (roleId: string, signal?: AbortSignal) =>
    apiFetch<CalibrationReport>(`/calibration/interviewers${roleId ? `?roleId=${encodeURIComponent(roleId)}` : ''}`, { signal }),
};
