import type { CreateUserRequest, User } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { sortUsersByName } from '../utils/sortUsersByName';
import { userQueryKeys } from '../utils/userQueries';
import { usersApi } from '../utils/usersApi';

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CreateUserRequest) => usersApi.create(request),
    onSuccess: async (created) => {
      queryClient.setQueryData<User[]>(userQueryKeys.list(), (users) => (users ? sortUsersByName([...users, created]) : users));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
  });
}
