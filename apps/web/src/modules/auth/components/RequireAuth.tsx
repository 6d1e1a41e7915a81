import { Navigate, Outlet, useLocation } from 'react-router';
import { useAuth } from '../hooks/useAuth';
import { signInPath } from '../utils/signInPath';

/** Renders its routes for a signed-in user; anyone else goes to sign in, and comes back here afterwards. */
export function RequireAuth() {
  const { user, signedOutReason } = useAuth();
  const { pathname, search } = useLocation();
  if (!user) {
    // After choosing to sign out there is nothing to come back to.
    const to = signedOutReason === 'signedOut' ? signInPath() : signInPath(`${pathname}${search}`);
    return <Navigate to={to} replace />;
  }
  return <Outlet />;
}
