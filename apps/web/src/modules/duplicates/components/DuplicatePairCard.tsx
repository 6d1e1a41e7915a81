import type { DuplicateCandidateRef, DuplicatePair } from '@loopboard/contracts';
import { useState } from 'react';
import { DUPLICATE_REASON_LABELS } from '../utils/duplicateVocabulary';
import { DuplicateCandidateColumn } from './DuplicateCandidateColumn';
import { ModalDialog } from '../../ui/components/ModalDialog';
import { MergeConfirmDialog } from './MergeConfirmDialog';
import './duplicates.css';

export type MergeDirection = 'into-left' | 'into-right';

interface DuplicatePairCardProps {
  pair: DuplicatePair;
  canEdit: boolean;
  /** A merge or dismissal of this pair is on its way. */
  busy: boolean;
  onMerge: (target: DuplicateCandidateRef, source: DuplicateCandidateRef) => Promise<unknown>;
  onDismiss: () => Promise<unknown>;
}

/** One suggested pair, side by side, with what a reviewer can do about it. */
export function DuplicatePairCard({ pair, canEdit, busy, onMerge, onDismiss }: DuplicatePairCardProps) {
  const [confirming, setConfirming] = useState<MergeDirection | null>(null);
  const [confirmingDismiss, setConfirmingDismiss] = useState(false);
  const [left, right] = [pair.a, pair.b];
  const headingId = `pair-${pair.id.replace(/[^a-zA-Z0-9-]/g, '-')}`;

  function confirm() {
    if (!confirming) return;
    const [target, source] = confirming === 'into-left' ? [left, right] : [right, left];
    // Close whatever the answer: success removes the pair, an error is shown above the list.
    void onMerge(target, source).finally(() => setConfirming(null));
  }

  function confirmDismiss() {
    // There is no undo for a dismissal in the API, so it is asked first; the dialog closes whatever the answer.
    void onDismiss().finally(() => setConfirmingDismiss(false));
  }

  return (
    <article className="card duplicate-pair" aria-labelledby={headingId}>
      <h2 id={headingId} className="duplicate-pair__heading">
        {`${left.displayName} and ${right.displayName}`}
      </h2>
      <p className="duplicate-pair__reason">
        <span className="tag tag--muted">{DUPLICATE_REASON_LABELS[pair.reason]}</span> {pair.explanation}
      </p>
      <div className="duplicate-pair__sides">
        <DuplicateCandidateColumn candidate={left} side="Left" />
        <DuplicateCandidateColumn candidate={right} side="Right" />
      </div>
      {canEdit && (
        <div className="form-actions duplicate-pair__actions">
          <button type="button" className="button" onClick={() => setConfirming('into-left')} disabled={busy}>
            Merge into left
          </button>
          <button type="button" className="button" onClick={() => setConfirming('into-right')} disabled={busy}>
            Merge into right
          </button>
          <button type="button" className="button button--quiet" onClick={() => setConfirmingDismiss(true)} disabled={busy}>
            Not the same person
          </button>
        </div>
      )}
      {confirming && (
        <MergeConfirmDialog
          target={confirming === 'into-left' ? left : right}
          targetSide={confirming === 'into-left' ? 'Left' : 'Right'}
          source={confirming === 'into-left' ? right : left}
          sourceSide={confirming === 'into-left' ? 'Right' : 'Left'}
          merging={busy}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
        />
      )}
      {confirmingDismiss && (
        <ModalDialog
          title={`Mark ${left.displayName} and ${right.displayName} as different people?`}
          onClose={() => setConfirmingDismiss(false)}
          busy={busy}
        >
          <p>They will not be suggested as duplicates again. This cannot be undone from here.</p>
          <div className="form-actions">
            <button type="button" className="button button--primary" onClick={confirmDismiss} disabled={busy} data-autofocus>
              {busy ? 'Saving…' : 'Not the same person'}
            </button>
            <button type="button" className="button" onClick={() => setConfirmingDismiss(false)} disabled={busy}>
              Cancel
            </button>
          </div>
        </ModalDialog>
      )}
    </article>
  );
}
