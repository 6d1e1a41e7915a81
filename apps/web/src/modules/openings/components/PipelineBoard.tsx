import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import type { ApplicationSummary, OpeningStage } from '@loopboard/contracts';
import { useMemo } from 'react';
import { boardKeyboardCoordinates } from '../utils/boardKeyboardCoordinates';
import type { CloseKindOrReject } from './ApplicationActions';
import { PipelineColumn } from './PipelineColumn';

interface PipelineBoardProps {
  stages: OpeningStage[];
  applications: ApplicationSummary[];
  canEdit: boolean;
  selected: ReadonlySet<string>;
  pending: ReadonlySet<string>;
  onSelect: (applicationId: string, selected: boolean) => void;
  onMove: (application: ApplicationSummary, toStageId: string) => void;
  onClose: (application: ApplicationSummary, kind: CloseKindOrReject) => void;
}

const INSTRUCTIONS =
  'To move a candidate, press Space or Enter on the drag handle, use the Left and Right arrow keys to choose a stage, then press Space or Enter to drop, or Escape to cancel.';

/** One column per loop stage; cards move by drag and drop (pointer or keyboard) or by each card's "Move to…" menu. */
export function PipelineBoard({ stages, applications, canEdit, selected, pending, onSelect, onMove, onClose }: PipelineBoardProps) {
  // A small distance before a drag starts, so clicks on the handle and text selection still work.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );
  const byStage = useMemo(() => {
    const map = new Map<string, ApplicationSummary[]>(stages.map((stage) => [stage.id, []]));
    for (const application of applications) {
      if (application.status === 'active') map.get(application.currentStage.id)?.push(application);
    }
    return map;
  }, [stages, applications]);

  const nameOf = (id: string | number) => applications.find((a) => a.id === id)?.candidate.name ?? 'The candidate';
  const stageOf = (id: string | number | undefined) => stages.find((s) => s.id === id)?.name;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over ${stageOf(over.id)}.` : `${nameOf(active.id)} is not over a stage.`,
    onDragEnd: ({ active, over }) => {
      const from = applications.find((a) => a.id === active.id)?.currentStage.id;
      if (!over || over.id === from) return `${nameOf(active.id)} was dropped where it was; nothing changed.`;
      return `${nameOf(active.id)} was dropped on ${stageOf(over.id)}.`;
    },
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  function onDragEnd({ active, over }: DragEndEvent) {
    const application = (active.data.current as { application?: ApplicationSummary } | undefined)?.application;
    if (!application || !over || over.id === application.currentStage.id) return;
    onMove(application, String(over.id));
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
    >
      <div className="pipeline-board" role="group" aria-label="Pipeline board">
        {stages.map((stage) => (
          <PipelineColumn
            key={stage.id}
            stage={stage}
            stages={stages}
            applications={byStage.get(stage.id) ?? []}
            canEdit={canEdit}
            selected={selected}
            pending={pending}
            onSelect={onSelect}
            onMove={onMove}
            onClose={onClose}
          />
        ))}
      </div>
    </DndContext>
  );
}
