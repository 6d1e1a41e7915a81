import { queryOptions } from '@tanstack/react-query';
import { schedulingApi } from './schedulingApi';

export const schedulingQueryKeys = {
  mine: ['me', 'interviews'] as const,
  application: (applicationId: string) => ['applications', applicationId] as const,
  interviews: (applicationId: string) => ['applications', applicationId, 'interviews'] as const,
  takeHome: (applicationId: string) => ['applications', applicationId, 'take-home'] as const,
};

export const schedulingQueries = {
  mine: () => queryOptions({ queryKey: schedulingQueryKeys.mine, queryFn: ({ signal }) => schedulingApi.mine(signal) }),
  application: (applicationId: string) =>
    queryOptions({
      queryKey: schedulingQueryKeys.application(applicationId),
      queryFn: ({ signal }) => schedulingApi.application(applicationId, signal),
    }),
  interviews: (applicationId: string) =>
    queryOptions({
      queryKey: schedulingQueryKeys.interviews(applicationId),
      queryFn: ({ signal }) => schedulingApi.interviews(applicationId, signal),
    }),
  takeHome: (applicationId: string) =>
    queryOptions({
      queryKey: schedulingQueryKeys.takeHome(applicationId),
      queryFn: ({ signal }) => schedulingApi.takeHome(applicationId, signal),
    }),
};
