import type { CompetencyKey, FieldError } from '@loopboard/contracts';

export interface ScorecardFieldErrors {
  /** By `${competency}.rating` / `${competency}.evidence`. */
  ratings: Record<string, string>;
  recommendation?: string;
  reason?: string;
  /** Fields the form has no place for (shown together in the alert). */
  other: FieldError[];
}

/**
 * Places a 400's fields next to the form's fields. The API names a rating by its index in the
 * scorecard's ratings (the interview type's focus order) — `ratings.1.evidence` — or by its key.
 */
export function placeFieldErrors(fields: readonly FieldError[], focus: readonly CompetencyKey[], describe: (key: CompetencyKey) => string) {
  const placed: ScorecardFieldErrors = { ratings: {}, other: [] };
  for (const { field, reason } of fields) {
    const name = field.replace(/^body\./, '');
    const match = /^ratings\.([^.]+)(?:\.(rating|evidence|competency))?$/.exec(name);
    if (match) {
      const index = Number(match[1]);
      const key = (Number.isInteger(index) ? focus[index] : focus.find((k) => k === match[1])) as CompetencyKey | undefined;
      if (key) {
        const part = match[2] === 'evidence' ? 'evidence' : 'rating';
        // A bare `ratings.N` means the rating was never chosen.
        placed.ratings[`${key}.${part}`] = match[2]
          ? `${part === 'evidence' ? 'Evidence' : 'Rating'} for ${describe(key)} ${reason}`
          : `Rating for ${describe(key)}: choose 1–4 or Not assessed`;
        continue;
      }
    }
    if (name === 'recommendation') placed.recommendation = `Overall recommendation ${reason}`;
    else if (name === 'reason') placed.reason = `Reason ${reason}`;
    else placed.other.push({ field: name, reason });
  }
  return placed;
}

export const countFieldErrors = (e: ScorecardFieldErrors) =>
  Object.keys(e.ratings).length + (e.recommendation ? 1 : 0) + (e.reason ? 1 : 0) + e.other.length;
