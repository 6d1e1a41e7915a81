import { useDroppable } from '@dnd-kit/core';
import type { ApplicationSummary, OpeningStage } from '@loopboard/contracts';
import { useId } from 'react';
import type { CloseKindOrReject } from './ApplicationActions';
import { ApplicationCard } from './ApplicationCard';

interface PipelineColumnProps {
  stage: OpeningStage;
  stages: OpeningStage[];
  applications: ApplicationSummary[];
  canEdit: boolean;
  selected: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  onSelect: (applicationId: string, selected: boolean) => void;
  onMove: (application: ApplicationSummary, toStageId: string) => void;
  onClose: (application: ApplicationSummary, kind: CloseKindOrReject) => void;
}

export function PipelineColumn({
  stage,
  stages,
  applications,
  canEdit,
  selected,
  pending,
  onSelect,
  onMove,
  onClose,
}: PipelineColumnProps) {
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: stage.id, data: { stage } });
  return (
    <section
      ref={setNodeRef}
      className={`pipeline-column${isOver ? ' pipeline-column--over' : ''}`}
      aria-labelledby={headingId}
      data-stage-id={stage.id}
    >
      <h3 id={headingId} className="pipeline-column__title">
        {stage.name} <span className="badge">{applications.length}</span>
      </h3>
      {applications.length === 0 ? (
        <p className="muted pipeline-column__empty">Nobody in this stage.</p>
      ) : (
        <ul className="pipeline-column__cards" aria-label={`${stage.name}: ${applications.length}`}>
          {applications.map((application) => (
            <ApplicationCard
              key={application.id}
              application={application}
              stages={stages}
              canEdit={canEdit}
              selected={selected.has(application.id)}
              busy={pending.has(application.id)}
              onSelect={onSelect}
              onMove={onMove}
              onClose={onClose}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
