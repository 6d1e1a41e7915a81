import { Outlet } from 'react-router';
import { useCurrentUser } from '../hooks/useCurrentUser';
import { isAdmin } from '../utils/isAdmin';
import { NoAccess } from './NoAccess';

/** Admin-only routes. The API refuses non-admins anyway; this spares them a page of errors. */
export function RequireAdmin() {
  const user = useCurrentUser();
  return isAdmin(user) ? <Outlet /> : <NoAccess />;
}
