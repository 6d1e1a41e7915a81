import { COMPETENCY_KEYS, type CompetencyKey, type FieldError, type Weights } from '@loopboard/contracts';

/** How far from 1 a weights vector may sum (floating-point slack for decimal inputs like .1 + .2). */
export const WEIGHT_SUM_TOLERANCE = 1e-9;

export function sumWeights(weights: Partial<Record<CompetencyKey, number>>): number {
  let total = 0;
  for (const key of COMPETENCY_KEYS) total += weights[key] ?? 0;
  return total;
}

/**
 * Checks a candidate weights object: exactly the eight competency keys, each a
 * finite number in 0..1, summing to 1 within WEIGHT_SUM_TOLERANCE.
 * Returns one FieldError per problem (empty when valid), with fields relative to `path`.
 */
export function validateWeights(input: unknown, path = 'weights'): FieldError[] {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return [{ field: path, reason: 'must be an object with one weight per competency' }];
  }
  const record = input as Record<string, unknown>;
  const errors: FieldError[] = [];
  for (const key of Object.keys(record)) {
    if (!(COMPETENCY_KEYS as readonly string[]).includes(key)) {
      errors.push({ field: `${path}.${key}`, reason: `is not a competency (expected one of ${COMPETENCY_KEYS.join(', ')})` });
    }
  }
  for (const key of COMPETENCY_KEYS) {
    const value = record[key];
    if (value === undefined) errors.push({ field: `${path}.${key}`, reason: 'is required' });
    else if (typeof value !== 'number' || !Number.isFinite(value)) errors.push({ field: `${path}.${key}`, reason: 'must be a number' });
    else if (value < 0 || value > 1) errors.push({ field: `${path}.${key}`, reason: 'must be between 0 and 1' });
  }
  if (errors.length === 0) {
    const total = sumWeights(record as Weights);
    if (Math.abs(total - 1) > WEIGHT_SUM_TOLERANCE) {
      errors.push({ field: path, reason: `must sum to 1 (they sum to ${formatSum(total)})` });
    }
  }
  return errors;
}

export function isValidWeights(input: unknown): input is Weights {
  return validateWeights(input).length === 0;
}

/**
 * Scales non-negative weights so they sum to 1. All-zero input has no direction
 * to keep, so it is returned unchanged (and stays invalid).
 */
export function normalizeWeights(weights: Weights): Weights {
  const total = sumWeights(weights);
  if (total <= 0) return { ...weights };
  const out = {} as Weights;
  for (const key of COMPETENCY_KEYS) out[key] = weights[key] / total;
  return out;
}

/** Per-competency change from `before` to `after`, for previews ("+0.05 swe"). */
export function diffWeights(before: Weights, after: Weights): Record<CompetencyKey, number> {
  const out = {} as Record<CompetencyKey, number>;
  for (const key of COMPETENCY_KEYS) out[key] = after[key] - before[key];
  return out;
}

function formatSum(total: number): string {
  return Number.isFinite(total) ? String(Number(total.toPrecision(12))) : String(total);
}
