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
const round = (value: number) => Number(value.toFixed(EDIT_DECIMALS));

/**
 * normalizeWeights, rounded to 4 decimals (0.01 %) so the boxes stay readable
 * ("0.2857", not "0.2857142857142857"). The rounding remainder goes to the
 * largest weight so the result still sums to 1.
 */
export function normalizeForEditing(weights: Weights): Weights {
  const normalized = normalizeWeights(usableWeights(weights));
  const rounded = {} as Weights;
  let largest: CompetencyKey = COMPETENCY_KEYS[0];
  for (const key of COMPETENCY_KEYS) {
    rounded[key] = round(normalized[key]);
    if (normalized[key] > normalized[largest]) largest = key;
  }
  let others = 0;
  for (const key of COMPETENCY_KEYS) if (key !== largest) others += rounded[key];
  if (others === 0 && normalized[largest] === 0) return rounded;
  rounded[largest] = round(1 - others);
  return rounded;
}
