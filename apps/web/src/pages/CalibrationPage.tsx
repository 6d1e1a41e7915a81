import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { useRoles } from '../modules/roles/hooks/useRoles';
import { CalibrationTable } from '../modules/scorecards/components/CalibrationTable';
import { canReadCalibration } from '../modules/scorecards/utils/scorecardAccess';
import { scorecardQueries } from '../modules/scorecards/utils/scorecardQueries';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

/** How each interviewer rates compared with their panels, for admins and hiring managers. */
export function CalibrationPage() {
  const user = useCurrentUser();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const roleId = searchParams.get('roleId') ?? '';
  const allowed = canReadCalibration(user);
  const report = useQuery({ ...scorecardQueries.calibration(roleId), enabled: allowed });
  const roles = useRoles();

  if (!allowed || isForbidden(report.error)) return <NoAccess audience="admins and hiring managers" />;

  let body;
  if (report.isPending) body = <LoadingState label="Loading the calibration report…" />;
  else if (report.isError)
    body = <ErrorState title="Could not load the calibration report" error={report.error} onRetry={() => void report.refetch()} />;
  else if (report.data.interviewers.length === 0)
    body = (
      <EmptyState title="No submitted scorecards yet">
        <p>
          {roleId
            ? 'Nobody has submitted a scorecard for this role yet. Pick another role or all roles.'
            : 'The report fills in as interviewers submit scorecards.'}
        </p>
      </EmptyState>
    );
  else body = <CalibrationTable interviewers={report.data.interviewers} shrinkage={report.data.shrinkage} />;

  return (
    <>
      <title>Interviewer calibration · Loopboard</title>
      <div className="page-header">
        <h1>Interviewer calibration</h1>
        <p className="lead">Who rates high or low against their panels, how they spread their ratings, and which scorecards are overdue.</p>
      </div>
      <section className="card" aria-label="Calibration report" aria-busy={report.isFetching}>
        <div className="field calibration-filter">
          <label htmlFor={`${id}-role`}>Role</label>
          <select
            id={`${id}-role`}
            value={roleId}
            onChange={(e) => setSearchParams(e.target.value ? { roleId: e.target.value } : {}, { replace: true })}
          >
            <option value="">All roles</option>
            {(roles.data ?? []).map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        {body}
      </section>
    </>
  );
}
