import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

export const NEW_OPENING_FIELDS = ['title', 'roleId', 'level', 'headcount', 'hiringManagerId', 'targetDate', 'status', 'team'] as const;
export type NewOpeningField = (typeof NEW_OPENING_FIELDS)[number];
export type NewOpeningFieldErrors = Partial<Record<NewOpeningField, string>>;

export const NEW_OPENING_FIELD_LABELS: Record<NewOpeningField, string> = {
  title: 'Title',
  roleId: 'Role',
  level: 'Level',
  headcount: 'Headcount',
  hiringManagerId: 'Hiring manager',
  targetDate: 'Target date',
  status: 'Status',
  team: 'Team',
};

/** Splits a failed create into messages next to the fields they concern (`interviewerIds.1` belongs to Team) and the rest. */
export function serverErrorsForNewOpening(error: unknown): { fields: NewOpeningFieldErrors; general: string | null } {
  if (!isApiRequestError(error)) return { fields: {}, general: 'The opening could not be created. Please try again.' };
  switch (error.code) {
    case ErrorCode.VALIDATION_FAILED: {
      const fields: NewOpeningFieldErrors = {};
      const other: string[] = [];
      for (const { field, reason } of error.fields) {
        const head = field.split('.')[0] ?? field;
        const key: string = head === 'recruiterIds' || head === 'interviewerIds' ? 'team' : head;
        if (!(NEW_OPENING_FIELDS as readonly string[]).includes(key)) {
          other.push(`${field} ${reason}`);
          continue;
        }
        const name = key as NewOpeningField;
        const message = `${NEW_OPENING_FIELD_LABELS[name]} ${reason}`;
        fields[name] = fields[name] ? `${fields[name]}; ${message}` : message;
      }
      const general = other.length > 0 ? other.join('; ') : Object.keys(fields).length === 0 ? error.message : null;
      return { fields, general };
    }
    case ErrorCode.FORBIDDEN:
      return { fields: {}, general: 'Only recruiters and admins can create openings.' };
    case ErrorCode.CSRF_TOKEN_INVALID:
      return { fields: {}, general: 'Your session changed in another tab, so nothing was saved. Please try again.' };
    default:
      return { fields: {}, general: `The opening could not be created: ${error.message}` };
  }
}
