import { queryOptions } from '@tanstack/react-query';
import { interviewsApi } from './interviewsApi';

export const interviewQueryKeys = {
  types: ['interview-types'] as const,
  type: (key: string) => ['interview-types', key] as const,
  // Under the role, so invalidating a role also refreshes its loop.
  loop: (roleId: string) => ['roles', 'detail', roleId, 'loop'] as const,
};

export const interviewQueries = {
  types: () =>
    queryOptions({
      queryKey: interviewQueryKeys.types,
      queryFn: ({ signal }) => interviewsApi.listTypes(signal),
    }),
  type: (key: string) =>
    queryOptions({
      queryKey: interviewQueryKeys.type(key),
      queryFn: ({ signal }) => interviewsApi.getType(key, signal),
    }),
  loop: (roleId: string) =>
    queryOptions({
      queryKey: interviewQueryKeys.loop(roleId),
      queryFn: ({ signal }) => interviewsApi.getLoop(roleId, signal),
    }),
};
