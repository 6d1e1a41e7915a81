import { queryOptions } from '@tanstack/react-query';
import { usersApi } from './usersApi';

export const userQueryKeys = {
  all: ['users'] as const,
  list: () => ['users', 'list'] as const,
};

export const userQueries = {
  list: () =>
    queryOptions({
      queryKey: userQueryKeys.list(),
      queryFn: ({ signal }) => usersApi.list(signal),
    }),
};
