import {
  ErrorCode,
  OPENING_LEVELS,
  OPENING_STATUSES,
  type OpeningDetail,
  type OpeningLevel,
  type OpeningStatus,
} from '@loopboard/contracts';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { useUpdateOpening } from '../hooks/useUpdateOpening';
import { useUserDirectory } from '../hooks/useUserDirectory';
import {
  EDIT_OPENING_FIELDS,
  serverErrorsForEditOpening,
  type EditOpeningField,
  type EditOpeningFieldErrors,
} from '../utils/editOpeningErrors';
import { OPENING_LEVEL_LABELS, OPENING_STATUS_LABELS } from '../utils/openingVocabulary';
import { OpeningTeamPicker } from './OpeningTeamPicker';

interface EditOpeningFormProps {
  opening: OpeningDetail;
  onSaved: (saved: OpeningDetail) => void;
  onCancel: () => void;
}

interface Draft {
  version: number;
  title: string;
  level: OpeningLevel;
  headcount: string;
  hiringManagerId: string;
  targetDate: string;
  status: OpeningStatus;
  team: string[];
}

const draftOf = (opening: OpeningDetail): Draft => ({
  version: opening.version,
  title: opening.title,
  level: opening.level,
  headcount: String(opening.headcount),
  hiringManagerId: opening.hiringManager.id,
  targetDate: opening.targetDate ?? '',
  status: opening.status,
  team: [...opening.recruiters, ...opening.interviewers].map((u) => u.id),
});

