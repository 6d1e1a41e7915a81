import { useQuery } from '@tanstack/react-query';
import { MyInterviewsTable } from '../modules/scheduling/components/MyInterviewsTable';
import { schedulingQueries } from '../modules/scheduling/utils/schedulingQueries';
import { ScorecardLinks } from '../modules/scorecards/components/ScorecardLinks';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

/** The interviewer's home: the interviews to prepare for and the scorecards to file. */
export function MyInterviewsPage() {
  const mine = useQuery(schedulingQueries.mine());
  return (
    <>
      <title>My interviews · Loopboard</title>
      <div className="page-header">
        <h1>My interviews</h1>
        <p className="lead">Read the kit before each interview, and file your scorecard before it is due.</p>
      </div>
      {mine.isPending ? (
        <LoadingState label="Loading your interviews…" />
      ) : mine.isError ? (
        <ErrorState
          title="Could not load your interviews"
          error={mine.error}
          onRetry={() => void mine.refetch()}
          retrying={mine.isFetching}
        />
      ) : (
        <>
          <section className="card" aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading">Upcoming</h2>
            {mine.data.upcoming.length === 0 ? (
              <EmptyState title="No upcoming interviews">
                <p>When a recruiter schedules you for an interview, it shows up here.</p>
              </EmptyState>
            ) : (
              <MyInterviewsTable caption="Upcoming interviews" interviews={mine.data.upcoming} kind="upcoming" />
            )}
          </section>
          <section className="card" aria-labelledby="scorecards-heading">
            <h2 id="scorecards-heading">Scorecards due</h2>
            {mine.data.scorecardsDue.length === 0 ? (
              <EmptyState title="No scorecards due">
                <p>You are all caught up.</p>
              </EmptyState>
            ) : (
              <>
                <MyInterviewsTable caption="Scorecards due" interviews={mine.data.scorecardsDue} kind="scorecards" />
                <ScorecardLinks interviews={mine.data.scorecardsDue} />
              </>
            )}
          </section>
        </>
      )}
    </>
  );
}
