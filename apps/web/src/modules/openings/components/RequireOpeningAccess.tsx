import { Outlet } from 'react-router';
import { NoAccess } from '../../auth/components/NoAccess';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { canReadOpenings } from '../utils/openingAccess';

/** Opening routes, for the roles that may read the pipeline. The API refuses the others anyway. */
export function RequireOpeningAccess() {
  return canReadOpenings(useCurrentUser()) ? <Outlet /> : <NoAccess audience="recruiters, hiring managers and admins" />;
}
