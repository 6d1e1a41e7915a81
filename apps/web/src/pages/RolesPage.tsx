import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isAdmin } from '../modules/auth/utils/isAdmin';
import { RoleCard } from '../modules/roles/components/RoleCard';
import { useCompetencies } from '../modules/roles/hooks/useCompetencies';
import { useRoles } from '../modules/roles/hooks/useRoles';
import { toCompetencyNames } from '../modules/roles/utils/competencyNames';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

export function RolesPage() {
  const roles = useRoles();
  const competencies = useCompetencies();
  const canEdit = isAdmin(useCurrentUser());

  let content;
  if (roles.isError || competencies.isError) {
    const retry = () => {
      if (roles.isError) void roles.refetch();
      if (competencies.isError) void competencies.refetch();
    };
    content = (
      <ErrorState
        title="The roles could not be loaded."
        error={roles.error ?? competencies.error}
        onRetry={retry}
        retrying={roles.isFetching || competencies.isFetching}
      />
    );
  } else if (!roles.data || !competencies.data) {
    content = <LoadingState label="Loading roles…" />;
  } else if (roles.data.length === 0) {
    content = (
      <EmptyState title="No roles yet.">
        <p>Roles and their competency weights appear here once they have been created.</p>
      </EmptyState>
    );
  } else {
    const names = toCompetencyNames(competencies.data);
    content = (
      <div className="role-grid">
        {roles.data.map((role) => (
          <RoleCard key={role.id} role={role} names={names} canEdit={canEdit} />
        ))}
      </div>
    );
  }

  return (
    <>
      <title>Roles · Loopboard</title>
      <div className="page-header">
        <h1>Roles and competency weights</h1>
        <p className="lead">
          Each role weighs the eight competencies differently. Candidates are scored with the weights of a specific
          version, so changing weights saves a new version and older scores stay explainable.
        </p>
      </div>
      {content}
    </>
  );
}
