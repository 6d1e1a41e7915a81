import type { ApplicationSummary, OpeningStage } from '@loopboard/contracts';
import { useId, useState } from 'react';

export type CloseKindOrReject = 'reject' | 'withdraw' | 'hire';

interface ApplicationActionsProps {
  application: ApplicationSummary;
  stages: OpeningStage[];
  busy: boolean;
  onMove: (application: ApplicationSummary, toStageId: string) => void;
  onClose: (application: ApplicationSummary, kind: CloseKindOrReject) => void;
}

/** The keyboard-friendly way to act on one application: "Move to…" a stage, reject, withdraw or hire. */
export function ApplicationActions({ application, stages, busy, onMove, onClose }: ApplicationActionsProps) {
  const id = useId();
  const [target, setTarget] = useState('');
  const name = application.candidate.name;
  const others = stages.filter((stage) => stage.id !== application.currentStage.id);
  return (
    <div className="application-actions">
      <form
        className="application-move"
        onSubmit={(event) => {
          event.preventDefault();
          if (!target) return;
          onMove(application, target);
          setTarget('');
        }}
      >
        <label htmlFor={`${id}-to`} className="visually-hidden">
          Move {name} to
        </label>
        <select id={`${id}-to`} value={target} onChange={(event) => setTarget(event.target.value)} disabled={busy}>
          <option value="">Move to…</option>
          {others.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small" disabled={busy || !target} aria-label={`Move ${name}`}>
          Move
        </button>
      </form>
      <div className="application-close">
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => onClose(application, 'reject')}>
          Reject<span className="visually-hidden"> {name}</span>
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={busy}
          onClick={() => onClose(application, 'withdraw')}
        >
          Withdraw<span className="visually-hidden"> {name}</span>
        </button>
        <button type="button" className="button button--small button--quiet" disabled={busy} onClick={() => onClose(application, 'hire')}>
          Hire<span className="visually-hidden"> {name}</span>
        </button>
      </div>
    </div>
  );
}
