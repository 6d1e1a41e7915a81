import { ErrorCode } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { isApiRequestError } from '../modules/api/ApiRequestError';
import { NoAccess } from '../modules/auth/components/NoAccess';
import { useCurrentUser } from '../modules/auth/hooks/useCurrentUser';
import { isForbidden } from '../modules/auth/utils/isForbidden';
import { KitInstructions } from '../modules/interviews/components/KitInstructions';
import { KitQuestion } from '../modules/interviews/components/KitQuestion';
import '../modules/interviews/components/interviews.css';
import { interviewQueries } from '../modules/interviews/utils/interviewQueries';
import { useCompetencies } from '../modules/roles/hooks/useCompetencies';
import { toCompetencyNames } from '../modules/roles/utils/competencyNames';
import { schedulingQueries } from '../modules/scheduling/utils/schedulingQueries';
import { ScorecardForm } from '../modules/scorecards/components/ScorecardForm';
import { SubmittedScorecard } from '../modules/scorecards/components/SubmittedScorecard';
import { scorecardQueries } from '../modules/scorecards/utils/scorecardQueries';
import { BackLink } from '../modules/ui/components/BackLink';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

const notFiledYet = (error: unknown) => isApiRequestError(error) && error.code === ErrorCode.SCORECARD_NOT_FOUND;

/** The interviewer's scorecard for one interview, beside the interview kit. */
export function ScorecardPage() {
  const { applicationId = '', interviewId = '' } = useParams();
  const user = useCurrentUser();
  const application = useQuery(schedulingQueries.application(applicationId));
  const interviews = useQuery(schedulingQueries.interviews(applicationId));
  const interview = interviews.data?.find((i) => i.id === interviewId);
  const assigned = !!interview && interview.interviewers.some((u) => u.id === user?.id);
  const type = useQuery({ ...interviewQueries.type(interview?.interviewType.key ?? ''), enabled: !!interview });
  const competencies = useCompetencies();
  const scorecard = useQuery({ ...scorecardQueries.mine(interviewId), enabled: assigned, retry: false });

  const back = <BackLink to={`/applications/${applicationId}`} label="Back to the application" />;
  if (application.isError || interviews.isError) {
    const error = application.error ?? interviews.error;
    if (isForbidden(error)) return <NoAccess audience="the interviewers assigned to this interview" />;
    return (
      <>
        {back}
        <ErrorState title="Could not load the interview" error={error} onRetry={() => void interviews.refetch()} />
      </>
    );
  }
  if (application.isPending || interviews.isPending) return <LoadingState label="Loading the interview…" />;
  if (!interview || !assigned) {
    return (
      <>
        {back}
        <div className="page-header">
          <h1>No scorecard to file here</h1>
          <p className="lead">
            {interview
              ? 'Only the interviewers assigned to this interview file its scorecard.'
              : 'This interview does not exist on this application, or it was cancelled.'}
          </p>
        </div>
        <Link to="/my-interviews">Go to my interviews</Link>
      </>
    );
  }
  if (type.isError || competencies.isError || (scorecard.isError && !notFiledYet(scorecard.error))) {
    const error = type.error ?? competencies.error ?? scorecard.error;
    return (
      <>
        {back}
        <ErrorState
          title="Could not load the scorecard"
          error={error}
          onRetry={() => {
            void type.refetch();
            void competencies.refetch();
            void scorecard.refetch();
          }}
        />
      </>
    );
  }
  if (type.isPending || competencies.isPending || scorecard.isPending) return <LoadingState label="Loading the scorecard…" />;

  const kitType = type.data;
  const names = toCompetencyNames(competencies.data);
  const card = scorecard.data ?? null;
  const candidate = application.data.candidate.name;
  return (
    <>
      <title>{`Scorecard · ${interview.interviewType.name} · ${candidate} · Loopboard`}</title>
      {back}
      <div className="page-header">
        <h1>{`Scorecard: ${interview.interviewType.name} with ${candidate}`}</h1>
        <p className="lead">
          {`${application.data.opening.title} · ${interview.stage.name}. `}
          Rate each focus competency against the rubric, write the evidence you saw, then submit.
        </p>
      </div>
      <div className="scorecard-layout">
        <aside className="scorecard-kit" aria-label="Interview kit">
          <section className="card" aria-labelledby="kit-instructions-heading">
            <h2 id="kit-instructions-heading">Instructions</h2>
            <KitInstructions text={kitType.kit.instructions} />
          </section>
          <section className="card" aria-labelledby="kit-questions-heading">
            <h2 id="kit-questions-heading">Questions</h2>
            <ol className="kit-questions">
              {kitType.kit.questions.map((question, index) => (
                <KitQuestion key={index} question={question} number={index + 1} />
              ))}
            </ol>
          </section>
        </aside>
        <div className="scorecard-main">
          {card?.status !== 'submitted' && interview.status !== 'scheduled' ? (
            <section className="card" aria-labelledby="scorecard-heading">
              <h2 id="scorecard-heading">Your scorecard</h2>
              <p className="notice">This interview was cancelled, so it takes no scorecard.</p>
            </section>
          ) : card?.status === 'submitted' ? (
            <SubmittedScorecard scorecard={card} type={kitType} names={names} />
          ) : (
            <section className="card" aria-labelledby="scorecard-heading">
              <h2 id="scorecard-heading">Your scorecard</h2>
              <ScorecardForm interviewId={interviewId} applicationId={applicationId} scorecard={card} type={kitType} names={names} />
            </section>
          )}
        </div>
      </div>
    </>
  );
}
