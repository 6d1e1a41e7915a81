import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';
import { NEW_OPENING_FIELD_LABELS, NEW_OPENING_FIELDS, type NewOpeningField, type NewOpeningFieldErrors } from './newOpeningErrors';

export type EditOpeningField = Exclude<NewOpeningField, 'roleId'>;
export const EDIT_OPENING_FIELDS = NEW_OPENING_FIELDS.filter((f): f is EditOpeningField => f !== 'roleId');
export type EditOpeningFieldErrors = Partial<Record<EditOpeningField, string>>;

/** Splits a failed edit into messages next to the fields (`recruiterIds.0` belongs to Team) and the rest. */
export function serverErrorsForEditOpening(error: unknown): { fields: EditOpeningFieldErrors; general: string | null } {
  if (!isApiRequestError(error)) return { fields: {}, general: 'The opening could not be saved. Please try again.' };
  switch (error.code) {
    case ErrorCode.VALIDATION_FAILED:
    case ErrorCode.USER_NOT_FOUND: {
      const fields: NewOpeningFieldErrors = {};
      const other: string[] = [];
      for (const { field, reason } of error.fields ?? []) {
        const head = field.split('.')[0] ?? field;
        const key: string = head === 'recruiterIds' || head === 'interviewerIds' ? 'team' : head;
        if (!(EDIT_OPENING_FIELDS as readonly string[]).includes(key)) {
          other.push(`${field} ${reason}`);
          continue;
        }
        const name = key as EditOpeningField;
        const message = `${NEW_OPENING_FIELD_LABELS[name]} ${reason}`;
        fields[name] = fields[name] ? `${fields[name]}; ${message}` : message;
      }
      const general = other.length > 0 ? other.join('; ') : Object.keys(fields).length === 0 ? error.message : null;
      return { fields, general };
    }
    case ErrorCode.FORBIDDEN:
      return { fields: {}, general: 'Only recruiters on this opening and admins can edit it.' };
    case ErrorCode.CSRF_TOKEN_INVALID:
      return { fields: {}, general: 'Your session changed in another tab, so nothing was saved. Please try again.' };
    default:
      return { fields: {}, general: `The opening could not be saved: ${error.message}` };
  }
}
