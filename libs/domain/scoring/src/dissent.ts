import type { Recommendation } from '@loopboard/contracts';

/** Where each decisive recommendation sits on the 1–4 rating scale; no_decision has none. */
export const RECOMMENDATION_VALUE: Readonly<Record<Recommendation, number | null>> = {
  definitely_not: 1,
  no: 2,
  yes: 3,
  strong_yes: 4,
  no_decision: null,
};

/**
 * The spread of the overall recommendations: the population standard deviation of the decisive
 * ones on the 1–4 scale (0 when all agree, 1.5 at most: half "definitely not", half "strong yes").
 * Null with fewer than two decisive recommendations: one voice has no spread.
 */
export function dissent(recommendations: readonly Recommendation[]): number | null {
  const values = recommendations.map((r) => RECOMMENDATION_VALUE[r]).filter((v): v is number => v !== null);
  if (values.length < 2) return null;
  const m = values.reduce((a, b) => a + b, 0) / values.length;
  const variance = values.reduce((a, v) => a + (v - m) ** 2, 0) / values.length;
  return Math.sqrt(variance);
}

/** Whether the panel is split: at least one hire (yes, strong yes) and one no-hire (no, definitely not). */
export function isSplit(recommendations: readonly Recommendation[]): boolean {
  const values = recommendations.map((r) => RECOMMENDATION_VALUE[r]).filter((v): v is number => v !== null);
  return values.some((v) => v >= 3) && values.some((v) => v <= 2);
}
