import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPETENCY_KEYS, type CompetencyKey, type Weights } from '@loopboard/contracts';
import { competencyMeans, compositeScore, scoreRatings, type CompositeScore, type RatingsByCompetency } from './composite.js';

const mlResearcher: Weights = { ml: 0.25, math: 0.2, swe: 0.1, data: 0, ops: 0, research: 0.3, comms: 0.15, product: 0 };

function contributionOf(score: CompositeScore, key: CompetencyKey): number {
  return score.competencies.find((c) => c.competency === key)!.contribution;
}

function sumOfContributions(score: CompositeScore): number {
  return score.competencies.reduce((sum, c) => sum + c.contribution, 0);
}

describe('scoreRatings: worked examples (ML researcher weights)', () => {
  it('weights the covered competencies and leaves the uncovered ones out', () => {
    // ml [3, 4] → 3.5; math [2] → 2; research [4, 3, 2] → 3; data [1] (weight 0) → 1; swe, comms: no ratings.
    // covered weight = ml .25 + math .20 + research .30 + data 0 = .75 → coverage .75 (swe .10 and comms .15 have no evidence)
    // contributions: ml .25·3.5/.75 = .875/.75 = 1.1666…; math .20·2/.75 = .4/.75 = .5333…;
    //                research .30·3/.75 = .9/.75 = 1.2; data 0·1/.75 = 0; swe, comms: 0
    // composite = (.875 + .4 + .9)/.75 = 2.175/.75 = 2.9
    // (an unweighted mean of the four means would be (3.5 + 2 + 3 + 1)/4 = 2.375)
    const score = scoreRatings(mlResearcher, { ml: [3, 4], math: [2], research: [4, 3, 2], data: [1] });
    expect(score.composite).toBeCloseTo(2.9, 12);
    expect(score.coverage).toBeCloseTo(0.75, 12);
    expect(contributionOf(score, 'ml')).toBeCloseTo(0.875 / 0.75, 12);
    expect(contributionOf(score, 'math')).toBeCloseTo(0.4 / 0.75, 12);
    expect(contributionOf(score, 'research')).toBeCloseTo(1.2, 12);
    expect(contributionOf(score, 'data')).toBe(0);
    expect(contributionOf(score, 'swe')).toBe(0);
    expect(contributionOf(score, 'comms')).toBe(0);
    expect(score.competencies.map((c) => c.competency)).toEqual([...COMPETENCY_KEYS]);
    expect(score.competencies.find((c) => c.competency === 'research')).toMatchObject({ weight: 0.3, mean: 3, ratings: 3 });
    expect(score.competencies.find((c) => c.competency === 'swe')).toMatchObject({ weight: 0.1, mean: null, ratings: 0 });
    expect(score.competencies.find((c) => c.competency === 'data')).toMatchObject({ weight: 0, mean: 1, ratings: 1 });
  });

  it('with every weighted competency covered, is the plain weighted mean and coverage is 1', () => {
    // means: ml 4, math 3, swe 2, research (3+3)/2 = 3, comms (1+2)/2 = 1.5
    // composite = .25·4 + .20·3 + .10·2 + .30·3 + .15·1.5 = 1 + .6 + .2 + .9 + .225 = 2.925; coverage = 1
    const score = scoreRatings(mlResearcher, { ml: [4], math: [3], swe: [2], research: [3, 3], comms: [1, 2] });
    expect(score.composite).toBeCloseTo(2.925, 12);
    expect(score.coverage).toBeCloseTo(1, 12);
    expect(contributionOf(score, 'comms')).toBeCloseTo(0.225, 12);
    expect(contributionOf(score, 'swe')).toBeCloseTo(0.2, 12);
  });

  it('with one covered competency, the composite is its mean whatever its weight', () => {
    // covered weight = swe .10; contribution = .10·2.5/.10 = 2.5; coverage .10
    const score = scoreRatings(mlResearcher, { swe: [2, 3] });
    expect(score.composite).toBeCloseTo(2.5, 12);
    expect(score.coverage).toBeCloseTo(0.1, 12);
    expect(contributionOf(score, 'swe')).toBeCloseTo(2.5, 12);
  });

  it('has no composite without evidence on a weighted competency', () => {
    expect(scoreRatings(mlResearcher, {})).toMatchObject({ composite: null, coverage: 0 });
    expect(scoreRatings(mlResearcher, { ml: [], comms: [] })).toMatchObject({ composite: null, coverage: 0 });
    // only data (weight 0) has ratings: nothing of the role's weight is evidenced
    const onlyUnweighted = scoreRatings(mlResearcher, { data: [4, 4], product: [3] });
    expect(onlyUnweighted).toMatchObject({ composite: null, coverage: 0 });
    expect(onlyUnweighted.competencies.every((c) => c.contribution === 0)).toBe(true);
  });

  it('gives the true weighted mean for weights of any magnitude', () => {
    // ml 5e-324 (the smallest double) and math 1e-323 (twice it): shares 1/3 and 2/3
    // ratings ml [3, 4] → 3.5, math [2] → 2: composite = 3.5/3 + 2·2/3 = 7.5/3 = 2.5, contributions 1.1666… and 1.3333…
    // (w·mean on such weights rounds to the subnormal grid: 5e-324·3.5 is 1e-323, which gave 3.666… before)
    const tiny: Weights = { ml: 5e-324, math: 1e-323, swe: 0, data: 0, ops: 0, research: 0, comms: 0, product: 0 };
    const score = scoreRatings(tiny, { ml: [3, 4], math: [2] });
    expect(score.composite).toBeCloseTo(2.5, 12);
    expect(contributionOf(score, 'ml')).toBeCloseTo(3.5 / 3, 12);
    expect(contributionOf(score, 'math')).toBeCloseTo(4 / 3, 12);
    // the same shares of huge weights, where Σw overflows to Infinity
    const huge: Weights = { ...tiny, ml: 0.5e308, math: 1e308 };
    expect(scoreRatings(huge, { ml: [3, 4], math: [2] }).composite).toBeCloseTo(2.5, 12);
  });

  it('computes means per competency, leaving empty ones out', () => {
    expect(competencyMeans({ ml: [1, 2, 4], swe: [], comms: [3] })).toEqual({ ml: 7 / 3, comms: 3 });
  });

  it('uses the given counts for the breakdown', () => {
    const score = compositeScore(mlResearcher, { ml: 3, math: 2 }, { ml: 4, math: 2 });
    // (.25·3 + .20·2)/.45 = 1.15/.45 = 2.5555…
    expect(score.composite).toBeCloseTo(1.15 / 0.45, 12);
    expect(score.competencies.find((c) => c.competency === 'ml')!.ratings).toBe(4);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

/** A weight: 0 (the role ignores the competency) or a positive value; weights need not sum to 1. */
const weightArb = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1, noNaN: true }));
const weightsArb: fc.Arbitrary<Weights> = fc.record(
  Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, weightArb])) as Record<CompetencyKey, fc.Arbitrary<number>>,
);
/** Raw ratings are integers 1..4; calibrated ones are any real in 1..4. */
const ratingArb = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.double({ min: 1, max: 4, noNaN: true }));
const ratingsArb: fc.Arbitrary<RatingsByCompetency> = fc.record(
  Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, fc.array(ratingArb, { maxLength: 5 })])) as Record<
    CompetencyKey,
    fc.Arbitrary<number[]>
  >,
  { requiredKeys: [] },
);
const keyArb = fc.constantFrom(...COMPETENCY_KEYS);

