import type { SessionResponse, User } from '@loopboard/contracts';
import { createContext } from 'react';

/** Why nobody is signed in: `expired` shows a notice on the sign-in page, `signedOut` was the user's own choice. */
export type SignedOutReason = 'expired' | 'signedOut' | null;

export interface AuthContextValue {
  session: SessionResponse | null;
  user: User | null;
  signedOutReason: SignedOutReason;
  /** Records a session the server just opened (sign-in). */
  signedIn(session: SessionResponse): void;
  /** Forgets the session after signing out. */
  signedOut(): void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
