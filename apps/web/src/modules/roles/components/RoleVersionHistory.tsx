import type { Role } from '@loopboard/contracts';
import { useState } from 'react';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { formatDateTime } from '../../ui/utils/formatDateTime';
import { useRoleVersions } from '../hooks/useRoleVersions';
import type { CompetencyNames } from '../utils/competencyNames';
import { RoleVersionPanel } from './RoleVersionPanel';

interface RoleVersionHistoryProps {
  role: Role;
  names: CompetencyNames;
}

/** Every saved version, newest first; picking one shows its weights. Nothing picked follows the current version. */
export function RoleVersionHistory({ role, names }: RoleVersionHistoryProps) {
  const versions = useRoleVersions(role.id);
  const [picked, setPicked] = useState<number | null>(null);
  const shown = picked ?? role.current.version;

  let list;
  if (versions.isError) {
    list = (
      <ErrorState
        title="The version history could not be loaded."
        error={versions.error}
        onRetry={() => void versions.refetch()}
        retrying={versions.isFetching}
      />
    );
  } else if (!versions.data) {
    list = <LoadingState label="Loading version history…" />;
  } else {
    list = (
      <ol className="version-list" aria-label="Saved versions, newest first">
        {versions.data.map((summary) => {
          const isCurrent = summary.version === role.current.version;
          return (
            <li key={summary.version}>
              <button
                type="button"
                className="version-item"
                aria-pressed={summary.version === shown}
                onClick={() => setPicked(summary.version)}
              >
                <span className="version-item__number">{`v${summary.version}`}</span>
                {isCurrent && <span className="tag">current</span>}
                <time className="version-item__date" dateTime={summary.createdAt}>
                  {formatDateTime(summary.createdAt)}
                </time>
                {summary.note && <span className="version-item__note">{summary.note}</span>}
              </button>
            </li>
          );
        })}
      </ol>
    );
  }

  return (
    <div className="version-history">
      {list}
      <RoleVersionPanel role={role} version={shown} names={names} />
    </div>
  );
}
