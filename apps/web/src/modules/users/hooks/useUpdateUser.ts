import { ErrorCode, type UpdateUserRequest, type User } from '@loopboard/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { isApiRequestError } from '../../api/ApiRequestError';
import { auditQueryKeys } from '../../audit/utils/auditQueries';
import { sortUsersByName } from '../utils/sortUsersByName';
import { userQueryKeys } from '../utils/userQueries';
import { usersApi } from '../utils/usersApi';

/** Changes one user's role or access; `{ active: false }` also ends their sessions on the server. */
export function useUpdateUser(userId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateUserRequest) => usersApi.update(userId, changes),
    onSuccess: async (updated) => {
      queryClient.setQueryData<User[]>(userQueryKeys.list(), (users) =>
        users ? sortUsersByName(users.map((user) => (user.id === updated.id ? updated : user))) : users,
      );
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: userQueryKeys.all }),
        queryClient.invalidateQueries({ queryKey: auditQueryKeys.all }),
      ]);
    },
    onError: async (error) => {
      // Someone else removed them meanwhile: show the list as it is now.
      if (isApiRequestError(error) && error.code === ErrorCode.USER_NOT_FOUND) {
        await queryClient.invalidateQueries({ queryKey: userQueryKeys.all });
      }
    },
  });
}
