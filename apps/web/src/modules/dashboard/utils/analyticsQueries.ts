import { queryOptions } from '@tanstack/react-query';
import { analyticsApi } from './analyticsApi';

export const analyticsQueryKeys = {
  all: ['analytics'] as const,
  funnel: (search: string) => ['analytics', 'funnel', search] as const,
  sources: (search: string) => ['analytics', 'sources', search] as const,
  forecast: (openingId: string) => ['analytics', 'forecast', openingId] as const,
  interviewerLoad: (search: string) => ['analytics', 'interviewer-load', search] as const,
  adverseImpact: (search: string) => ['analytics', 'adverse-impact', search] as const,
};

// Reports change slowly; a minute keeps flipping between filters from refetching every time.
const STALE = 60_000;

export const analyticsQueries = {
  funnel: (search: string) =>
    queryOptions({
      queryKey: analyticsQueryKeys.funnel(search),
      queryFn: ({ signal }) => analyticsApi.funnel(search, signal),
      staleTime: STALE,
    }),
  sources: (search: string) =>
    queryOptions({
      queryKey: analyticsQueryKeys.sources(search),
      queryFn: ({ signal }) => analyticsApi.sources(search, signal),
      staleTime: STALE,
    }),
  forecast: (openingId: string) =>
    queryOptions({
      queryKey: analyticsQueryKeys.forecast(openingId),
      queryFn: ({ signal }) => analyticsApi.forecast(openingId, signal),
      staleTime: STALE,
    }),
  interviewerLoad: (search: string) =>
    queryOptions({
      queryKey: analyticsQueryKeys.interviewerLoad(search),
      queryFn: ({ signal }) => analyticsApi.interviewerLoad(search, signal),
      staleTime: STALE,
    }),
  adverseImpact: (search: string) =>
    queryOptions({
      queryKey: analyticsQueryKeys.adverseImpact(search),
      queryFn: ({ signal }) => analyticsApi.adverseImpact(search, signal),
      staleTime: STALE,
    }),
};
