import type { DuplicateCandidateRef } from '@loopboard/contracts';
import { ModalDialog } from '../../ui/components/ModalDialog';

interface MergeConfirmDialogProps {
  target: DuplicateCandidateRef;
  targetSide: string;
  source: DuplicateCandidateRef;
  sourceSide: string;
  merging: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Says exactly what a merge does before it happens: it cannot be undone from here. */
export function MergeConfirmDialog({ target, targetSide, source, sourceSide, merging, onConfirm, onCancel }: MergeConfirmDialogProps) {
  return (
    <ModalDialog title={`Merge into ${target.displayName} (${targetSide.toLowerCase()})?`} onClose={onCancel} busy={merging}>
      <ul>
        <li>{`${target.displayName} (${targetSide.toLowerCase()}) keeps their name and details.`}</li>
        <li>
          {`All evidence of ${source.displayName} (${sourceSide.toLowerCase()}) moves to them: papers, re-implementations, encounters, emails, identities, affiliations and tags; notes are appended.`}
        </li>
        <li>{`The record of ${source.displayName} (${sourceSide.toLowerCase()}) is removed.`}</li>
        <li>The merge is recorded in the audit log.</li>
      </ul>
      <div className="form-actions">
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={merging} data-autofocus>
          {merging ? 'Merging…' : 'Merge'}
        </button>
        <button type="button" className="button" onClick={onCancel} disabled={merging}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
