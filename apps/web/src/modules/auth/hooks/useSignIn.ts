import type { SignInRequest } from '@loopboard/contracts';
import { useMutation } from '@tanstack/react-query';
import { authApi } from '../utils/authApi';
import { useAuth } from './useAuth';

export function useSignIn() {
  const { signedIn } = useAuth();
  return useMutation({
    mutationFn: (request: SignInRequest) => authApi.signIn(request),
    onSuccess: (session) => signedIn(session),
  });
}
