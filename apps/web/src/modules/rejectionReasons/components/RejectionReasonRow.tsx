import type { RejectionReason } from '@loopboard/contracts';
import { useState } from 'react';
import { usePutRejectionReason } from '../hooks/usePutRejectionReason';
import { REASON_LABEL_MAX, reasonErrorFields } from '../utils/reasonKey';
import { RejectionReasonErrorAlert } from './RejectionReasonErrorAlert';

interface RejectionReasonRowProps {
  reason: RejectionReason;
  onSaved: (message: string) => void;
}

/** One reason: its label editable in place (saved with Save or Enter), and a button to (de)activate it. */
export function RejectionReasonRow({ reason, onSaved }: RejectionReasonRowProps) {
  const save = usePutRejectionReason();
  const [label, setLabel] = useState(reason.label);
  const [shown, setShown] = useState(reason);
  const dirty = label.trim() !== reason.label;

  // Saved here or elsewhere: show the new label unless an edit is under way.
  if (shown !== reason) {
    setShown(reason);
    if (label === shown.label) setLabel(reason.label);
  }

  const invalidLabel = reasonErrorFields(save.error).some((f) => f.field === 'label');

  function rename() {
    if (!dirty || save.isPending) return;
    save.mutate(
      { key: reason.key, request: { label: label.trim(), active: reason.active } },
      {
        onSuccess: (saved) => {
          setLabel(saved.label);
          onSaved(`Renamed ${saved.key} to “${saved.label}”.`);
        },
      },
    );
  }

  function toggle() {
    if (save.isPending) return;
    save.mutate(
      { key: reason.key, request: { label: reason.label, active: !reason.active } },
      {
        onSuccess: (saved) =>
          onSaved(
            saved.active
              ? `Reactivated “${saved.label}”: it is offered when rejecting again.`
              : `Deactivated “${saved.label}”: it is no longer offered when rejecting.`,
          ),
      },
    );
  }

  return (
    <>
      <tr aria-busy={save.isPending ? true : undefined}>
        <td>
          <input
            aria-label={`Label of ${reason.key}`}
            value={label}
            maxLength={REASON_LABEL_MAX}
            onChange={(event) => setLabel(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') rename();
              if (event.key === 'Escape') {
                setLabel(reason.label);
                save.reset();
              }
            }}
            aria-invalid={invalidLabel ? true : undefined}
          />
        </td>
        <th scope="row">
          <code>{reason.key}</code>
        </th>
        <td>{reason.active ? <span className="badge">Active</span> : <span className="badge badge--muted">Inactive</span>}</td>
        <td className="rejection-reason-actions">
          <button type="button" className="button button--small" onClick={rename} disabled={!dirty || save.isPending}>
            {save.isPending && dirty ? 'Saving…' : 'Save'}
            <span className="visually-hidden">{` ${reason.key}`}</span>
          </button>
          {dirty && !save.isPending && (
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => {
                setLabel(reason.label);
                save.reset();
              }}
            >
              Undo
              <span className="visually-hidden">{` changes to ${reason.key}`}</span>
            </button>
          )}
          <button type="button" className="button button--small button--quiet" onClick={toggle} disabled={save.isPending || dirty}>
            {save.isPending && !dirty ? 'Saving…' : reason.active ? 'Deactivate' : 'Reactivate'}
            <span className="visually-hidden">{` ${reason.key}`}</span>
          </button>
        </td>
      </tr>
      {save.isError && (
        <tr className="rejection-reason-error-row">
          <td colSpan={4}>
            <RejectionReasonErrorAlert error={save.error} title={`${reason.key} was not saved.`} />
          </td>
        </tr>
      )}
    </>
  );
}