/** Edits an opening's facts and team, from the version shown (409 → reload the latest and say so). */
export function EditOpeningForm({ opening, onSaved, onCancel }: EditOpeningFormProps) {
  const id = useId();
  const directory = useUserDirectory();
  const save = useUpdateOpening(opening.id);
  const [draft, setDraft] = useState<Draft>(() => draftOf(opening));
  const [managerRef, setManagerRef] = useState(opening.hiringManager);
  const [clientErrors, setClientErrors] = useState<EditOpeningFieldErrors>({});
  const [conflict, setConflict] = useState<string | null>(null);

  const recruiters = directory.data?.recruiters ?? [];
  const interviewers = directory.data?.interviewers ?? [];
  const managers = directory.data?.managers ?? [];
  // The current manager stays choosable even when no longer in the directory (e.g. deactivated).
  const managerOptions = managers.some((m) => m.id === managerRef.id) ? managers : [{ ...managerRef, role: null }, ...managers];

  const server = save.isError ? serverErrorsForEditOpening(save.error) : { fields: {}, general: null };
  const errorFor = (key: EditOpeningField) => clientErrors[key] ?? (server.fields as EditOpeningFieldErrors)[key];
  const inputId = (key: EditOpeningField) => `${id}-${key}`;
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    const field = key === 'team' ? 'team' : (key as EditOpeningField);
    setClientErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  };

  function focusFirstError(errors: EditOpeningFieldErrors) {
    const first = EDIT_OPENING_FIELDS.find((key) => errors[key]);
    if (first) document.getElementById(inputId(first))?.focus();
  }

  async function reloadAfterConflict() {
    try {
      const fresh = await save.reload();
      setDraft(draftOf(fresh));
      setManagerRef(fresh.hiringManager);
      setConflict(
        `This opening was changed meanwhile by someone else, so nothing was saved. The form now shows the latest version (${fresh.version}); apply your change again.`,
      );
    } catch {
      setConflict('This opening was changed meanwhile by someone else, so nothing was saved. Reload the page to see the latest version.');
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const errors: EditOpeningFieldErrors = {};
    if (!draft.title.trim()) errors.title = 'Enter a title.';
    if (!draft.hiringManagerId) errors.hiringManagerId = 'Choose a hiring manager.';
    setClientErrors(errors);
    setConflict(null);
    if (Object.keys(errors).length > 0) {
      save.reset();
      focusFirstError(errors);
      return;
    }
    const chosen = new Set(draft.team);
    save.mutate(
      {
        version: draft.version,
        title: draft.title.trim(),
        level: draft.level,
        headcount: Number(draft.headcount),
        hiringManagerId: draft.hiringManagerId,
        targetDate: draft.targetDate || null,
        status: draft.status,
        ...(directory.data && {
          recruiterIds: recruiters.filter((u) => chosen.has(u.id)).map((u) => u.id),
          interviewerIds: interviewers.filter((u) => chosen.has(u.id)).map((u) => u.id),
        }),
      },
      {
        onSuccess: onSaved,
        onError: (error) => {
          if (isApiRequestError(error) && error.code === ErrorCode.OPENING_VERSION_CONFLICT) {
            save.reset();
            void reloadAfterConflict();
            return;
          }
          focusFirstError(serverErrorsForEditOpening(error).fields);
        },
      },
    );
  }

  function field(key: EditOpeningField, label: string, control: (props: FieldProps) => ReactNode) {
    const message = errorFor(key);
    const errorId = `${id}-${key}-error`;
    return (
      <div className="field">
        <label htmlFor={inputId(key)}>{label}</label>
        {control({
          id: inputId(key),
          name: key,
          'aria-invalid': message ? true : undefined,
          'aria-describedby': message ? errorId : undefined,
        })}
        {message && (
          <p id={errorId} className="field-error">
            {message}
          </p>
        )}
      </div>
    );
  }

  return (
    <form className="new-opening-form" onSubmit={submit} noValidate aria-label="Edit opening">
      {conflict && (
        <ErrorAlert tone="warning" title="Changed meanwhile">
          <p>{conflict}</p>
        </ErrorAlert>
      )}
      <div className="form-grid">
        {field('title', 'Title', (props) => (
          <input {...props} autoComplete="off" maxLength={200} value={draft.title} onChange={(e) => set('title', e.target.value)} />
        ))}
        {field('level', 'Level', (props) => (
          <select {...props} value={draft.level} onChange={(e) => set('level', e.target.value as OpeningLevel)}>
            {OPENING_LEVELS.map((option) => (
              <option key={option} value={option}>
                {OPENING_LEVEL_LABELS[option]}
              </option>
            ))}
          </select>
        ))}
        {field('headcount', 'Headcount', (props) => (
          <input
            {...props}
            type="number"
            min={1}
            max={1000}
            step={1}
            value={draft.headcount}
            onChange={(e) => set('headcount', e.target.value)}
          />
        ))}
        {field('hiringManagerId', 'Hiring manager', (props) => (
          <select
            {...props}
            value={draft.hiringManagerId}
            onChange={(e) => {
              set('hiringManagerId', e.target.value);
              const picked = managerOptions.find((m) => m.id === e.target.value);
              if (picked) setManagerRef({ id: picked.id, name: picked.name });
            }}
          >
            <option value="">{directory.isPending ? 'Loading people…' : 'Choose a hiring manager'}</option>
            {managerOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
                {option.role === 'admin' ? ' (admin)' : option.role === null ? ' (not active)' : ''}
              </option>
            ))}
          </select>
        ))}
        {field('targetDate', 'Target date', (props) => (
          <input {...props} type="date" value={draft.targetDate} onChange={(e) => set('targetDate', e.target.value)} />
        ))}
        {field('status', 'Status', (props) => (
          <select {...props} value={draft.status} onChange={(e) => set('status', e.target.value as OpeningStatus)}>
            {OPENING_STATUSES.map((option) => (
              <option key={option} value={option}>
                {OPENING_STATUS_LABELS[option]}
              </option>
            ))}
          </select>
        ))}
      </div>
      {directory.isError ? (
        <ErrorAlert>
          <p>The list of people could not be loaded, so the team is left as it is.</p>
        </ErrorAlert>
      ) : (
        <OpeningTeamPicker
          idPrefix={id}
          recruiters={recruiters}
          interviewers={interviewers}
          value={draft.team}
          onChange={(team) => set('team', team)}
          error={errorFor('team')}
          loading={directory.isPending}
        />
      )}
      {server.general && (
        <ErrorAlert>
          <p>{server.general}</p>
        </ErrorAlert>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save opening'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface FieldProps {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}
