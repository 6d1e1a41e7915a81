import type { Scorecard, User } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useCompetencies } from '../../roles/hooks/useCompetencies';
import { toCompetencyNames, type CompetencyNames } from '../../roles/utils/competencyNames';
import { schedulingQueries } from '../../scheduling/utils/schedulingQueries';
import { EmptyState } from '../../ui/components/EmptyState';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { formatDateTime } from '../../ui/utils/formatDateTime';
import { scorecardQueries } from '../utils/scorecardQueries';
import { formatRecommendation } from '../utils/scorecardVocabulary';
import { AmendmentList } from './AmendmentList';
import { CompetencyGrid } from './CompetencyGrid';
import { ScoreBreakdown } from './ScoreBreakdown';
import { ScorecardAnswers } from './ScorecardAnswers';

interface ApplicationScorecardsSectionProps {
  applicationId: string;
  user: User | null;
}

export const scorecardPath = (applicationId: string, interviewId: string) =>
  `/applications/${applicationId}/interviews/${interviewId}/scorecard`;

/**
 * The application's scorecards as the caller may see them (the API applies the blind rule):
 * the caller's own scorecard links, "who said what", the per-competency grid and the score.
 */
export function ApplicationScorecardsSection({ applicationId, user }: ApplicationScorecardsSectionProps) {
  const cards = useQuery(scorecardQueries.ofApplication(applicationId));
  const interviews = useQuery(schedulingQueries.interviews(applicationId));
  const competencies = useCompetencies();
  const blinded = cards.data?.blinded ?? true;
  const submitted = cards.data?.scorecards.filter((s) => s.status === 'submitted') ?? [];
  const score = useQuery({ ...scorecardQueries.score(applicationId), enabled: cards.isSuccess && !blinded && submitted.length > 0 });
  const mine = (interviews.data ?? []).filter((i) => i.status === 'scheduled' && i.interviewers.some((u) => u.id === user?.id));

  let body;
  if (cards.isPending || competencies.isPending) body = <LoadingState label="Loading the scorecards…" />;
  else if (cards.isError || competencies.isError)
    body = (
      <ErrorState title="Could not load the scorecards" error={cards.error ?? competencies.error} onRetry={() => void cards.refetch()} />
    );
  else {
    const names = toCompetencyNames(competencies.data);
    const own = cards.data.scorecards.filter((s) => s.interviewer.id === user?.id);
    body = (
      <>
        {mine.length > 0 && (
          <div>
            <h3 className="subheading">Your scorecards</h3>
            <ul className="plain-list" aria-label="Your scorecards">
              {mine.map((i) => {
                const card = own.find((s) => s.interviewId === i.id);
                return (
                  <li key={i.id}>
                    <Link to={scorecardPath(applicationId, i.id)}>{`Scorecard: ${i.interviewType.name}`}</Link>{' '}
                    <span className="hint">{card ? (card.status === 'submitted' ? '· submitted' : '· draft') : '· not started'}</span>
                  </li>
                );
              })}
            </ul>
          </div>
        )}
        {blinded ? (
          <EmptyState title="Submit your scorecard to see the others">
            <p>
              Until your own scorecard on this application is submitted, the other interviewers’ scorecards and the scores stay hidden, so
              they cannot sway yours.
            </p>
          </EmptyState>
        ) : submitted.length === 0 ? (
          <EmptyState title="No submitted scorecards yet">
            <p>Scores appear here once interviewers submit their scorecards.</p>
          </EmptyState>
        ) : (
          <>
            <h3 className="subheading">Who said what</h3>
            <WhoSaidWhat scorecards={submitted} names={names} />
            <h3 className="subheading">By competency</h3>
            <CompetencyGrid scorecards={submitted} names={names} />
            <h3 className="subheading">Score</h3>
            {score.isPending ? (
              <LoadingState label="Loading the score…" />
            ) : score.isError ? (
              <ErrorState title="Could not load the score" error={score.error} onRetry={() => void score.refetch()} />
            ) : (
              <ScoreBreakdown score={score.data} names={names} />
            )}
          </>
        )}
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="scorecards-heading">
      <h2 id="scorecards-heading">Scorecards</h2>
      {body}
    </section>
  );
}

function WhoSaidWhat({ scorecards, names }: { scorecards: Scorecard[]; names: CompetencyNames }) {
  return (
    <ul className="who-said-what" aria-label="Who said what">
      {scorecards.map((s) => (
        <li key={s.id} className="who-said-what__item" aria-label={`${s.interviewer.name}, ${s.interviewType.name}`}>
          <p>
            <strong>{s.interviewer.name}</strong>
            {` · ${s.interviewType.name} (${s.stage.name}) · `}
            <span className="badge">{formatRecommendation(s.recommendation)}</span>
            {s.submittedAt && <span className="hint">{` · submitted ${formatDateTime(s.submittedAt)}`}</span>}
            {s.amendments.length > 0 && <span className="badge badge--warning">{` amended ${s.amendments.length}×`}</span>}
          </p>
          <ScorecardAnswers ratings={s.ratings} recommendation={s.recommendation} names={names} />
          <AmendmentList amendments={s.amendments} names={names} />
        </li>
      ))}
    </ul>
  );
}
