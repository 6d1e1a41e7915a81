import { ErrorCode, type CandidateDetail, type EraseCandidateRequest } from '@loopboard/contracts';
import { useId, useState, type FormEvent } from 'react';
import { isApiRequestError } from '../../api/ApiRequestError';
import { ErrorAlert } from '../../ui/components/ErrorAlert';
import { FieldErrorList } from '../../ui/components/FieldErrorList';
import { ModalDialog } from '../../ui/components/ModalDialog';

interface EraseCandidateDialogProps {
  candidate: CandidateDetail;
  erasing: boolean;
  error: unknown;
  onErase: (request: EraseCandidateRequest) => void;
  onReload: () => void;
  onCancel: () => void;
}

type Field = 'reason' | 'confirmation';

// The server's rules (EraseCandidateDto): the reason is kept for good, so it is short and holds no personal data.
const REASON_MIN_LENGTH = 3;
const REASON_MAX_LENGTH = 500;

/**
 * Erasure cannot be undone, so the admin states why and types the candidate's name:
 * a slip of the mouse cannot erase anyone.
 */
export function EraseCandidateDialog({ candidate, erasing, error, onErase, onReload, onCancel }: EraseCandidateDialogProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const inputId = (field: Field) => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (erasing) return;
    const found: Partial<Record<Field, string>> = {};
    const why = reason.trim().toLowerCase();
    if (!why) found.reason = 'Enter the reason for the erasure, e.g. the request ticket.';
    else if (why.length < REASON_MIN_LENGTH) found.reason = `The reason must be at least ${REASON_MIN_LENGTH} characters.`;
    else if (why.length > REASON_MAX_LENGTH) found.reason = `The reason must be at most ${REASON_MAX_LENGTH} characters.`;
    else if ([candidate.displayName, ...candidate.emails].some((personal) => personal && why.includes(personal.toLowerCase()))) {
      found.reason = "The reason is kept after the erasure, so it must not contain the candidate's name or email.";
    }
    if (confirmation.trim() !== candidate.displayName.trim()) {
      found.confirmation = `Type ${candidate.displayName} exactly as shown to confirm.`;
    }
    setErrors(found);
    const first = (['reason', 'confirmation'] as const).find((field) => found[field]);
    if (first) {
      document.getElementById(inputId(first))?.focus();
      return;
    }
    onErase({ version: candidate.version, reason: reason.trim() });
  }

  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={errorId(field)} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <ModalDialog title={`Erase ${candidate.displayName}'s personal data?`} onClose={onCancel} busy={erasing}>
      <p>
        <strong>This cannot be undone.</strong>
      </p>
      <ul>
        <li>Their name, emails, identities, links, notes and tags are removed everywhere they appear, free text included.</li>
        <li>Anonymous counts stay in the analytics, so funnels and source numbers do not change.</li>
        <li>
          The audit log keeps only that an erasure happened, who did it, when and the reason below; the details of earlier entries about
          them can no longer be read.
        </li>
      </ul>
      <form onSubmit={submit} noValidate aria-label="Erase personal data">
        <div className="field">
          <label htmlFor={inputId('reason')}>Reason</label>
          <textarea
            id={inputId('reason')}
            rows={2}
            value={reason}
            maxLength={REASON_MAX_LENGTH}
            onChange={(event) => {
              setReason(event.target.value);
              setErrors((current) => ({ ...current, reason: undefined }));
            }}
            aria-invalid={errors.reason ? true : undefined}
            aria-describedby={[`${id}-reason-hint`, errors.reason ? errorId('reason') : ''].filter(Boolean).join(' ')}
            data-autofocus
          />
          <p id={`${id}-reason-hint`} className="hint">
            Kept in the audit log. Do not include personal data: e.g. “GDPR art. 17 request, ticket 4411”.
          </p>
          {fieldError('reason')}
        </div>
        <div className="field">
          <label htmlFor={inputId('confirmation')}>{`Type ${candidate.displayName} to confirm`}</label>
          <input
            id={inputId('confirmation')}
            value={confirmation}
            autoComplete="off"
            onChange={(event) => {
              setConfirmation(event.target.value);
              setErrors((current) => ({ ...current, confirmation: undefined }));
            }}
            aria-invalid={errors.confirmation ? true : undefined}
            aria-describedby={errors.confirmation ? errorId('confirmation') : undefined}
          />
          {fieldError('confirmation')}
        </div>
        {error !== null && error !== undefined && <EraseErrorAlert error={error} onReload={onReload} />}
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={erasing}>
            {erasing ? 'Erasing…' : 'Erase personal data'}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={erasing}>
            Cancel
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}

function EraseErrorAlert({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (!isApiRequestError(error)) {
    return (
      <ErrorAlert title="Nothing was erased.">
        <p>Please try again.</p>
      </ErrorAlert>
    );
  }
  switch (error.code) {
    case ErrorCode.CANDIDATE_VERSION_CONFLICT:
      return (
        <ErrorAlert title="Someone changed this candidate meanwhile." tone="warning">
          <p>Nothing was erased. Reload to see their change, then erase again if it is still right.</p>
          <button type="button" className="button" onClick={onReload}>
            Reload
          </button>
        </ErrorAlert>
      );
    case ErrorCode.VALIDATION_FAILED:
      return (
        <ErrorAlert title="Nothing was erased.">
          <FieldErrorList fields={error.fields} fallback={error.message} />
        </ErrorAlert>
      );
    case ErrorCode.FORBIDDEN:
      return (
        <ErrorAlert title="Nothing was erased.">
          <p>Only admins can erase a candidate.</p>
        </ErrorAlert>
      );
    case ErrorCode.CANDIDATE_ERASED:
    case ErrorCode.CANDIDATE_NOT_FOUND:
      return (
        <ErrorAlert title="This candidate is already gone." tone="warning">
          <p>Someone erased or merged them meanwhile.</p>
        </ErrorAlert>
      );
    case ErrorCode.CSRF_TOKEN_INVALID:
      return (
        <ErrorAlert title="Nothing was erased.">
          <p>Your session changed in another tab. Please try again.</p>
        </ErrorAlert>
      );
    default:
      return (
        <ErrorAlert title="Nothing was erased.">
          <p>{error.message}</p>
        </ErrorAlert>
      );
  }
}
