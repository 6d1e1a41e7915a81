import { InterviewTypeList } from '../modules/interviews/components/InterviewTypeList';
import { useInterviewTypes } from '../modules/interviews/hooks/useInterviewTypes';
import { useCompetencies } from '../modules/roles/hooks/useCompetencies';
import { toCompetencyNames } from '../modules/roles/utils/competencyNames';
import { EmptyState } from '../modules/ui/components/EmptyState';
import { ErrorState } from '../modules/ui/components/ErrorState';
import { LoadingState } from '../modules/ui/components/LoadingState';

export function InterviewKitsPage() {
  const types = useInterviewTypes();
  const competencies = useCompetencies();

  let body;
  if (types.isError || competencies.isError) {
    body = (
      <ErrorState
        title="The interview kits could not be loaded."
        error={types.error ?? competencies.error}
        onRetry={() => {
          if (types.isError) void types.refetch();
          if (competencies.isError) void competencies.refetch();
        }}
        retrying={types.isFetching || competencies.isFetching}
      />
    );
  } else if (!types.data || !competencies.data) {
    body = <LoadingState label="Loading interview kits…" />;
  } else if (types.data.length === 0) {
    body = <EmptyState title="No interview types yet." />;
  } else {
    body = <InterviewTypeList types={types.data} names={toCompetencyNames(competencies.data)} />;
  }

  return (
    <>
      <title>Interview kits · Loopboard</title>
      <div className="page-header">
        <h1>Interview kits</h1>
        <p className="lead">
          Every interview type in the loops, with the competencies it scores. Open a kit to read its instructions, questions and rubric
          before you interview.
        </p>
      </div>
      {body}
    </>
  );
}
