import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RECOMMENDATIONS, type Recommendation } from '@loopboard/contracts';
import { dissent, isSplit } from './dissent.js';

describe('dissent: worked examples', () => {
  it('is 0 when the panel agrees, ignoring no decision', () => {
    // yes, yes → 3, 3: mean 3, every deviation 0
    expect(dissent(['yes', 'yes', 'no_decision'])).toBe(0);
    expect(dissent(['definitely_not', 'no_decision', 'definitely_not', 'definitely_not'])).toBe(0);
  });

  it('is 1.5 at most: half "definitely not", half "strong yes"', () => {
    // 4, 1: mean 2.5, deviations ±1.5, variance (2.25 + 2.25)/2 = 2.25, σ = 1.5
    expect(dissent(['strong_yes', 'definitely_not'])).toBe(1.5);
    expect(dissent(['strong_yes', 'definitely_not', 'strong_yes', 'definitely_not', 'no_decision'])).toBe(1.5);
  });

  it('is the population standard deviation on the 1–4 scale', () => {
    // strong yes, yes, no → 4, 3, 2: mean 3, deviations 1, 0, −1, variance 2/3, σ = √(2/3) ≈ 0.8165
    expect(dissent(['strong_yes', 'yes', 'no'])).toBeCloseTo(Math.sqrt(2 / 3), 12);
    // yes, no → 3, 2: mean 2.5, deviations ±.5, variance .25, σ = .5
    expect(dissent(['yes', 'no'])).toBe(0.5);
    // strong yes, yes, yes, definitely not → 4, 3, 3, 1: mean 11/4 = 2.75
    // deviations 1.25, .25, .25, −1.75 → squares 1.5625 + .0625 + .0625 + 3.0625 = 4.75; variance 4.75/4 = 1.1875; σ ≈ 1.0897
    expect(dissent(['strong_yes', 'yes', 'yes', 'definitely_not'])).toBeCloseTo(Math.sqrt(1.1875), 12);
  });

  it('is null with fewer than two decisive recommendations', () => {
    expect(dissent([])).toBeNull();
    expect(dissent(['strong_yes'])).toBeNull();
    expect(dissent(['yes', 'no_decision', 'no_decision'])).toBeNull();
  });
});

describe('isSplit', () => {
  it('needs at least one hire and one no-hire', () => {
    expect(isSplit(['yes', 'no'])).toBe(true);
    expect(isSplit(['strong_yes', 'no_decision', 'definitely_not'])).toBe(true);
    expect(isSplit(['yes', 'strong_yes', 'no_decision'])).toBe(false);
    expect(isSplit(['no', 'definitely_not'])).toBe(false);
    expect(isSplit(['no_decision'])).toBe(false);
    expect(isSplit([])).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const decisive = RECOMMENDATIONS.filter((r) => r !== 'no_decision');
const recommendationArb = fc.constantFrom(...RECOMMENDATIONS);
const recommendationsArb = fc.array(recommendationArb, { maxLength: 12 });

/** Inserts `count` no_decision entries at the given positions (each taken modulo the growing length). */
function withNoDecisions(recommendations: readonly Recommendation[], positions: readonly number[]): Recommendation[] {
  const out = [...recommendations];
  for (const p of positions) out.splice(p % (out.length + 1), 0, 'no_decision');
  return out;
}

describe('dissent: properties', () => {
  it('is 0 whenever at least two decisive recommendations all agree', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...decisive),
        fc.integer({ min: 2, max: 10 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        (value, count, positions) => {
          expect(dissent(withNoDecisions(Array<Recommendation>(count).fill(value), positions))).toBe(0);
        },
      ),
    );
  });

  it('stays within 0..1.5, and is null exactly when fewer than two are decisive', () => {
    fc.assert(
      fc.property(recommendationsArb, (recommendations) => {
        const d = dissent(recommendations);
        const decisiveCount = recommendations.filter((r) => r !== 'no_decision').length;
        if (decisiveCount < 2) {
          expect(d).toBeNull();
          return;
        }
        expect(d).not.toBeNull();
        expect(d!).toBeGreaterThanOrEqual(0);
        expect(d!).toBeLessThanOrEqual(1.5);
      }),
    );
  });

  it('is positive as soon as two decisive recommendations differ', () => {
    fc.assert(
      fc.property(recommendationsArb, (recommendations) => {
        const distinct = new Set(recommendations.filter((r) => r !== 'no_decision'));
        fc.pre(distinct.size >= 2);
        expect(dissent(recommendations)!).toBeGreaterThan(0);
        expect(isSplit(recommendations)).toBe(
          [...distinct].some((r) => r === 'yes' || r === 'strong_yes') && [...distinct].some((r) => r === 'no' || r === 'definitely_not'),
        );
      }),
    );
  });

  it('is never changed by no_decision, wherever it is added', () => {
    fc.assert(
      fc.property(recommendationsArb, fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), (recommendations, positions) => {
        const padded = withNoDecisions(recommendations, positions);
        expect(dissent(padded)).toBe(dissent(recommendations));
        expect(isSplit(padded)).toBe(isSplit(recommendations));
      }),
    );
  });

  it('does not depend on the order of the recommendations', () => {
    fc.assert(
      fc.property(recommendationsArb, fc.array(fc.nat()), (recommendations, keys) => {
        const shuffled = recommendations
          .map((r, i) => ({ r, key: keys[i] ?? i }))
          .sort((a, b) => a.key - b.key)
          .map(({ r }) => r);
        const before = dissent(recommendations);
        const after = dissent(shuffled);
        if (before === null) expect(after).toBeNull();
        else expect(after!).toBeCloseTo(before, 12);
      }),
    );
  });
});
