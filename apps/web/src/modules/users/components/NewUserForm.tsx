import { PASSWORD_MIN_LENGTH, USER_ROLE_LABELS, USER_ROLES, type User, type UserRole } from '@loopboard/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useCreateUser } from '../hooks/useCreateUser';
import { checkNewUser, NEW_USER_FIELDS, serverErrorsForNewUser, type NewUserField, type NewUserFieldErrors } from '../utils/newUserErrors';
import { ErrorAlert } from '../../ui/components/ErrorAlert';

interface NewUserFormProps {
  onAdded: (user: User) => void;
}

// The least access is the safest default; the admin picks more on purpose.
const DEFAULT_ROLE: UserRole = 'interviewer';

export function NewUserForm({ onAdded }: NewUserFormProps) {
  const id = useId();
  const create = useCreateUser();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<UserRole>(DEFAULT_ROLE);
  const [password, setPassword] = useState('');
  const [clientErrors, setClientErrors] = useState<NewUserFieldErrors>({});

  const server = create.isError ? serverErrorsForNewUser(create.error) : { fields: {}, general: null };
  const errorFor = (field: NewUserField) => clientErrors[field] ?? server.fields[field];
  const inputId = (field: NewUserField) => `${id}-${field}`;
  const errorId = (field: NewUserField) => `${id}-${field}-error`;
  const passwordHintId = `${id}-password-hint`;

  function focusFirstError(errors: NewUserFieldErrors) {
    const first = NEW_USER_FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(inputId(first))?.focus();
  }

  function edited(field: NewUserField) {
    setClientErrors((current) => (current[field] ? { ...current, [field]: undefined } : current));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const errors = checkNewUser({ name, email, password });
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      create.reset();
      focusFirstError(errors);
      return;
    }
    create.mutate(
      { name: name.trim(), email: email.trim(), role, password },
      {
        onSuccess: (user) => {
          setName('');
          setEmail('');
          setRole(DEFAULT_ROLE);
          setPassword('');
          onAdded(user);
        },
        onError: (error) => focusFirstError(serverErrorsForNewUser(error).fields),
      },
    );
  }

  function describedBy(field: NewUserField, hint?: string): string | undefined {
    const ids = [hint, errorFor(field) ? errorId(field) : undefined].filter(Boolean);
    return ids.length > 0 ? ids.join(' ') : undefined;
  }

  function fieldError(field: NewUserField) {
    const message = errorFor(field);
    return message ? (
      <p id={errorId(field)} className="field-error">
        {message}
      </p>
    ) : null;
  }

  return (
    // Our own checks decide, with messages next to each field, rather than the browser's bubbles.
    <form className="new-user-form" onSubmit={submit} noValidate aria-label="New user">
      <div className="form-grid">
        <div className="field">
          <label htmlFor={inputId('name')}>Name</label>
          <input
            id={inputId('name')}
            name="name"
            autoComplete="off"
            required
            maxLength={200}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              edited('name');
            }}
            aria-invalid={errorFor('name') ? true : undefined}
            aria-describedby={describedBy('name')}
          />
          {fieldError('name')}
        </div>
        <div className="field">
          <label htmlFor={inputId('email')}>Email</label>
          <input
            id={inputId('email')}
            name="email"
            type="email"
            autoComplete="off"
            required
            maxLength={320}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              edited('email');
            }}
            aria-invalid={errorFor('email') ? true : undefined}
            aria-describedby={describedBy('email')}
          />
          {fieldError('email')}
        </div>
        <div className="field">
          <label htmlFor={inputId('role')}>Role</label>
          <select
            id={inputId('role')}
            name="role"
            value={role}
            onChange={(event) => setRole(event.target.value as UserRole)}
            aria-invalid={errorFor('role') ? true : undefined}
            aria-describedby={describedBy('role')}
          >
            {USER_ROLES.map((option) => (
              <option key={option} value={option}>
                {USER_ROLE_LABELS[option]}
              </option>
            ))}
          </select>
          {fieldError('role')}
        </div>
        <div className="field">
          <label htmlFor={inputId('password')}>Initial password</label>
          <input
            id={inputId('password')}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            minLength={PASSWORD_MIN_LENGTH}
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
              edited('password');
            }}
            aria-invalid={errorFor('password') ? true : undefined}
            aria-describedby={describedBy('password', passwordHintId)}
          />
          <p id={passwordHintId} className="hint">
            {`At least ${PASSWORD_MIN_LENGTH} characters. Give it to them privately.`}
          </p>
          {fieldError('password')}
        </div>
      </div>
      {server.general && (
        <ErrorAlert>
          <p>{server.general}</p>
        </ErrorAlert>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Adding…' : 'Add user'}
        </button>
      </div>
    </form>
  );
}
