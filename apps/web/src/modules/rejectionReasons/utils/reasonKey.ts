import { ErrorCode, type FieldError } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

/** The server's rule for a reason key (RejectionReasonParamsDto). */
export const REASON_KEY = /^[a-z0-9][a-z0-9-]{0,47}$/;
export const REASON_KEY_MAX = 48;
export const REASON_LABEL_MAX = 120;

/** "Not the right team fit" → "not-the-right-team-fit": a key that passes REASON_KEY, or '' when the label has no letters or digits. */
export function suggestReasonKey(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+/, '')
    .slice(0, REASON_KEY_MAX)
    .replace(/-+$/, '');
}

export const REASON_FIELD_LABELS: Record<string, string> = {
  reasonKey: 'Key',
  label: 'Label',
  active: 'Active',
};

const fieldKey = (field: string) => field.replace(/^params\./, '');

export function describeReasonField({ field, reason }: FieldError): string {
  return `${REASON_FIELD_LABELS[fieldKey(field)] ?? field} ${reason}`;
}

/** The fields a failed save names (400 VALIDATION_FAILED), by request key. */
export function reasonErrorFields(error: unknown): FieldError[] {
  if (!isApiRequestError(error) || error.code !== ErrorCode.VALIDATION_FAILED) return [];
  return error.fields.map((f) => ({ ...f, field: fieldKey(f.field) }));
}
