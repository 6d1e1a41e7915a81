import { ErrorCode, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

export const NEW_USER_FIELDS = ['name', 'email', 'role', 'password'] as const;
export type NewUserField = (typeof NEW_USER_FIELDS)[number];
export type NewUserFieldErrors = Partial<Record<NewUserField, string>>;

export const NEW_USER_FIELD_LABELS: Record<NewUserField, string> = {
  name: 'Name',
  email: 'Email',
  role: 'Role',
  password: 'Initial password',
};

export interface NewUserDraft {
  name: string;
  email: string;
  password: string;
}

/** The checks the server makes that can be made here too, so the common mistakes need no round trip. */
export function checkNewUser({ name, email, password }: NewUserDraft): NewUserFieldErrors {
  const errors: NewUserFieldErrors = {};
  if (!name.trim()) errors.name = 'Enter a name.';
  if (!email.trim()) errors.email = 'Enter an email address.';
  // Count characters as the server's length check does (an emoji is one), not UTF-16 units.
  const length = [...password].length;
  if (length < PASSWORD_MIN_LENGTH) errors.password = `The password must be at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (length > PASSWORD_MAX_LENGTH) errors.password = `The password must be at most ${PASSWORD_MAX_LENGTH} characters.`;
  return errors;
}

/**
 * Splits a failed create into messages for the fields they concern and
 * whatever is left for the whole form.
 */
export function serverErrorsForNewUser(error: unknown): { fields: NewUserFieldErrors; general: string | null } {
  if (!isApiRequestError(error)) return { fields: {}, general: 'The user could not be added. Please try again.' };
  switch (error.code) {
    case ErrorCode.EMAIL_TAKEN:
      return { fields: { email: 'A user with this email already exists.' }, general: null };
    case ErrorCode.VALIDATION_FAILED: {
      const fields: NewUserFieldErrors = {};
      const other: string[] = [];
      for (const { field, reason } of error.fields) {
        if (isNewUserField(field)) fields[field] = fields[field] ? `${fields[field]}; ${reason}` : `${NEW_USER_FIELD_LABELS[field]} ${reason}`;
        else other.push(`${field} ${reason}`);
      }
      const general = other.length > 0 ? other.join('; ') : Object.keys(fields).length === 0 ? error.message : null;
      return { fields, general };
    }
    case ErrorCode.FORBIDDEN:
      return { fields: {}, general: 'Only admins can add users.' };
    case ErrorCode.CSRF_TOKEN_INVALID:
      return { fields: {}, general: 'Your session changed in another tab, so nothing was saved. Please try again.' };
    default:
      return { fields: {}, general: `The user could not be added: ${error.message}` };
  }
}

function isNewUserField(field: string): field is NewUserField {
  return (NEW_USER_FIELDS as readonly string[]).includes(field);
}
