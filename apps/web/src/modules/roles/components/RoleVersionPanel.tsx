import type { Role } from '@loopboard/contracts';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { formatDateTime } from '../../ui/utils/formatDateTime';
import { useRoleVersion } from '../hooks/useRoleVersion';
import type { CompetencyNames } from '../utils/competencyNames';
import { WeightsBarChart } from './LazyWeightsCharts';
import { WeightsTable } from './WeightsTable';

interface RoleVersionPanelProps {
  role: Role;
  version: number;
  names: CompetencyNames;
}

export function RoleVersionPanel({ role, version, names }: RoleVersionPanelProps) {
  const query = useRoleVersion(role.id, version, role.current);

  if (query.isError) {
    return (
      <ErrorState
        title={`The weights of v${version} could not be loaded.`}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  if (!query.data) return <LoadingState label={`Loading v${version}…`} />;

  const shown = query.data;
  return (
    <div className="version-panel">
      <h3>{`Viewing v${shown.version}${shown.version === role.current.version ? ' (current)' : ''}`}</h3>
      <p className="hint">
        Saved <time dateTime={shown.createdAt}>{formatDateTime(shown.createdAt)}</time>
        {shown.note ? ` · ${shown.note}` : ''}
      </p>
      <WeightsBarChart weights={shown.weights} names={names} />
      <WeightsTable weights={shown.weights} names={names} caption={`Competency weights in v${shown.version}`} />
    </div>
  );
}
