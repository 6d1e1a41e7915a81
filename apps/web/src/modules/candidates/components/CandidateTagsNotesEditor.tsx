import type { CandidateDetail, UpdateCandidateRequest } from '@loopboard/contracts';
import { useId, useState, type FormEvent } from 'react';
import { splitList } from '../utils/newCandidateErrors';

interface CandidateTagsNotesEditorProps {
  candidate: CandidateDetail;
  saving: boolean;
  onSave: (request: UpdateCandidateRequest) => void;
  onCancel: () => void;
}

/** Edits tags and notes from the version on screen; the API refuses the save if someone saved in between. */
export function CandidateTagsNotesEditor({ candidate, saving, onSave, onCancel }: CandidateTagsNotesEditorProps) {
  const id = useId();
  const [tags, setTags] = useState(candidate.tags.join(', '));
  const [notes, setNotes] = useState(candidate.notes);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    onSave({ version: candidate.version, tags: splitList(tags), notes });
  }

  return (
    <form onSubmit={submit} aria-label="Edit tags and notes" noValidate>
      <div className="field">
        <label htmlFor={`${id}-tags`}>Tags</label>
        <input id={`${id}-tags`} value={tags} onChange={(event) => setTags(event.target.value)} aria-describedby={`${id}-tags-hint`} />
        <p id={`${id}-tags-hint`} className="hint">
          Separate several with commas.
        </p>
      </div>
      <div className="field">
        <label htmlFor={`${id}-notes`}>Notes</label>
        <textarea id={`${id}-notes`} rows={4} maxLength={10_000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save tags and notes'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
