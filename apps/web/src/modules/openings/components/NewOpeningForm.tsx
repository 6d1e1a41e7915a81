import { OPENING_LEVELS, type OpeningDetail, type OpeningLevel, type User, type UserRef } from '@loopboard/contracts';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useCurrentUser } from '../../auth/hooks/useCurrentUser';
import { isAdmin } from '../../auth/utils/isAdmin';
import { useRoles } from '../../roles/hooks/useRoles';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { userQueries } from '../../users/utils/userQueries';
import { useCreateOpening } from '../hooks/useCreateOpening';
import { NEW_OPENING_FIELDS, serverErrorsForNewOpening, type NewOpeningField, type NewOpeningFieldErrors } from '../utils/newOpeningErrors';
import { OPENING_LEVEL_LABELS } from '../utils/openingVocabulary';

interface NewOpeningFormProps {
  /** Hiring managers of the openings already listed: who a non-admin can pick without the (admin-only) user list. */
  knownManagers: UserRef[];
  onCreated: (opening: OpeningDetail) => void;
  onCancel: () => void;
}

const OTHER = '__other__';

export function NewOpeningForm({ knownManagers, onCreated, onCancel }: NewOpeningFormProps) {
  const id = useId();
  const me = useCurrentUser();
  const admin = isAdmin(me);
  const roles = useRoles();
  // Only admins may list users (the API refuses others), so nobody else asks.
  const users = useQuery({ ...userQueries.list(), enabled: admin });
  const create = useCreateOpening();
  const [title, setTitle] = useState('');
  const [roleId, setRoleId] = useState('');
  const [level, setLevel] = useState<OpeningLevel>('mid');
  const [headcount, setHeadcount] = useState('1');
  const [manager, setManager] = useState(me?.role === 'hiring_manager' ? me.id : '');
  const [managerId, setManagerId] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [team, setTeam] = useState<string[]>([]);
  const [clientErrors, setClientErrors] = useState<NewOpeningFieldErrors>({});

  const active = (users.data ?? []).filter((u) => u.active);
  const managerOptions: UserRef[] = users.data
    ? active.filter((u) => u.role === 'hiring_manager' || u.role === 'admin').map(({ id: userId, name }) => ({ id: userId, name }))
    : knownManagers;
  const teamCandidates: User[] = active.filter((u) => u.role === 'recruiter' || u.role === 'interviewer');

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
    const hiringManagerId = manager === OTHER ? managerId.trim() : manager;
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
        ...(users.data && {
          recruiterIds: teamCandidates.filter((u) => u.role === 'recruiter' && chosen.has(u.id)).map((u) => u.id),
          interviewerIds: teamCandidates.filter((u) => u.role === 'interviewer' && chosen.has(u.id)).map((u) => u.id),
        }),
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
        {field(
          'hiringManagerId',
          'Hiring manager',
          (props) => (
            <select
              {...props}
              value={manager}
              onChange={(event) => {
                setManager(event.target.value);
                edited('hiringManagerId');
              }}
            >
              <option value="">Choose a hiring manager</option>
              {managerOptions.map((option) => (
                <option key={option.id} value={option.id}>
                  {option.name}
                </option>
              ))}
              {!users.data && <option value={OTHER}>Someone else (enter their user id)</option>}
            </select>
          ),
          users.data
            ? undefined
            : 'Only admins can list every user, so this lists the hiring managers of existing openings. For someone else, ask an admin for their user id.',
        )}
        {manager === OTHER && (
          <div className="field">
            <label htmlFor={`${id}-manager-id`}>Hiring manager's user id</label>
            <input
              id={`${id}-manager-id`}
              autoComplete="off"
              value={managerId}
              onChange={(event) => {
                setManagerId(event.target.value);
                edited('hiringManagerId');
              }}
            />
          </div>
        )}
        {field('targetDate', 'Target date', (props) => (
          <input {...props} type="date" value={targetDate} onChange={(event) => setTargetDate(event.target.value)} />
        ))}
      </div>
      {users.data ? (
        <fieldset className="field opening-team" aria-describedby={errorFor('team') ? `${id}-team-error` : undefined}>
          <legend>Team</legend>
          {teamCandidates.map((person) => (
            <label key={person.id} className="check">
              <input
                type="checkbox"
                checked={team.includes(person.id)}
                onChange={(event) =>
                  setTeam((current) => (event.target.checked ? [...current, person.id] : current.filter((x) => x !== person.id)))
                }
              />
              {person.name} ({person.role === 'recruiter' ? 'recruiter' : 'interviewer'})
            </label>
          ))}
          {errorFor('team') && (
            <p id={`${id}-team-error`} className="field-error">
              {errorFor('team')}
            </p>
          )}
        </fieldset>
      ) : (
        <p className="hint">An admin adds the team (recruiters and interviewers) to the opening.</p>
      )}
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
