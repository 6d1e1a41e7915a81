import { ErrorCode } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

export const NEW_CANDIDATE_FIELDS = ['name', 'emails', 'affiliations', 'primaryChannel', 'primaryCredit', 'tags', 'notes'] as const;
export type NewCandidateField = (typeof NEW_CANDIDATE_FIELDS)[number];
export type NewCandidateFieldErrors = Partial<Record<NewCandidateField, string>>;

export const NEW_CANDIDATE_FIELD_LABELS: Record<NewCandidateField, string> = {
  name: 'Name',
  emails: 'Emails',
  affiliations: 'Affiliations',
  primaryChannel: 'Primary channel',
  primaryCredit: 'Credit',
  tags: 'Tags',
  notes: 'Notes',
};

export interface NewCandidateServerErrors {
  fields: NewCandidateFieldErrors;
  general: string | null;
  /** With CANDIDATE_IDENTITY_TAKEN: who already holds the email or id, to link to. */
  existingCandidateId: string | null;
}

/** "a, b\nc" → ["a", "b", "c"]: list fields are typed as one line each or separated by commas. */
export function splitList(text: string): string[] {
  return text
    .split(/[,\n]/)
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Splits a failed create into messages for the fields they concern (`emails.2` belongs to Emails)
 * and whatever is left for the whole form.
 */
export function serverErrorsForNewCandidate(error: unknown): NewCandidateServerErrors {
  const none = { fields: {}, existingCandidateId: null };
  if (!isApiRequestError(error)) return { ...none, general: 'The candidate could not be added. Please try again.' };
  switch (error.code) {
    case ErrorCode.CANDIDATE_IDENTITY_TAKEN: {
      const existing = error.body.existingCandidateId;
      return {
        fields: {},
        general: 'A candidate with this email/id already exists.',
        existingCandidateId: typeof existing === 'string' ? existing : null,
      };
    }
    case ErrorCode.VALIDATION_FAILED: {
      const fields: NewCandidateFieldErrors = {};
      const other: string[] = [];
      for (const { field, reason } of error.fields) {
        const [head, index] = field.split('.');
        if (!isNewCandidateField(head)) {
          other.push(`${field} ${reason}`);
          continue;
        }
        const label =
          index === undefined ? NEW_CANDIDATE_FIELD_LABELS[head] : `${NEW_CANDIDATE_FIELD_LABELS[head]} item ${Number(index) + 1}`;
        fields[head] = fields[head] ? `${fields[head]}; ${label} ${reason}` : `${label} ${reason}`;
      }
      const general = other.length > 0 ? other.join('; ') : Object.keys(fields).length === 0 ? error.message : null;
      return { ...none, fields, general };
    }
    case ErrorCode.FORBIDDEN:
      return { ...none, general: 'Only recruiters and admins can add candidates.' };
    case ErrorCode.CSRF_TOKEN_INVALID:
      return { ...none, general: 'Your session changed in another tab, so nothing was saved. Please try again.' };
    default:
      return { ...none, general: `The candidate could not be added: ${error.message}` };
  }
}

function isNewCandidateField(field: string): field is NewCandidateField {
  return (NEW_CANDIDATE_FIELDS as readonly string[]).includes(field);
}
