import { useId, useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../utils/auditVocabulary';
import { hasAuditFilters, NO_AUDIT_FILTERS, type AuditFilters } from '../utils/auditFilters';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from '../utils/localDateTime';

interface AuditFiltersFormProps {
  /** The filters in the URL; remount (key) the form when they change so it shows them. */
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}

/** Offers the known values, plus one from the URL that is not (yet) known here. */
function choices(known: readonly string[], current: string): string[] {
  return current && !known.includes(current) ? [...known, current] : [...known];
}

export function AuditFiltersForm({ filters, onApply }: AuditFiltersFormProps) {
  const id = useId();
  const [action, setAction] = useState(filters.action);
  const [entityType, setEntityType] = useState(filters.entityType);
  const [entityId, setEntityId] = useState(filters.entityId);
  const [fromInput, setFromInput] = useState(toLocalDateTimeInput(filters.from));
  const [toInput, setToInput] = useState(toLocalDateTimeInput(filters.to));
  const [rangeError, setRangeError] = useState('');

  // A date left as it came from the URL keeps its exact instant; the input only shows minutes.
  const fromIso = fromInput === toLocalDateTimeInput(filters.from) ? filters.from : fromLocalDateTimeInput(fromInput, 'start');
  const toIso = toInput === toLocalDateTimeInput(filters.to) ? filters.to : fromLocalDateTimeInput(toInput, 'end');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fromIso && toIso && fromIso > toIso) {
      setRangeError('“To” must be later than “From”.');
      return;
    }
    setRangeError('');
    onApply({ action, entityType, entityId: entityId.trim(), from: fromIso, to: toIso });
  }

  const rangeErrorId = `${id}-range-error`;
  return (
    <form className="audit-filters" onSubmit={submit} aria-label="Filter audit entries">
      <div className="audit-filters__fields">
        <div className="field">
          <label htmlFor={`${id}-action`}>Action</label>
          <select id={`${id}-action`} name="action" value={action} onChange={(event) => setAction(event.target.value)}>
            <option value="">Any action</option>
            {choices(AUDIT_ACTIONS, filters.action).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-entity-type`}>Entity type</label>
          <select
            id={`${id}-entity-type`}
            name="entityType"
            value={entityType}
            onChange={(event) => setEntityType(event.target.value)}
          >
            <option value="">Any type</option>
            {choices(AUDIT_ENTITY_TYPES, filters.entityType).map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-entity-id`}>Entity id</label>
          <input
            id={`${id}-entity-id`}
            name="entityId"
            autoComplete="off"
            spellCheck={false}
            value={entityId}
            onChange={(event) => setEntityId(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input
            id={`${id}-from`}
            name="from"
            type="datetime-local"
            value={fromInput}
            onChange={(event) => setFromInput(event.target.value)}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? rangeErrorId : undefined}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input
            id={`${id}-to`}
            name="to"
            type="datetime-local"
            value={toInput}
            onChange={(event) => setToInput(event.target.value)}
            aria-invalid={rangeError ? true : undefined}
            aria-describedby={rangeError ? rangeErrorId : undefined}
          />
        </div>
      </div>
      {rangeError && (
        <p id={rangeErrorId} className="field-error" role="alert">
          {rangeError}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onApply(NO_AUDIT_FILTERS)}
          disabled={!hasAuditFilters(filters)}
        >
          Clear filters
        </button>
        <span className="hint">Times are in your time zone.</span>
      </div>
    </form>
  );
}
