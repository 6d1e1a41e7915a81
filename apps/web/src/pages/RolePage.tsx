import { Link, useParams } from 'react-router';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isAdmin } from '../modules/auth/utils/isAdmin';
import { RoleLoopSection } from '../modules/interviews/components/RoleLoopSection';
import { RoleVersionHistory } from '../modules/roles/components/RoleVersionHistory';
import { WeightsEditor } from '../modules/roles/components/WeightsEditor';
import { useCompetencies } from '../modules/roles/hooks/useCompetencies';
import { useRole } from '../modules/roles/hooks/useRole';
import { toCompetencyNames } from '../modules/roles/utils/competencyNames';
import { isRoleMissing } from '../modules/roles/utils/isRoleMissing';
import { BackLink } from '../modules/ui/components/BackLink';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

export function RolePage() {
  const { roleId = '' } = useParams();
  const role = useRole(roleId);
  const competencies = useCompetencies();
  const canEdit = isAdmin(useCurrentUser());

  if (isRoleMissing(role.error)) {
    return (
      <>
        <title>Role not found · Loopboard</title>
        <div className="page-header">
          <h1>Role not found</h1>
          <p className="lead">There is no role at this address. It may have been removed, or the link is mistyped.</p>
        </div>
        <Link className="button" to="/roles">
          Back to roles
        </Link>
      </>
    );
  }

  if (role.isError || competencies.isError) {
    const retry = () => {
      if (role.isError) void role.refetch();
      if (competencies.isError) void competencies.refetch();
    };
    return (
      <>
        <BackLink to="/roles" label="All roles" />
        <ErrorState
          title="This role could not be loaded."
          error={role.error ?? competencies.error}
          onRetry={retry}
          retrying={role.isFetching || competencies.isFetching}
        />
      </>
    );
  }

  if (!role.data || !competencies.data) {
    return (
      <>
        <BackLink to="/roles" label="All roles" />
        <LoadingState label="Loading role…" />
      </>
    );
  }

  const current = role.data;
  const names = toCompetencyNames(competencies.data);
  return (
    <>
      <title>{`${current.name} · Loopboard`}</title>
      <BackLink to="/roles" label="All roles" />
      <div className="page-header">
        <div className="page-header__title">
          <h1>{current.name}</h1>
          <p className="badge">{`Version ${current.current.version}`}</p>
        </div>
        <p className="lead">{current.description}</p>
      </div>
      {!canEdit && <p className="notice">Only admins can change role weights.</p>}
      <div className={canEdit ? 'role-layout' : 'role-layout role-layout--read-only'}>
        {canEdit && (
          <section className="card" aria-labelledby="edit-weights-heading">
            <h2 id="edit-weights-heading">Edit weights</h2>
            {/* Keyed by role so moving between roles starts a fresh edit. */}
            <WeightsEditor key={current.id} role={current} names={names} />
          </section>
        )}
        <section className="card" aria-labelledby="version-history-heading">
          <h2 id="version-history-heading">Version history</h2>
          <RoleVersionHistory key={current.id} role={current} names={names} />
        </section>
      </div>
      <div className="role-loop-layout">
        <RoleLoopSection key={current.id} roleId={current.id} roleName={current.name} canEdit={canEdit} />
      </div>
    </>
  );
}
