import { Navigate } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { HomeRedirect } from '../../scheduling/components/HomeRedirect';

/** Where `/` lands: hiring managers on their dashboard; everyone else as HomeRedirect decides. */
export function LandingRedirect() {
  const user = useCurrentUser();
  return user?.role === 'hiring_manager' ? <Navigate to="/dashboard" replace /> : <HomeRedirect />;
}
