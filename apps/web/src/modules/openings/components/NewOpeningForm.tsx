import { OPENING_LEVELS, type OpeningDetail, type OpeningLevel } from '@loopboard/contracts';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { useRoles } from '../../roles/hooks/useRoles';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { useCreateOpening } from '../hooks/useCreateOpening';
import { useUserDirectory } from '../hooks/useUserDirectory';
import { NEW_OPENING_FIELDS, serverErrorsForNewOpening, type NewOpeningField, type NewOpeningFieldErrors } from '../utils/newOpeningErrors';
import { OPENING_LEVEL_LABELS } from '../utils/openingVocabulary';
import { OpeningTeamPicker } from './OpeningTeamPicker';

interface NewOpeningFormProps {
  onCreated: (opening: OpeningDetail) => void;
  onCancel: () => void;
}

export function NewOpeningForm({ onCreated, onCancel }: NewOpeningFormProps) {
  const id = useId();
  const me = useCurrentUser();
  const roles = useRoles();
  // The directory (active users: id, name, role) is readable by admins, recruiters and hiring managers.
  const directory = useUserDirectory();
  const create = useCreateOpening();
  const [title, setTitle] = useState('');
  const [roleId, setRoleId] = useState('');
  const [level, setLevel] = useState<OpeningLevel>('mid');
  const [headcount, setHeadcount] = useState('1');
  const [manager, setManager] = useState(me?.role === 'hiring_manager' ? me.id : '');
  const [targetDate, setTargetDate] = useState('');
  const [team, setTeam] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<NewOpeningFieldErrors>({});

  const managerOptions = directory.data?.managers ?? [];
  const recruiters = directory.data?.recruiters ?? [];
  const interviewers = directory.data?.interviewers ?? [];

  const server = create.isError ? serverErrorsForNewOpening(create.error) : { fields: {}, general: null };
  const errorFor = (field: NewOpeningField) => clientErrors[field] ?? (server.fields as NewOpeningFieldErrors)[field];
  const inputId = (field: NewOpeningField) => `${id}-${field}`;

  function focusFirstError(errors: NewOpeningFieldErrors) {
    const first = NEW_OPENING_FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(inputId(first))?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const hiringManagerId = manager;
    const errors: NewOpeningFieldErrors = {};
    if (!title.trim()) errors.title = 'Enter a title.';
    if (!roleId) errors.roleId = 'Choose a role.';
    if (!hiringManagerId) errors.hiringManagerId = 'Choose a hiring manager.';
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      create.reset();
      focusFirstError(errors);
      return;
    }
    const chosen = new Set(team);
    create.mutate(
      {
        title: title.trim(),
        roleId,
        level,
        headcount: Number(headcount),
        hiringManagerId,
        targetDate: targetDate || null,
        recruiterIds: recruiters.filter((u) => chosen.has(u.id)).map((u) => u.id),
        interviewerIds: interviewers.filter((u) => chosen.has(u.id)).map((u) => u.id),
      },
      { onSuccess: onCreated, onError: (error) => focusFirstError(serverErrorsForNewOpening(error).fields) },
    );
  }

  function field(key: NewOpeningField, label: string, control: (props: FieldProps) => ReactNode, hint?: string) {
    const message = errorFor(key);
    const hintId = hint ? `${id}-${key}-hint` : undefined;
    const errorId = `${id}-${key}-error`;
    const describedBy = [hintId, message ? errorId : undefined].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={inputId(key)}>{label}</label>
        {control({ id: inputId(key), name: key, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy })}
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {message && (
          <p id={errorId} className="field-error">
            {message}
          </p>
        )}
      </div>
    );
  }

  const edited = (key: NewOpeningField) => setClientErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));

  return (
    <form className="new-opening-form" onSubmit={submit} noValidate aria-label="New opening">
      <div className="form-grid">
        {field('title', 'Title', (props) => (
          <input
            {...props}
            autoComplete="off"
            maxLength={200}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              edited('title');
            }}
          />
        ))}
        {field('roleId', 'Role', (props) => (
          <select
            {...props}
            value={roleId}
            onChange={(event) => {
              setRoleId(event.target.value);
              edited('roleId');
            }}
          >
            <option value="">{roles.isPending ? 'Loading roles…' : 'Choose a role'}</option>
            {(roles.data ?? []).map((role) => (
              <option key={role.id} value={role.id}>
                {role.name}
              </option>
            ))}
          </select>
        ))}
        {field('level', 'Level', (props) => (
          <select {...props} value={level} onChange={(event) => setLevel(event.target.value as OpeningLevel)}>
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
            value={headcount}
            onChange={(event) => setHeadcount(event.target.value)}
          />
        ))}
        {field('hiringManagerId', 'Hiring manager', (props) => (
          <select
            {...props}
            value={manager}
            onChange={(event) => {
              setManager(event.target.value);
              edited('hiringManagerId');
            }}
          >
            <option value="">{directory.isPending ? 'Loading people…' : 'Choose a hiring manager'}</option>
            {managerOptions.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
                {option.role === 'admin' ? ' (admin)' : ''}
              </option>
            ))}
          </select>
        ))}
        {field('targetDate', 'Target date', (props) => (
          <input {...props} type="date" value={targetDate} onChange={(event) => setTargetDate(event.target.value)} />
        ))}
      </div>
      {directory.isError && (
        <ErrorAlert>
          <p>The list of people could not be loaded, so no hiring manager or team can be chosen. Please reload the page.</p>
        </ErrorAlert>
      )}
      <OpeningTeamPicker
        idPrefix={id}
        recruiters={recruiters}
        interviewers={interviewers}
        value={team}
        onChange={setTeam}
        error={errorFor('team')}
        loading={directory.isPending}
      />
      {server.general && (
        <ErrorAlert>
          <p>{server.general}</p>
        </ErrorAlert>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create opening'}
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
