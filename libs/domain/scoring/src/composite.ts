import { COMPETENCY_KEYS, type CompetencyKey, type Weights } from '@loopboard/contracts';

/** Ratings per competency (submitted ones; raw or calibrated). A competency with none is uncovered. */
export type RatingsByCompetency = Partial<Record<CompetencyKey, readonly number[]>>;
/** Mean rating per covered competency. */
export type CompetencyMeans = Partial<Record<CompetencyKey, number>>;

export interface CompetencyBreakdown {
  competency: CompetencyKey;
  weight: number;
  mean: number | null;
  ratings: number;
  contribution: number;
}

export interface CompositeScore {
  /** Σ_covered w_c · mean_c / Σ_covered w_c on the 1–4 scale; null when no competency with weight > 0 is covered. */
  composite: number | null;
  /** Σ_covered w_c (0–1 for weights that sum to 1). */
  coverage: number;
  /** One entry per competency, in COMPETENCY_KEYS order; contributions add up to the composite. */
  competencies: CompetencyBreakdown[];
}

/** Mean of each competency's ratings; competencies without ratings are left out (uncovered). */
export function competencyMeans(ratings: RatingsByCompetency): CompetencyMeans {
  const means: CompetencyMeans = {};
  for (const key of COMPETENCY_KEYS) {
    const values = ratings[key];
    if (values && values.length > 0) means[key] = mean(values);
  }
  return means;
}

/**
 * The role-weighted composite of competency means (DESIGN "Weighted scoring"). Only covered
 * competencies (with a mean) count, so an uncovered one never moves the composite; coverage
 * says how much of the role's weight has evidence. Scaling every weight by the same factor
 * leaves composite and contributions unchanged (coverage scales with it).
 */
export function compositeScore(
  weights: Weights,
  means: CompetencyMeans,
  counts: Partial<Record<CompetencyKey, number>> = {},
): CompositeScore {
  let coveredWeight = 0;
  let largestCovered = 0;
  for (const key of COMPETENCY_KEYS) {
    if (means[key] === undefined) continue;
    coveredWeight += weights[key];
    largestCovered = Math.max(largestCovered, weights[key]);
  }
  // Shares are taken of weights relative to the largest covered one, and w/Σw is formed before
  // multiplying by the mean: w·mean/Σw loses digits on tiny (subnormal) weights and overflows on
  // huge ones, which broke "scaling every weight changes nothing" at the ends of the double range.
  let relativeTotal = 0;
  if (largestCovered > 0) {
    for (const key of COMPETENCY_KEYS) if (means[key] !== undefined) relativeTotal += weights[key] / largestCovered;
  }
  const competencies: CompetencyBreakdown[] = COMPETENCY_KEYS.map((key) => {
    const m = means[key];
    const contribution = m === undefined || relativeTotal <= 0 ? 0 : (weights[key] / largestCovered / relativeTotal) * m;
    return { competency: key, weight: weights[key], mean: m ?? null, ratings: counts[key] ?? (m === undefined ? 0 : 1), contribution };
  });
  const composite = relativeTotal > 0 ? competencies.reduce((sum, c) => sum + c.contribution, 0) : null;
  return { composite: composite === null ? null : clamp(composite, 1, 4), coverage: coveredWeight, competencies };
}

/** compositeScore from the ratings themselves (the web app's live preview, the API's per-application score). */
export function scoreRatings(weights: Weights, ratings: RatingsByCompetency): CompositeScore {
  const counts: Partial<Record<CompetencyKey, number>> = {};
  for (const key of COMPETENCY_KEYS) counts[key] = ratings[key]?.length ?? 0;
  return compositeScore(weights, competencyMeans(ratings), counts);
}

export function mean(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total / values.length;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
