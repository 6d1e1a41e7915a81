import { CANDIDATE_CHANNELS, type CandidateChannel, type CandidateDetail } from '@loopboard/contracts';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useCreateCandidate } from '../hooks/useCreateCandidate';
import { CHANNEL_LABELS } from '../utils/candidateVocabulary';
import {
  NEW_CANDIDATE_FIELDS,
  serverErrorsForNewCandidate,
  splitList,
  type NewCandidateField,
  type NewCandidateFieldErrors,
} from '../utils/newCandidateErrors';
import { ErrorAlert } from '../../ui/components/ErrorAlert';

interface NewCandidateFormProps {
  onAdded: (candidate: CandidateDetail) => void;
  onCancel: () => void;
}

const DEFAULT_CHANNEL: CandidateChannel = 'inbound';

export function NewCandidateForm({ onAdded, onCancel }: NewCandidateFormProps) {
  const id = useId();
  const create = useCreateCandidate();
  const [name, setName] = useState('');
  const [emails, setEmails] = useState('');
  const [affiliations, setAffiliations] = useState('');
  const [channel, setChannel] = useState<CandidateChannel>(DEFAULT_CHANNEL);
  const [credit, setCredit] = useState('');
  const [tags, setTags] = useState('');
  const [notes, setNotes] = useState('');
  const [clientErrors, setClientErrors] = useState<NewCandidateFieldErrors>({});

  const server = create.isError ? serverErrorsForNewCandidate(create.error) : { fields: {}, general: null, existingCandidateId: null };
  const errorFor = (field: NewCandidateField): string | undefined =>
    clientErrors[field] ?? (server.fields as NewCandidateFieldErrors)[field];
  const inputId = (field: NewCandidateField) => `${id}-${field}`;
  const errorId = (field: NewCandidateField) => `${id}-${field}-error`;

  function focusFirstError(errors: NewCandidateFieldErrors) {
    const first = NEW_CANDIDATE_FIELDS.find((field) => errors[field]);
    if (first) document.getElementById(inputId(first))?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (create.isPending) return;
    const errors: NewCandidateFieldErrors = name.trim() ? {} : { name: 'Enter a name.' };
    setClientErrors(errors);
    if (Object.keys(errors).length > 0) {
      create.reset();
      focusFirstError(errors);
      return;
    }
    create.mutate(
      {
        name: name.trim(),
        emails: splitList(emails),
        affiliations: splitList(affiliations),
        primaryChannel: channel,
        primaryCredit: credit.trim() || null,
        tags: splitList(tags),
        notes,
      },
      {
        onSuccess: onAdded,
        onError: (error) => focusFirstError(serverErrorsForNewCandidate(error).fields),
      },
    );
  }

  function field(key: NewCandidateField, label: string, control: (props: FieldProps) => ReactNode, hint?: string) {
    const message = errorFor(key);
    const hintId = hint ? `${id}-${key}-hint` : undefined;
    const describedBy = [hintId, message ? errorId(key) : undefined].filter(Boolean).join(' ') || undefined;
    return (
      <div className="field">
        <label htmlFor={inputId(key)}>{label}</label>
        {control({
          id: inputId(key),
          name: key,
          'aria-invalid': message ? true : undefined,
          'aria-describedby': describedBy,
        })}
        {hint && (
          <p id={hintId} className="hint">
            {hint}
          </p>
        )}
        {message && (
          <p id={errorId(key)} className="field-error">
            {message}
          </p>
        )}
      </div>
    );
  }

  const edited = (key: NewCandidateField) => setClientErrors((current) => (current[key] ? { ...current, [key]: undefined } : current));

  return (
    <form className="new-candidate-form" onSubmit={submit} noValidate aria-label="New candidate">
      <div className="form-grid">
        {field('name', 'Name', (props) => (
          <input
            {...props}
            autoComplete="off"
            required
            maxLength={200}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              edited('name');
            }}
          />
        ))}
        {field(
          'emails',
          'Emails',
          (props) => (
            <input {...props} autoComplete="off" value={emails} onChange={(event) => setEmails(event.target.value)} />
          ),
          'Separate several with commas.',
        )}
        {field(
          'affiliations',
          'Affiliations',
          (props) => (
            <input {...props} autoComplete="off" value={affiliations} onChange={(event) => setAffiliations(event.target.value)} />
          ),
          'Separate several with commas.',
        )}
        {field('primaryChannel', 'Primary channel', (props) => (
          <select {...props} value={channel} onChange={(event) => setChannel(event.target.value as CandidateChannel)}>
            {CANDIDATE_CHANNELS.map((option) => (
              <option key={option} value={option}>
                {CHANNEL_LABELS[option]}
              </option>
            ))}
          </select>
        ))}
        {field(
          'primaryCredit',
          'Credit',
          (props) => (
            <input {...props} autoComplete="off" maxLength={200} value={credit} onChange={(event) => setCredit(event.target.value)} />
          ),
          'Who gets credit for finding them, e.g. the referrer.',
        )}
        {field(
          'tags',
          'Tags',
          (props) => (
            <input {...props} autoComplete="off" value={tags} onChange={(event) => setTags(event.target.value)} />
          ),
          'Separate several with commas.',
        )}
      </div>
      {field('notes', 'Notes', (props) => (
        <textarea {...props} rows={3} maxLength={10_000} value={notes} onChange={(event) => setNotes(event.target.value)} />
      ))}
      {server.general && (
        <ErrorAlert>
          <p>{server.general}</p>
          {server.existingCandidateId && <Link to={`/candidates/${server.existingCandidateId}`}>Open the existing candidate</Link>}
        </ErrorAlert>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {create.isPending ? 'Saving…' : 'Save candidate'}
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