/** Σ_covered w·mean / Σ_covered w, computed independently of the implementation; null without covered weight. */
function oracle(weights: Weights, ratings: RatingsByCompetency): number | null {
  let num = 0;
  let den = 0;
  for (const key of COMPETENCY_KEYS) {
    const values = ratings[key] ?? [];
    if (values.length === 0) continue;
    num += weights[key] * (values.reduce((a, b) => a + b, 0) / values.length);
    den += weights[key];
  }
  return den > 0 ? num / den : null;
}

/** The same weighted mean, with each weight taken as a share of the largest covered one (exact for any magnitude). */
function oracleOfShares(weights: Weights, ratings: RatingsByCompetency): number {
  const covered = COMPETENCY_KEYS.filter((k) => (ratings[k]?.length ?? 0) > 0);
  const largest = Math.max(...covered.map((k) => weights[k]));
  const shares = Object.fromEntries(covered.map((k) => [k, weights[k] / largest])) as Weights;
  return oracle({ ...weights, ...shares }, ratings)!;
}

describe('scoreRatings: properties', () => {
  it('is the weighted mean of the covered means, and the contributions add up to it', () => {
    fc.assert(
      fc.property(weightsArb, ratingsArb, (weights, ratings) => {
        const score = scoreRatings(weights, ratings);
        const expected = oracle(weights, ratings);
        if (expected === null) {
          expect(score.composite).toBeNull();
          expect(score.competencies.every((c) => c.contribution === 0)).toBe(true);
        } else {
          expect(Math.abs(score.composite! - expected)).toBeLessThanOrEqual(1e-9);
          expect(Math.abs(sumOfContributions(score) - score.composite!)).toBeLessThanOrEqual(1e-9);
        }
      }),
    );
  });

  it('stays within 1..4, and so does the sum of its parts', () => {
    fc.assert(
      fc.property(weightsArb, ratingsArb, (weights, ratings) => {
        const score = scoreRatings(weights, ratings);
        fc.pre(score.composite !== null);
        expect(score.composite).toBeGreaterThanOrEqual(1);
        expect(score.composite).toBeLessThanOrEqual(4);
        const parts = sumOfContributions(score);
        expect(parts).toBeGreaterThanOrEqual(1 - 1e-9);
        expect(parts).toBeLessThanOrEqual(4 + 1e-9);
        for (const c of score.competencies) expect(c.contribution).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('coverage is the total weight of the covered competencies', () => {
    fc.assert(
      fc.property(weightsArb, ratingsArb, (weights, ratings) => {
        const covered = COMPETENCY_KEYS.filter((k) => (ratings[k]?.length ?? 0) > 0);
        const expected = covered.reduce((sum, k) => sum + weights[k], 0);
        expect(scoreRatings(weights, ratings).coverage).toBeCloseTo(expected, 12);
      }),
    );
  });

  it('does not change composite or contributions when every weight is scaled by the same positive factor', () => {
    fc.assert(
      fc.property(weightsArb, ratingsArb, fc.double({ min: 1e-6, max: 1e6, noNaN: true }), (weights, ratings, factor) => {
        const scaled = Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, weights[k] * factor])) as Weights;
        const before = scoreRatings(weights, ratings);
        const after = scoreRatings(scaled, ratings);
        if (before.composite === null) {
          expect(after.composite).toBeNull();
          return;
        }
        expect(Math.abs(after.composite! - before.composite)).toBeLessThanOrEqual(1e-9);
        for (const [i, c] of before.competencies.entries()) {
          expect(Math.abs(after.competencies[i].contribution - c.contribution)).toBeLessThanOrEqual(1e-9);
        }
        expect(after.coverage).toBeCloseTo(before.coverage * factor, 6);
      }),
    );
  });

  it('does not change them either at the ends of the double range (power-of-two factors scale exactly)', () => {
    // any double in 0..1, and often a few multiples of the smallest double, where w·mean rounds badly
    const anyWeightArb = fc.oneof(
      fc.constant(0),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.integer({ min: 1, max: 1000 }).map((n) => n * Number.MIN_VALUE),
    );
    const anyWeightsArb: fc.Arbitrary<Weights> = fc.record(
      Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, anyWeightArb])) as Record<CompetencyKey, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(anyWeightsArb, ratingsArb, fc.integer({ min: -300, max: 300 }), (weights, ratings, exponent) => {
        const factor = 2 ** exponent;
        const scaled = Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, weights[k] * factor])) as Weights;
        // only where the scaled weights still hold the same values (no bits lost below the subnormal range)
        fc.pre(COMPETENCY_KEYS.every((k) => scaled[k] / factor === weights[k]));
        const before = scoreRatings(weights, ratings);
        const after = scoreRatings(scaled, ratings);
        if (before.composite === null) {
          expect(after.composite).toBeNull();
          return;
        }
        expect(Math.abs(after.composite! - before.composite)).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(before.composite - oracleOfShares(weights, ratings))).toBeLessThanOrEqual(1e-9);
        for (const [i, c] of before.competencies.entries()) {
          expect(Math.abs(after.competencies[i].contribution - c.contribution)).toBeLessThanOrEqual(1e-9);
        }
      }),
    );
  });

  it('is not moved by an uncovered competency, whatever its weight', () => {
    fc.assert(
      fc.property(weightsArb, ratingsArb, keyArb, fc.double({ min: 0, max: 1000, noNaN: true }), (weights, ratings, key, newWeight) => {
        const withoutKey: RatingsByCompetency = { ...ratings, [key]: [] };
        const before = scoreRatings(weights, withoutKey);
        const after = scoreRatings({ ...weights, [key]: newWeight }, withoutKey);
        expect(after.composite).toBe(before.composite);
        expect(after.coverage).toBe(before.coverage);
        expect(after.competencies.map((c) => c.contribution)).toEqual(before.competencies.map((c) => c.contribution));
      }),
    );
  });

  it('is not moved by adding ratings on a competency of weight 0', () => {
    fc.assert(
      fc.property(weightsArb, ratingsArb, keyArb, fc.array(ratingArb, { minLength: 1, maxLength: 5 }), (weights, ratings, key, added) => {
        const zeroed: Weights = { ...weights, [key]: 0 };
        const before = scoreRatings(zeroed, { ...ratings, [key]: [] });
        const after = scoreRatings(zeroed, { ...ratings, [key]: added });
        expect(after.composite).toBe(before.composite);
        expect(after.coverage).toBe(before.coverage);
        expect(contributionOf(after, key)).toBe(0);
      }),
    );
  });

  it('never lowers the composite when a rating is raised', () => {
    fc.assert(
      fc.property(weightsArb, ratingsArb, keyArb, ratingArb, (weights, ratings, key, rating) => {
        const values = ratings[key] ?? [];
        const before = scoreRatings(weights, { ...ratings, [key]: [...values, rating] });
        const after = scoreRatings(weights, { ...ratings, [key]: [...values, 4] });
        fc.pre(before.composite !== null);
        expect(after.composite!).toBeGreaterThanOrEqual(before.composite! - 1e-12);
      }),
    );
  });
});
