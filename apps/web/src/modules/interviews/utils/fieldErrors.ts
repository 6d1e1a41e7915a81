import { ErrorCode, type FieldError } from '@loopboard/contracts';
import { isApiRequestError } from '../../api/ApiRequestError';

const FIELD_ERROR_CODES: ReadonlySet<string> = new Set([
  ErrorCode.VALIDATION_FAILED,
  ErrorCode.INTERVIEW_KIT_INVALID,
  ErrorCode.LOOP_INVALID,
]);

/** The fields a refused save named (`questions.2.prompt`, `rubric.ml.3`, `stages.1.interviewTypes.1`), by field. */
export function fieldErrorsOf(error: unknown): Map<string, string[]> {
  const byField = new Map<string, string[]>();
  if (!isApiRequestError(error) || !FIELD_ERROR_CODES.has(error.code)) return byField;
  for (const { field, reason } of error.fields) byField.set(field, [...(byField.get(field) ?? []), reason]);
  return byField;
}

/** Reasons for `field` itself and, with `nested`, for anything under it (e.g. `stages.1.interviewTypes.0`). */
export function reasonsFor(errors: Map<string, string[]>, field: string, nested = false): string[] {
  const reasons = [...(errors.get(field) ?? [])];
  if (nested) {
    for (const [name, list] of errors) if (name.startsWith(`${field}.`)) reasons.push(...list);
  }
  return reasons;
}

/** "Question 3 prompt should not be empty": the server counts from 0 and names request keys; people count from 1. */
export function describeKitField({ field, reason }: FieldError, competencyName: (key: string) => string): string {
  const parts = field.split('.');
  if (parts[0] === 'questions' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const what = parts[2] === 'prompt' ? ' prompt' : parts[2] === 'goodAnswer' ? ' good answer' : parts[2] ? ` ${parts[2]}` : '';
    return `Question ${Number(parts[1]) + 1}${what} ${reason}`;
  }
  if (parts[0] === 'questions') return `Questions ${reason}`;
  if (parts[0] === 'rubric' && parts[1]) {
    return parts[2] ? `Rubric: ${competencyName(parts[1])}, level ${parts[2]} ${reason}` : `Rubric: ${competencyName(parts[1])} ${reason}`;
  }
  if (field === 'rubric') return `Rubric ${reason}`;
  if (field === 'instructions') return `Instructions ${reason}`;
  return `${field} ${reason}`;
}

/** The API counts stages from 0 in its reasons ("duplicates the name of stage 0"); the editor shows them from 1. */
export function oneBasedStageRefs(reason: string): string {
  return reason.replace(/\bstage (\d+)\b/g, (_, n: string) => `stage ${Number(n) + 1}`);
}

/** "Stage 2, interview type 2: "vibe-check" is not a known interview type". */
export function describeLoopField({ field, reason: raw }: FieldError): string {
  const reason = oneBasedStageRefs(raw);
  const parts = field.split('.');
  if (parts[0] === 'stages' && parts[1] !== undefined && /^\d+$/.test(parts[1])) {
    const stage = `Stage ${Number(parts[1]) + 1}`;
    if (parts[2] === 'name') return `${stage} name ${reason}`;
    if (parts[2] === 'interviewTypes' && parts[3] !== undefined) return `${stage}, interview type ${Number(parts[3]) + 1}: ${reason}`;
    if (parts[2] === 'interviewTypes') return `${stage} interview types ${reason}`;
    return `${stage} ${reason}`;
  }
  if (field === 'stages') return `Stages ${reason}`;
  return `${field} ${reason}`;
}
