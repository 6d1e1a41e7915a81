import type { RoleLoop } from '@loopboard/contracts';
import { useState } from 'react';
import { useInterviewTypes } from '../hooks/useInterviewTypes';
import { useRoleLoop } from '../hooks/useRoleLoop';
import { ErrorState } from '../../ui/components/ErrorState';
import { LoadingState } from '../../ui/components/LoadingState';
import { RoleLoopEditor } from './RoleLoopEditor';
import { RoleLoopView } from './RoleLoopView';
import './interviews.css';

interface RoleLoopSectionProps {
  roleId: string;
  roleName: string;
  canEdit: boolean;
}

/** The role's loop template: read by everyone, edited by admins. */
export function RoleLoopSection({ roleId, roleName, canEdit }: RoleLoopSectionProps) {
  const loop = useRoleLoop(roleId);
  const types = useInterviewTypes();
  const [editing, setEditing] = useState(false);
  const [status, setStatus] = useState('');

  let body;
  if (loop.isError || types.isError) {
    body = (
      <ErrorState
        title="The interview loop could not be loaded."
        error={loop.error ?? types.error}
        onRetry={() => {
          if (loop.isError) void loop.refetch();
          if (types.isError) void types.refetch();
        }}
        retrying={loop.isFetching || types.isFetching}
      />
    );
  } else if (!loop.data || !types.data) {
    body = <LoadingState label="Loading interview loop…" />;
  } else if (editing) {
    body = (
      <RoleLoopEditor
        roleName={roleName}
        loop={loop.data}
        types={types.data}
        onSaved={(saved: RoleLoop) => {
          setEditing(false);
          setStatus(`Saved loop version ${saved.version}.`);
        }}
        onCancel={() => setEditing(false)}
      />
    );
  } else {
    body = (
      <>
        <p className="hint">{loop.data.version > 0 ? `Loop v${loop.data.version}` : 'No loop saved yet'}</p>
        <RoleLoopView loop={loop.data} types={types.data} />
        {canEdit && (
          <div className="form-actions">
            <button
              type="button"
              className="button"
              onClick={() => {
                setEditing(true);
                setStatus('');
              }}
            >
              Edit loop
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <section className="card role-loop" aria-labelledby="interview-loop-heading">
      <h2 id="interview-loop-heading">Interview loop</h2>
      {!canEdit && <p className="hint">Only admins can change the loop.</p>}
      {body}
      <p className="form-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
