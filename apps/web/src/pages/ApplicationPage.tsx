import { TAKE_HOME_TYPE_KEY } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { canReadCandidates } from '../modules/candidates/utils/candidateAccess';
import { canEditPipeline } from '../modules/openings/utils/openingAccess';
import { APPLICATION_STATUS_LABELS, formatTimeInStage } from '../modules/openings/utils/openingVocabulary';
import { openingQueries } from '../modules/openings/utils/openingQueries';
import { ApplicationHistory } from '../modules/scheduling/components/ApplicationHistory';
import { InterviewsSection } from '../modules/scheduling/components/InterviewsSection';
import { TakeHomePanel } from '../modules/scheduling/components/TakeHomePanel';
import '../modules/scheduling/components/scheduling.css';
import { schedulingQueries } from '../modules/scheduling/utils/schedulingQueries';
import { ApplicationScorecardsSection } from '../modules/scorecards/components/ApplicationScorecardsSection';
import { BackLink } from '../modules/ui/components/BackLink';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

/** One candidate's application to one opening: where it stands, its history, interviews and take-home. */
export function ApplicationPage() {
  const { applicationId = '' } = useParams();
  const user = useCurrentUser();
  const application = useQuery(schedulingQueries.application(applicationId));
  const canEdit = canEditPipeline(user);
  const seesPipeline = canReadCandidates(user);
  const openingId = application.data?.openingId ?? '';
  // Pipeline readers see the opening's loop, so the take-home is asked for only where the stage runs one;
  // an interviewer can't read the opening and asks anyway (a 404 TAKE_HOME_NOT_FOUND hides the panel).
  const opening = useQuery({ ...openingQueries.detail(openingId), enabled: seesPipeline && openingId !== '' });

  if (application.isPending) return <LoadingState label="Loading the application…" />;
  if (application.isError) {
    if (isForbidden(application.error))
      return <NoAccess audience="the opening's recruiters, hiring managers and admins, and interviewers on one of its interviews" />;
    return (
      <ErrorState
        title="Could not load the application"
        error={application.error}
        onRetry={() => void application.refetch()}
        retrying={application.isFetching}
      />
    );
  }
  const app = application.data;
  const { candidate } = app;
  const active = app.status === 'active';
  const stageRunsTakeHome = seesPipeline
    ? (opening.data?.loop.stages.find((s) => s.id === app.currentStage.id)?.interviewTypes.includes(TAKE_HOME_TYPE_KEY) ?? false)
    : true;

  return (
    <>
      <title>{`${candidate.name} · ${app.opening.title} · Loopboard`}</title>
      {seesPipeline ? (
        <BackLink to={`/openings/${app.opening.id}`} label={`Back to ${app.opening.title}`} />
      ) : (
        <BackLink to="/my-interviews" label="Back to my interviews" />
      )}
      <div className="page-header">
        <h1>{candidate.name}</h1>
        <p className="lead">
          Application to{' '}
          {seesPipeline ? <Link to={`/openings/${app.opening.id}`}>{app.opening.title}</Link> : <span>{app.opening.title}</span>}
        </p>
      </div>
      <div className="scheduling-stack">
        <section className="card" aria-labelledby="application-heading">
          <h2 id="application-heading">Where it stands</h2>
          <dl className="scheduling-facts">
            <dt>Stage</dt>
            <dd>{app.currentStage.name}</dd>
            <dt>Status</dt>
            <dd>
              {APPLICATION_STATUS_LABELS[app.status]}
              {app.rejectionReason && ` (${app.rejectionReason.label})`}
            </dd>
            <dt>Time in stage</dt>
            <dd>{formatTimeInStage(app.secondsInStage)}</dd>
            <dt>Signals</dt>
            <dd>
              {candidate.firstAuthorTopTier} first-author top-tier · credit-adjusted {candidate.creditAdjusted} · best venue tier{' '}
              {candidate.bestVenueTier ?? '—'} · {candidate.reproducedReimplementations} reproduced reimplementations
            </dd>
          </dl>
          {seesPipeline && (
            <p>
              <Link to={`/candidates/${candidate.id}`}>Open the candidate page</Link>
            </p>
          )}
        </section>
        <InterviewsSection
          applicationId={app.id}
          openingId={app.openingId}
          currentStageId={app.currentStage.id}
          canEdit={canEdit && active}
        />
        <ApplicationScorecardsSection applicationId={app.id} user={user} />
        {stageRunsTakeHome && (
          <TakeHomePanel applicationId={app.id} canEdit={canEdit && active} graders={opening.data?.interviewers ?? []} />
        )}
        <section className="card" aria-labelledby="history-heading">
          <h2 id="history-heading">History</h2>
          <ApplicationHistory history={app.history} />
        </section>
      </div>
    </>
  );
}
