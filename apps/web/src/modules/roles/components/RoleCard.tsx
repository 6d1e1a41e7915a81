import type { Role } from '@loopboard/contracts';
import { Link } from 'react-router';
import type { CompetencyNames } from '../utils/competencyNames';
import { WeightsBarChart } from './LazyWeightsCharts';
import { WeightsTable } from './WeightsTable';

interface RoleCardProps {
  role: Role;
  names: CompetencyNames;
  /** Admins edit weights; everyone else can look at the role's history. */
  canEdit: boolean;
}

export function RoleCard({ role, names, canEdit }: RoleCardProps) {
  const headingId = `role-${role.id}-name`;
  return (
    <article className="card role-card" aria-label={role.name}>
      <header className="role-card__header">
        <h2 id={headingId}>{role.name}</h2>
        <p className="badge">{`Version ${role.current.version}`}</p>
        <Link className="button button--primary role-card__edit" to={`/roles/${role.id}`} aria-describedby={headingId}>
          {canEdit ? 'Edit weights' : 'View weights'}
        </Link>
      </header>
      <p className="role-card__description">{role.description}</p>
      <div className="role-card__weights">
        <WeightsBarChart weights={role.current.weights} names={names} />
        <WeightsTable weights={role.current.weights} names={names} caption={`Competency weights for ${role.name}`} />
      </div>
    </article>
  );
}
