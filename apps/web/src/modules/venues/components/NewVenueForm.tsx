import { VENUE_TIERS, type Venue, type VenueTier } from '@loopboard/contracts';
import { useId, useState, type FormEvent } from 'react';
import { useSetVenueTier } from '../hooks/useSetVenueTier';
import { venueErrorFields } from '../utils/venueErrors';
import { VenueErrorAlert } from './VenueErrorAlert';

interface NewVenueFormProps {
  /** The venues in the table; undefined until they have loaded, and the form waits for them to check duplicates. */
  existing: Venue[] | undefined;
  onAdded: (venue: Venue) => void;
}

type Field = 'venue' | 'fullName';

// The server's rule for a short name (VenueParamsDto), checked here so the common mistake needs no round trip.
const SHORT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .&/+-]*$/u;

export function NewVenueForm({ existing, onAdded }: NewVenueFormProps) {
  const id = useId();
  const save = useSetVenueTier();
  const [venue, setVenue] = useState('');
  const [fullName, setFullName] = useState('');
  const [tier, setTier] = useState<VenueTier>(2);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});

  const serverInvalid = venueErrorFields(save.error);
  const inputId = (field: Field | 'tier') => `${id}-${field}`;
  const errorId = (field: Field) => `${id}-${field}-error`;

  function check(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    const name = venue.trim();
    if (!name) found.venue = 'Enter the short name, e.g. NeurIPS.';
    else if (name.length > 64) found.venue = 'The short name must be at most 64 characters.';
    else if (!SHORT_NAME.test(name)) found.venue = 'Use letters, digits, spaces and . & / + - only, starting with a letter or digit.';
    else {
      // The API treats venue names case-insensitively; so does this check.
      const key = name.toLocaleLowerCase();
      const same = existing?.find((v) => v.venue.toLocaleLowerCase() === key);
      if (same) {
        found.venue =
          same.venue === name
            ? `${name} is already in the table; change it there.`
            : `${name} is already in the table as ${same.venue}; change it there.`;
      }
    }
    if (!fullName.trim()) found.fullName = 'Enter the full name of the venue.';
    return found;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending || !existing) return;
    const found = check();
    setErrors(found);
    if (Object.keys(found).length > 0) {
      save.reset();
      const first = (['venue', 'fullName'] as const).find((field) => found[field]);
      if (first) document.getElementById(inputId(first))?.focus();
      return;
    }
    save.mutate(
      { venue: venue.trim(), request: { tier, fullName: fullName.trim() } },
      {
        onSuccess: (saved) => {
          setVenue('');
          setFullName('');
          setTier(2);
          onAdded(saved);
        },
      },
    );
  }

  const invalid = (field: Field) => (errors[field] || serverInvalid.has(field) ? true : undefined);
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={errorId(field)} className="field-error">
        {errors[field]}
      </p>
    ) : null;

  return (
    <form onSubmit={submit} noValidate aria-label="Add venue" aria-busy={existing ? undefined : true}>
      {!existing && <p className="muted">The form opens once the venue list has loaded, so it can tell a venue already in the table.</p>}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={inputId('venue')}>Short name</label>
          <input
            id={inputId('venue')}
            value={venue}
            maxLength={64}
            autoComplete="off"
            disabled={!existing}
            onChange={(event) => {
              setVenue(event.target.value);
              setErrors((current) => ({ ...current, venue: undefined }));
            }}
            aria-invalid={invalid('venue')}
            aria-describedby={errors.venue ? errorId('venue') : undefined}
          />
          {fieldError('venue')}
        </div>
        <div className="field">
          <label htmlFor={inputId('fullName')}>Full name</label>
          <input
            id={inputId('fullName')}
            value={fullName}
            maxLength={300}
            autoComplete="off"
            disabled={!existing}
            onChange={(event) => {
              setFullName(event.target.value);
              setErrors((current) => ({ ...current, fullName: undefined }));
            }}
            aria-invalid={invalid('fullName')}
            aria-describedby={errors.fullName ? errorId('fullName') : undefined}
          />
          {fieldError('fullName')}
        </div>
        <div className="field">
          <label htmlFor={inputId('tier')}>Tier</label>
          <select
            id={inputId('tier')}
            value={tier}
            disabled={!existing}
            onChange={(event) => setTier(Number(event.target.value) as VenueTier)}
          >
            {VENUE_TIERS.map((option) => (
              <option key={option} value={option}>
                {`Tier ${option}`}
              </option>
            ))}
          </select>
        </div>
      </div>
      {save.isError && <VenueErrorAlert error={save.error} title="The venue was not added." />}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending || !existing}>
          {save.isPending ? 'Adding…' : 'Add venue'}
        </button>
      </div>
    </form>
  );
}
