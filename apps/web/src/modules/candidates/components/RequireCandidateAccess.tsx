import { Outlet } from 'react-router';
import { NoAccess } from '../../auth/components/NoAccess';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { canReadCandidates } from '../utils/candidateAccess';

/** Candidate routes, for the roles that may read candidates. The API refuses the others anyway. */
export function RequireCandidateAccess() {
  const user = useCurrentUser();
  return canReadCandidates(user) ? <Outlet /> : <NoAccess audience="recruiters, hiring managers and admins" />;
}
