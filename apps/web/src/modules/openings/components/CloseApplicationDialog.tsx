import { useId, useState, type FormEvent } from 'react';
import { ModalDialog } from '../../ui/components/ModalDialog';
import { useRejectionReasons } from '../hooks/useRejectionReasons';
import type { CloseKindOrReject } from './ApplicationActions';

interface CloseApplicationDialogProps {
  kind: CloseKindOrReject;
  /** Whom it concerns: a name, or "3 candidates" for a bulk reject. */
  subject: string;
  busy: boolean;
  onConfirm: (choice: { reasonKey: string; note: string }) => void;
  onCancel: () => void;
}

const TITLES: Record<CloseKindOrReject, (subject: string) => string> = {
  reject: (subject) => `Reject ${subject}`,
  withdraw: (subject) => `Withdraw ${subject}`,
  hire: (subject) => `Hire ${subject}`,
};

/** Asks for a reason (rejections) and an optional note before an application leaves the pipeline. */
export function CloseApplicationDialog({ kind, subject, busy, onConfirm, onCancel }: CloseApplicationDialogProps) {
  const id = useId();
  const reasons = useRejectionReasons();
  const [reasonKey, setReasonKey] = useState('');
  const [note, setNote] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const activeReasons = (reasons.data ?? []).filter((reason) => reason.active);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (kind === 'reject' && !reasonKey) {
      setMissingReason(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    onConfirm({ reasonKey, note });
  }

  return (
    <ModalDialog title={TITLES[kind](subject)} onClose={onCancel} busy={busy}>
      <form onSubmit={submit} noValidate>
        {kind === 'reject' && (
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason</label>
            <select
              id={`${id}-reason`}
              data-autofocus
              value={reasonKey}
              aria-invalid={missingReason || undefined}
              aria-describedby={missingReason ? `${id}-reason-error` : undefined}
              onChange={(event) => {
                setReasonKey(event.target.value);
                setMissingReason(false);
              }}
            >
              <option value="">{reasons.isPending ? 'Loading reasons…' : 'Choose a reason'}</option>
              {activeReasons.map((reason) => (
                <option key={reason.key} value={reason.key}>
                  {reason.label}
                </option>
              ))}
            </select>
            {missingReason && (
              <p id={`${id}-reason-error`} className="field-error">
                Choose a reason.
              </p>
            )}
            {reasons.isError && <p className="field-error">The reasons could not be loaded.</p>}
          </div>
        )}
        <div className="field">
          <label htmlFor={`${id}-note`}>Note (optional)</label>
          <textarea id={`${id}-note`} rows={3} maxLength={2000} value={note} onChange={(event) => setNote(event.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className={`button ${kind === 'hire' ? 'button--primary' : 'button--danger'}`} disabled={busy}>
            {busy ? 'Saving…' : TITLES[kind](subject)}
          </button>
          <button type="button" className="button button--quiet" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
