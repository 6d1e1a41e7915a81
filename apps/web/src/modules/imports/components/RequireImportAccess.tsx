import { Outlet } from 'react-router';
import { NoAccess } from '../../auth/components/NoAccess';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { canEditCandidates } from '../../candidates/utils/candidateAccess';

/** Import routes, for recruiters and admins (the roles that may add candidates). The API refuses the others anyway. */
export function RequireImportAccess() {
  return canEditCandidates(useCurrentUser()) ? <Outlet /> : <NoAccess audience="recruiters and admins" />;
}
