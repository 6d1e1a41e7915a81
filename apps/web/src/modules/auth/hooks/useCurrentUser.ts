import type { User } from '@loopboard/contracts';
import { useAuth } from './useAuth';

/** The signed-in user; null only on pages outside <RequireAuth>. */
export function useCurrentUser(): User | null {
  return useAuth().user;
}
