import { useDraggable } from '@dnd-kit/core';
import type { ApplicationSummary, OpeningStage } from '@loopboard/contracts';
import { Link } from 'react-router';
import { formatTimeInStage } from '../utils/openingVocabulary';
import { ApplicationActions, type CloseKindOrReject } from './ApplicationActions';
import { ApplicationSignals } from './ApplicationSignals';

interface ApplicationCardProps {
  application: ApplicationSummary;
  stages: OpeningStage[];
  canEdit: boolean;
  selected: boolean;
  busy: boolean;
  onSelect: (applicationId: string, selected: boolean) => void;
  onMove: (application: ApplicationSummary, toStageId: string) => void;
  onClose: (application: ApplicationSummary, kind: CloseKindOrReject) => void;
}

export function ApplicationCard({ application, stages, canEdit, selected, busy, onSelect, onMove, onClose }: ApplicationCardProps) {
  const name = application.candidate.name;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, isDragging } = useDraggable({
    id: application.id,
    data: { application },
    disabled: !canEdit || busy,
  });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`application-card${isDragging ? ' application-card--dragging' : ''}${selected ? ' application-card--selected' : ''}`}
      aria-label={name}
      data-application-id={application.id}
    >
      <div className="application-card__top">
        {canEdit && (
          <input
            type="checkbox"
            aria-label={`Select ${name}`}
            checked={selected}
            onChange={(event) => onSelect(application.id, event.target.checked)}
          />
        )}
        <Link to={`/candidates/${application.candidate.id}`} className="application-card__name">
          {name}
        </Link>
        {canEdit && (
          <button
            type="button"
            ref={setActivatorNodeRef}
            className="application-card__handle"
            {...attributes}
            {...listeners}
            aria-label={`Drag ${name}`}
          >
            <span aria-hidden="true">⠿</span>
          </button>
        )}
      </div>
      <p className="application-card__meta">
        <span>{formatTimeInStage(application.secondsInStage)} in stage</span>
        <Link to={`/applications/${application.id}`} aria-label={`Open ${name}'s application`}>
          Application
        </Link>
      </p>
      <ApplicationSignals candidate={application.candidate} />
      {canEdit && <ApplicationActions application={application} stages={stages} busy={busy} onMove={onMove} onClose={onClose} />}
    </li>
  );
}
