import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { isApiRequestError } from '../modules/api/ApiRequestError';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { AdverseImpactSection } from '../modules/dashboard/components/AdverseImpactSection';
import { CalibrationSection } from '../modules/dashboard/components/CalibrationSection';
import { ChannelSourcesSection } from '../modules/dashboard/components/ChannelSourcesSection';
import { DashboardFiltersForm } from '../modules/dashboard/components/DashboardFiltersForm';
import { DashboardLeaderboard } from '../modules/dashboard/components/DashboardLeaderboard';
import { FilterProblemsAlert } from '../modules/dashboard/components/FilterProblemsAlert';
import { ForecastSection } from '../modules/dashboard/components/ForecastSection';
import { FunnelSection } from '../modules/dashboard/components/FunnelSection';
import { InterviewerLoadSection } from '../modules/dashboard/components/InterviewerLoadSection';
import { RejectionReasonsSection } from '../modules/dashboard/components/RejectionReasonsSection';
import { StaleApplicationsSection } from '../modules/dashboard/components/StaleApplicationsSection';
import { TimeInStageSection } from '../modules/dashboard/components/TimeInStageSection';
import { VenueSourcesSection } from '../modules/dashboard/components/VenueSourcesSection';
import { analyticsQueries } from '../modules/dashboard/utils/analyticsQueries';
import { canReadAdverseImpact, canReadDashboard } from '../modules/dashboard/utils/dashboardAccess';
import {
  FILTER_LABELS,
  readDashboardFilters,
  toAnalyticsSearch,
  toDashboardSearch,
  type DashboardFilterKey,
  type DashboardFilters,
} from '../modules/dashboard/utils/dashboardFilters';
import { useOpenings } from '../modules/openings/hooks/useOpenings';
import { useRoles } from '../modules/roles/hooks/useRoles';
import { canReadCalibration } from '../modules/scorecards/utils/scorecardAccess';
import { scorecardQueries } from '../modules/scorecards/utils/scorecardQueries';

/**
 * The hiring manager's dashboard: the role-weighted leaderboard at the centre, with the pipeline,
 * source, forecast and calibration reports around it, all under one set of filters kept in the address.
 */
export function DashboardPage() {
  const user = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const { filters, problems } = readDashboardFilters(searchParams);
  const allowed = canReadDashboard(user);
  // A filter the address got wrong is named on the page; nothing is asked of the API until it is fixed.
  const ready = allowed && problems.length === 0;
  const search = toAnalyticsSearch(filters);
  const report = { placeholderData: keepPreviousData, enabled: ready } as const;

  const openings = useOpenings({});
  const roles = useRoles();
  const openingList = openings.data?.pages.flatMap((p) => p.items) ?? [];
  const funnel = useQuery({ ...analyticsQueries.funnel(search), ...report });
  const sources = useQuery({ ...analyticsQueries.sources(search), ...report });
  const load = useQuery({ ...analyticsQueries.interviewerLoad(search), ...report });
  // No placeholder here: another opening's forecast must not stand in while this one loads.
  const forecast = useQuery({ ...analyticsQueries.forecast(filters.openingId), enabled: ready && filters.openingId !== '' });
  // Never requested for anyone but an admin: demographics stay out of other roles' browsers entirely.
  const adverseImpact = useQuery({ ...analyticsQueries.adverseImpact(search), ...report, enabled: ready && canReadAdverseImpact(user) });
  // The calibration report is per role; an opening stands for its role.
  const calibrationRoleId = filters.roleId || openingList.find((o) => o.id === filters.openingId)?.roleId || '';
  const calibration = useQuery({
    ...scorecardQueries.calibration(calibrationRoleId),
    ...report,
    enabled: ready && canReadCalibration(user),
  });

  if (!allowed) return <NoAccess audience="admins, recruiters and hiring managers" />;

  const apply = (next: DashboardFilters) => setSearchParams(toDashboardSearch(next));
  // The API refuses a filter the address could not check (an opening that does not exist, a range over 3 years).
  const refused = [funnel.error, sources.error, load.error].find(
    (e) => isApiRequestError(e) && (e.status === 400 || e.status === 404) && e.fields.length > 0,
  );

  return (
    <>
      <title>Dashboard · Loopboard</title>
      <div className="page-header">
        <h1>Hiring dashboard</h1>
        <p className="lead">
          Who the best candidates are, where the pipeline is stuck, which sources bring hires, whether the role fills in time, and whether
          we score fairly.
        </p>
      </div>
      <DashboardFiltersForm
        key={searchParams.toString()}
        filters={filters}
        openings={openingList}
        roles={roles.data ?? []}
        onApply={apply}
      />
      {problems.length > 0 && <FilterProblemsAlert problems={problems} onDrop={() => apply(filters)} />}
      {ready && isApiRequestError(refused) && (
        <div className="alert alert--error" role="alert">
          <p className="alert__title">The reports could not use these filters</p>
          <ul>
            {refused.fields.map((f) => (
              <li key={f.field}>{`${FILTER_LABELS[f.field as DashboardFilterKey] ?? f.field}: ${f.reason}`}</li>
            ))}
          </ul>
        </div>
      )}
      {ready && (
        <div className="dashboard-grid">
          <div className="dashboard-grid__funnel">
            <FunnelSection query={funnel} />
          </div>
          <div className="dashboard-grid__forecast">
            <ForecastSection openingId={filters.openingId} query={forecast} />
          </div>
          <div className="dashboard-grid__centre">
            <DashboardLeaderboard filters={filters} />
          </div>
          <TimeInStageSection query={funnel} />
          <RejectionReasonsSection query={funnel} />
          <ChannelSourcesSection query={sources} />
          <VenueSourcesSection query={sources} />
          <StaleApplicationsSection query={funnel} />
          <InterviewerLoadSection query={load} />
          {canReadCalibration(user) && (
            <div className="dashboard-grid__wide">
              <CalibrationSection query={calibration} />
            </div>
          )}
          {canReadAdverseImpact(user) && (
            <div className="dashboard-grid__wide">
              <AdverseImpactSection query={adverseImpact} />
            </div>
          )}
        </div>
      )}
    </>
  );
}
