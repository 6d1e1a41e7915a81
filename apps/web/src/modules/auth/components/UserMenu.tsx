import { USER_ROLE_LABELS } from '@loopboard/contracts';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { useSignOut } from '../hooks/useSignOut';

/** Who is signed in, as what, and the way out. */
export function UserMenu() {
  const user = useCurrentUser();
  const signOut = useSignOut();
  if (!user) return null;
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="user-menu__name">{user.name}</span>
        <span className="user-menu__role">{USER_ROLE_LABELS[user.role]}</span>
      </p>
      <button
        type="button"
        className="button button--small button--on-dark"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        {signOut.isPending ? 'Signing out…' : 'Sign out'}
      </button>
      {signOut.isError && (
        <p className="user-menu__error" role="alert">
          Could not sign out. Check your connection and try again.
        </p>
      )}
    </div>
  );
}
