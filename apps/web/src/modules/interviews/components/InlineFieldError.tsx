interface InlineFieldErrorProps {
  id: string;
  label: string;
  reasons: string[];
}

/** The server's reasons for one field, next to its input ("Prompt should not be empty"). */
export function InlineFieldError({ id, label, reasons }: InlineFieldErrorProps) {
  if (reasons.length === 0) return null;
  return (
    <p id={id} className="field-error">
      {reasons.map((reason) => `${label} ${reason}`).join('; ')}
    </p>
  );
}
