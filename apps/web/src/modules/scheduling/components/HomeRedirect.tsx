import { Navigate } from 'react-router';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';

/** Where `/` lands: interviewers on their own interviews, everyone else on the roles. */
export function HomeRedirect() {
  const user = useCurrentUser();
  return <Navigate to={user?.role === 'interviewer' ? '/my-interviews' : '/roles'} replace />;
}
