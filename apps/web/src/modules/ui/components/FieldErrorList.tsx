import type { FieldError } from '@loopboard/contracts';

interface FieldErrorListProps {
  fields: FieldError[];
  /** Shown when the server named no field. */
  fallback: string;
  describe?: (field: FieldError) => string;
}

/** The fields a 400 named, one per line, in the words `describe` gives them. */
export function FieldErrorList({ fields, fallback, describe = ({ field, reason }) => `${field} ${reason}` }: FieldErrorListProps) {
  if (fields.length === 0) return <p>{fallback}</p>;
  return (
    <ul>
      {fields.map((field) => (
        <li key={`${field.field}:${field.reason}`}>{describe(field)}</li>
      ))}
    </ul>
  );
}
