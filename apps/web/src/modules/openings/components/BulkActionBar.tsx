import type { OpeningStage } from '@loopboard/contracts';
import { useId, useState } from 'react';

interface BulkActionBarProps {
  count: number;
  stages: OpeningStage[];
  busy: boolean;
  onMove: (toStageId: string) => void;
  onReject: () => void;
  onClear: () => void;
}

/** Acts on every selected card at once; the API applies all or none. */
export function BulkActionBar({ count, stages, busy, onMove, onReject, onClear }: BulkActionBarProps) {
  const id = useId();
  const [target, setTarget] = useState('');
  if (count === 0) return null;
  return (
    <section className="bulk-bar" aria-label="Selected applications">
      <p className="bulk-bar__count">{count === 1 ? '1 selected' : `${count} selected`}</p>
      <form
        className="application-move"
        onSubmit={(event) => {
          event.preventDefault();
          if (target) onMove(target);
        }}
      >
        <label htmlFor={`${id}-to`}>Move selected to</label>
        <select id={`${id}-to`} value={target} onChange={(event) => setTarget(event.target.value)} disabled={busy}>
          <option value="">Choose a stage</option>
          {stages.map((stage) => (
            <option key={stage.id} value={stage.id}>
              {stage.name}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--small" disabled={busy || !target}>
          Move selected
        </button>
      </form>
      <button type="button" className="button button--small button--danger" disabled={busy} onClick={onReject}>
        Reject selected…
      </button>
      <button type="button" className="button button--small button--quiet" disabled={busy} onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
