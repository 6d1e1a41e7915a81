import { COMPETENCY_KEYS, type CompetencyKey, type Weights } from '@loopboard/contracts';
import { normalizeWeights } from '@loopboard/domain-scoring';

/** What the admin typed, per competency: strings, so "0." or an empty box survive re-renders. */
export type WeightsDraft = Record<CompetencyKey, string>;

export function toDraft(weights: Weights): WeightsDraft {
  const draft = {} as WeightsDraft;
  for (const key of COMPETENCY_KEYS) draft[key] = String(weights[key]);
  return draft;
}

/** Parsed weights; an empty or unreadable box becomes NaN so validateWeights reports it. */
export function parseDraft(draft: WeightsDraft): Weights {
  const weights = {} as Weights;
  for (const key of COMPETENCY_KEYS) {
    const text = draft[key].trim();
    weights[key] = text === '' ? Number.NaN : Number(text);
  }
  return weights;
}

/** For sums and charts: anything that is not a usable weight counts as nothing. */
export function usableWeights(weights: Weights): Weights {
  const out = {} as Weights;
  for (const key of COMPETENCY_KEYS) {
    const value = weights[key];
    out[key] = Number.isFinite(value) && value > 0 ? value : 0;
  }
  return out;
}

const EDIT_DECIMALS = 4;
const UNITS = 10 ** EDIT_DECIMALS;

/**
 * normalizeWeights, rounded to 4 decimals (0.01 %) so the boxes stay readable
 * ("0.2857", not "0.2857142857142857"), by the largest-remainder method: every
 * weight is floored to a whole 0.0001, then the units still missing to make 1 go
 * to the weights with the largest remainders. The result sums to exactly 1 and
 * each weight is within 0.0001 of its exact value.
 */
export function normalizeForEditing(weights: Weights): Weights {
  const normalized = normalizeWeights(usableWeights(weights));
  const scaled = COMPETENCY_KEYS.map((key) => ({ key, units: normalized[key] * UNITS }));
  const total = scaled.reduce((sum, s) => sum + s.units, 0);
  const rounded = {} as Weights;
  for (const { key, units } of scaled) rounded[key] = Math.floor(units + 1e-9);
  if (total === 0) {
    for (const key of COMPETENCY_KEYS) rounded[key] = 0;
    return rounded;
  }
  let missing = UNITS - COMPETENCY_KEYS.reduce((sum, key) => sum + rounded[key], 0);
  const byRemainder = [...scaled].sort((a, b) => b.units - Math.floor(b.units + 1e-9) - (a.units - Math.floor(a.units + 1e-9)));
  for (const { key } of byRemainder) {
    if (missing <= 0) break;
    rounded[key] += 1;
    missing -= 1;
  }
  for (const key of COMPETENCY_KEYS) rounded[key] = Number((rounded[key] / UNITS).toFixed(EDIT_DECIMALS));
  return rounded;
}
