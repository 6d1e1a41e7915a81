import { useMutation } from '@tanstack/react-query';
import { isApiRequestError } from '../../api/ApiRequestError';
import { authApi } from '../utils/authApi';
import { useAuth } from './useAuth';

/**
 * Ends the session on the server, then forgets it here. If the server cannot be
 * reached the session stays (the cookie would still be valid), so the user can retry;
 * any answer from the server (204, or 401 because it had already ended) signs out.
 */
export function useSignOut() {
  const { signedOut } = useAuth();
  return useMutation({
    mutationFn: async () => {
      try {
        await authApi.signOut();
      } catch (error) {
        if (isApiRequestError(error) && error.code !== 'NETWORK_ERROR' && error.status < 500) return;
        throw error;
      }
    },
    onSuccess: () => signedOut(),
  });
}
