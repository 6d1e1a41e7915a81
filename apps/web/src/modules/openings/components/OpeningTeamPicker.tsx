import type { DirectoryUser } from '@loopboard/contracts';

interface OpeningTeamPickerProps {
  /** Prefix for element ids (from useId). */
  idPrefix: string;
  recruiters: DirectoryUser[];
  interviewers: DirectoryUser[];
  /** Chosen user ids (recruiters and interviewers). */
  value: string[];
  onChange: (next: string[]) => void;
  error?: string;
  loading?: boolean;
}

/** Checkboxes for an opening's team: active recruiters and interviewers from the user directory. */
export function OpeningTeamPicker({ idPrefix, recruiters, interviewers, value, onChange, error, loading }: OpeningTeamPickerProps) {
  const errorId = `${idPrefix}-team-error`;
  const toggle = (userId: string, checked: boolean) => onChange(checked ? [...value, userId] : value.filter((x) => x !== userId));
  const group = (people: DirectoryUser[], kind: 'recruiter' | 'interviewer') =>
    people.map((person) => (
      <label key={person.id} className="check">
        <input type="checkbox" checked={value.includes(person.id)} onChange={(event) => toggle(person.id, event.target.checked)} />
        {person.name} ({kind})
      </label>
    ));
  return (
    <fieldset className="field opening-team" aria-describedby={error ? errorId : undefined} aria-invalid={error ? true : undefined}>
      <legend>Team</legend>
      {loading && <p className="hint">Loading people…</p>}
      {!loading && recruiters.length === 0 && interviewers.length === 0 && <p className="hint">No active recruiters or interviewers.</p>}
      {group(recruiters, 'recruiter')}
      {group(interviewers, 'interviewer')}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
