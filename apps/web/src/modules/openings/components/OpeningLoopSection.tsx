import { ErrorCode, type OpeningDetail } from '@loopboard/contracts';
import { useState } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { LoopEditor } from '../../interviews/components/LoopEditor';
import { RoleLoopView } from '../../interviews/components/RoleLoopView';
import { useInterviewTypes } from '../../interviews/hooks/useInterviewTypes';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { useReloadOpeningLoop } from '../hooks/useReloadOpeningLoop';
import { useUpdateOpeningLoop } from '../hooks/useUpdateOpeningLoop';
import '../../interviews/components/interviews.css';

interface OpeningLoopSectionProps {
  opening: OpeningDetail;
  canEdit: boolean;
  onSaved: (saved: OpeningDetail) => void;
}

interface BusyStage {
  name: string;
  activeApplications: number;
}

function busyStagesOf(error: unknown): BusyStage[] | null {
  if (!isApiRequestError(error) || error.code !== ErrorCode.OPENING_STAGE_IN_USE) return null;
  const stages = error.body.stages;
  if (!Array.isArray(stages)) return [];
  return stages.filter((s): s is BusyStage => typeof s === 'object' && s !== null && typeof (s as BusyStage).name === 'string');
}

const candidates = (n: number) => (n === 1 ? '1 candidate' : `${n} candidates`);

/** A dropped stage that still has candidates: say which, and that nothing was saved. */
function explainOpeningLoopError(error: unknown) {
  const busy = busyStagesOf(error);
  if (!busy) return undefined;
  return (
    <ErrorAlert title="A stage you removed still has candidates, so nothing was saved.">
      {busy.length === 0 ? (
        <p>{error instanceof Error ? error.message : 'Move or close those applications first.'}</p>
      ) : (
        <ul>
          {busy.map((stage) => (
            <li key={stage.name}>
              {`“${stage.name}” still has ${candidates(stage.activeApplications)}. Move or close them before removing the stage.`}
            </li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
}

/** The opening's own loop (a copy of its role's template): its stages are the board's columns. */
export function OpeningLoopSection({ opening, canEdit, onSaved }: OpeningLoopSectionProps) {
  const [editing, setEditing] = useState(false);
  const types = useInterviewTypes();
  const save = useUpdateOpeningLoop(opening.id);
  const reload = useReloadOpeningLoop(opening.id);
  const note = <p className="hint">{`Changes apply to this opening only; the ${opening.roleName} loop template is not changed.`}</p>;

  let body;
  if (types.isError) {
    body = (
      <ErrorState
        title="The interview types could not be loaded."
        error={types.error}
        onRetry={() => void types.refetch()}
        retrying={types.isFetching}
      />
    );
  } else if (!types.data) {
    body = <LoadingState label="Loading interview loop…" />;
  } else if (editing) {
    body = (
      <LoopEditor
        label={`Interview loop for ${opening.title}`}
        loop={opening.loop}
        types={types.data}
        save={save.mutateAsync}
        reload={reload}
        onSaved={(saved) => {
          setEditing(false);
          onSaved(saved);
        }}
        onCancel={() => setEditing(false)}
        explainError={explainOpeningLoopError}
        forbiddenMessage="Only recruiters and admins can change an opening's loop."
        note={note}
      />
    );
  } else {
    body = (
      <>
        <p className="hint">{`Loop v${opening.loop.version}, copied from the ${opening.roleName} template`}</p>
        <RoleLoopView
          loop={{ roleId: opening.roleId, version: opening.loop.version, stages: opening.loop.stages, updatedAt: null }}
          types={types.data}
        />
        {canEdit && (
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              Edit loop
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="card role-loop" aria-labelledby="opening-loop-heading">
      <h2 id="opening-loop-heading">Interview loop</h2>
      {body}
    </section>
  );
}
