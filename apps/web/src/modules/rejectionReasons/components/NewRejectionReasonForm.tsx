import type { RejectionReason } from '@loopboard/contracts';
import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import { usePutRejectionReason } from '../hooks/usePutRejectionReason';
import { REASON_KEY, REASON_KEY_MAX, REASON_LABEL_MAX, describeReasonField, reasonErrorFields, suggestReasonKey } from '../utils/reasonKey';
import { RejectionReasonErrorAlert } from './RejectionReasonErrorAlert';

interface NewRejectionReasonFormProps {
  /** The reasons in the table; undefined until loaded (the form waits, so it can tell a key already taken). */
  existing: RejectionReason[] | undefined;
  onAdded: (reason: RejectionReason) => void;
}

type Field = 'label' | 'reasonKey';
const FIELDS: Field[] = ['label', 'reasonKey'];

export function NewRejectionReasonForm({ existing, onAdded }: NewRejectionReasonFormProps) {
  const id = useId();
  const save = usePutRejectionReason();
  const [label, setLabel] = useState('');
  const [key, setKey] = useState('');
  // The key follows the label until the admin types one of their own.
  const [keyEdited, setKeyEdited] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const serverFields = reasonErrorFields(save.error);
  const serverErrors = (field: Field) => serverFields.filter((f) => f.field === field);
  const otherServerError = save.isError && (serverFields.length === 0 || serverFields.some((f) => !FIELDS.includes(f.field as Field)));
  const inputId = (field: Field) => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;
  const hintId = `${id}-key-hint`;

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    if (!label.trim()) found.label = 'Enter the label recruiters will see, e.g. Skills gap.';
    const k = key.trim();
    if (!k) found.reasonKey = 'Enter a key, e.g. skills-gap.';
    else if (!REASON_KEY.test(k))
      found.reasonKey = `Use lowercase letters, digits and dashes only, starting with a letter or digit, at most ${REASON_KEY_MAX} characters.`;
    else {
      const same = existing?.find((r) => r.key === k);
      if (same) found.reasonKey = `${k} is already used by “${same.label}”; rename it in the list instead.`;
    }
    return found;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !existing) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      save.reset();
      const first = FIELDS.find((field) => found[field]);
      if (first) document.getElementById(inputId(first))?.focus();
      return;
    }
    save.mutate(
      { key: key.trim(), request: { label: label.trim(), active: true } },
      {
        onSuccess: (saved) => {
          setLabel('');
          setKey('');
          setKeyEdited(false);
          onAdded(saved);
        },
        onError: (error) => {
          const named = reasonErrorFields(error);
          const first = FIELDS.find((field) => named.some((f) => f.field === field));
          if (first) document.getElementById(inputId(first))?.focus();
        },
      },
    );
  }

  const invalid = (field: Field) => (errors[field] || serverErrors(field).length > 0 ? true : undefined);
  const describedBy = (field: Field, extra?: string) =>
    [errors[field] || serverErrors(field).length > 0 ? errorId(field) : undefined, extra].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field) => {
    if (errors[field]) {
      return (
        <p id={errorId(field)} className="field-error">
          {errors[field]}
        </p>
      );
    }
    const fromServer = serverErrors(field);
    if (fromServer.length === 0) return null;
    return (
      <div id={errorId(field)}>
        <ErrorAlert title={`${field === 'label' ? 'Label' : 'Key'} was refused.`}>
          <FieldErrorList fields={fromServer} fallback="" describe={describeReasonField} />
        </ErrorAlert>
      </div>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add reason" aria-busy={existing ? undefined : true}>
      {!existing && <p className="muted">The form opens once the reasons have loaded, so it can tell a key already in use.</p>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={inputId('label')}>Label</label>
          <input
            id={inputId('label')}
            value={label}
            maxLength={REASON_LABEL_MAX}
            autoComplete="off"
            disabled={!existing}
            onChange={(event) => {
              setLabel(event.target.value);
              if (!keyEdited) setKey(suggestReasonKey(event.target.value));
              setErrors((current) => ({ ...current, label: undefined, ...(keyEdited ? {} : { reasonKey: undefined }) }));
            }}
            aria-invalid={invalid('label')}
            aria-describedby={describedBy('label')}
          />
          {fieldError('label')}
        </div>
        <div className="field">
          <label htmlFor={inputId('reasonKey')}>Key</label>
          <input
            id={inputId('reasonKey')}
            value={key}
            maxLength={REASON_KEY_MAX}
            autoComplete="off"
            spellCheck={false}
            disabled={!existing}
            onChange={(event) => {
              setKey(event.target.value);
              setKeyEdited(event.target.value !== '');
              setErrors((current) => ({ ...current, reasonKey: undefined }));
            }}
            aria-invalid={invalid('reasonKey')}
            aria-describedby={describedBy('reasonKey', hintId)}
          />
          <p id={hintId} className="field-hint muted">
            Lowercase letters, digits and dashes; suggested from the label. It cannot be changed later.
          </p>
          {fieldError('reasonKey')}
        </div>
      </div>
      {otherServerError && (
        <RejectionReasonErrorAlert
          error={save.error}
          title="The reason was not added."
          only={serverFields.length ? (field) => !FIELDS.includes(field as Field) : undefined}
        />
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending || !existing}>
          {save.isPending ? 'Adding…' : 'Add reason'}
        </button>
      </div>
    </form>
  );
}
