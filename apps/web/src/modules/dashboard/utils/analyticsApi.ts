import type { AdverseImpactReport, ForecastReport, FunnelReport, InterviewerLoadReport, SourcesReport } from '@loopboard/contracts';
import { apiFetch } from '../../api/apiFetch';

const withSearch = (path: string, search: string) => `${path}${search ? `?${search}` : ''}`;

/** The dashboard's reports (libs/contracts/src/analytics.ts). `search` is the filters' query string without "?". */
export const analyticsApi = {
  funnel: (search: string, signal?: AbortSignal) => apiFetch<FunnelReport>(withSearch('/analytics/funnel', search), { signal }),
  sources: (search: string, signal?: AbortSignal) => apiFetch<SourcesReport>(withSearch('/analytics/sources', search), { signal }),
  forecast: (openingId: string, signal?: AbortSignal) =>
    apiFetch<ForecastReport>(`/analytics/forecast?openingId=${encodeURIComponent(openingId)}`, { signal }),
  interviewerLoad: (search: string, signal?: AbortSignal) =>
    apiFetch<InterviewerLoadReport>(withSearch('/analytics/interviewer-load', search), { signal }),
  /** Admins only: the page never asks for it for anyone else. */
  adverseImpact: (search: string, signal?: AbortSignal) =>
    apiFetch<AdverseImpactReport>(withSearch('/analytics/adverse-impact', search), { signal }),
};
