import type { InterviewTypeSummary, OpeningDetail } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { interviewQueries } from '../../interviews/utils/interviewQueries';
import { openingQueries } from '../../openings/utils/openingQueries';
import { EmptyState } from '../../ui/components/EmptyState';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { schedulingQueries } from '../utils/schedulingQueries';
import { InterviewItem } from './InterviewItem';
import { ScheduleInterviewForm } from './ScheduleInterviewForm';

interface InterviewsSectionProps {
  applicationId: string;
  openingId: string;
  currentStageId: string;
  /** Recruiters and admins schedule, reschedule and cancel, while the application is active. */
  canEdit: boolean;
}

/** The interview types the current stage runs, with their names and durations (take-home has no kit entry of its own). */
export function stageTypes(opening: OpeningDetail | undefined, stageId: string, library: InterviewTypeSummary[]): InterviewTypeSummary[] {
  const keys = opening?.loop.stages.find((s) => s.id === stageId)?.interviewTypes ?? [];
  return keys.map(
    (key) =>
      library.find((t) => t.key === key) ?? { key, name: key, description: '', durationMinutes: 60, focusCompetencies: [], kitVersion: 0 },
  );
}

export function InterviewsSection({ applicationId, openingId, currentStageId, canEdit }: InterviewsSectionProps) {
  const interviews = useQuery(schedulingQueries.interviews(applicationId));
  const opening = useQuery({ ...openingQueries.detail(openingId), enabled: canEdit });
  const library = useQuery({ ...interviewQueries.types(), enabled: canEdit });

  return (
    <section className="card" aria-labelledby="interviews-heading">
      <h2 id="interviews-heading">Interviews</h2>
      {interviews.isPending ? (
        <LoadingState label="Loading interviews…" />
      ) : interviews.isError ? (
        <ErrorState title="Could not load the interviews" error={interviews.error} onRetry={() => void interviews.refetch()} />
      ) : interviews.data.length === 0 ? (
        <EmptyState title="No interviews yet" />
      ) : (
        <ul className="plain-list" aria-label="Interviews">
          {interviews.data.map((interview) => (
            <InterviewItem key={interview.id} interview={interview} canEdit={canEdit} />
          ))}
        </ul>
      )}
      {canEdit &&
        (opening.isPending || library.isPending ? (
          <LoadingState label="Loading the opening's team…" />
        ) : opening.isError || library.isError ? (
          <ErrorState title="Could not load the opening's team" error={opening.error ?? library.error} />
        ) : (
          <ScheduleInterviewForm
            key={currentStageId}
            applicationId={applicationId}
            types={stageTypes(opening.data, currentStageId, library.data)}
            interviewers={opening.data.interviewers}
          />
        ))}
    </section>
  );
}
