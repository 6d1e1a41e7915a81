import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  betaCdf,
  betaQuantile,
  forecastHires,
  passThroughPosterior,
  sampleBeta,
  seededRandom,
  type ForecastStageInput,
} from './forecast.js';

function stage(name: string, passed: number, failed: number, active: number, meanDaysInStage: number | null): ForecastStageInput {
  return { name, passed, failed, active, meanDaysInStage };
}

describe('the Beta distribution', () => {
  it('matches closed forms and reference values (scipy.stats.beta)', () => {
    // Beta(2, 1): CDF x², so the quantiles are √q.
    expect(betaQuantile(0.05, 2, 1)).toBeCloseTo(Math.sqrt(0.05), 9);
    expect(betaQuantile(0.95, 2, 1)).toBeCloseTo(Math.sqrt(0.95), 9);
    // Beta(1, 3): CDF 1 − (1 − x)³.
    expect(betaQuantile(0.05, 1, 3)).toBeCloseTo(1 - Math.cbrt(0.95), 9);
    expect(betaCdf(0.3, 2.5, 4.5)).toBeCloseTo(0.40653901668245934, 9);
    expect(betaQuantile(0.05, 9, 3)).toBeCloseTo(0.5299132, 6);
    expect(betaQuantile(0.95, 9, 3)).toBeCloseTo(0.92117995, 6);
    expect(betaQuantile(0.05, 31, 11)).toBeCloseTo(0.62149395, 6);
    expect(betaQuantile(0.95, 31, 11)).toBeCloseTo(0.84166463, 6);
  });

  it('is sampled with the right mean from a seeded generator, reproducibly', () => {
    const draw = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 20_000 }, () => sampleBeta(9, 3, random));
    };
    const a = draw(7);
    expect(a).toEqual(draw(7));
    expect(a.reduce((s, x) => s + x, 0) / a.length).toBeCloseTo(0.75, 2);
    expect(draw(8)).not.toEqual(a);
  });
});

describe('passThroughPosterior', () => {
  it('is Beta(1 + passed, 1 + failed) with its 90% interval', () => {
    // 8 passed, 2 failed → Beta(9, 3): mean 9/12.
    expect(passThroughPosterior(8, 2)).toEqual({
      alpha: 9,
      beta: 3,
      mean: 0.75,
      low: expect.closeTo(0.5299132, 6),
      high: expect.closeTo(0.92117995, 6),
    });
    // No history: the uniform prior, honestly wide.
    const prior = passThroughPosterior(0, 0);
    expect([prior.mean, prior.low, prior.high].map((x) => Number(x.toFixed(9)))).toEqual([0.5, 0.05, 0.95]);
  });

  it('rejects counts that are not counts', () => {
    expect(() => passThroughPosterior(-1, 0)).toThrow(RangeError);
    expect(() => passThroughPosterior(1.5, 0)).toThrow(RangeError);
  });

  it('has low ≤ mean ≤ high, and one more pass raises all three', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (passed, failed) => {
        const p = passThroughPosterior(passed, failed);
        expect(p.low).toBeLessThanOrEqual(p.mean + 1e-12);
        expect(p.mean).toBeLessThanOrEqual(p.high + 1e-12);
        const more = passThroughPosterior(passed + 1, failed);
        expect(more.mean).toBeGreaterThan(p.mean);
        expect(more.low).toBeGreaterThan(p.low);
        expect(more.high).toBeGreaterThan(p.high);
      }),
      { numRuns: 60 },
    );
  });
});

describe('forecastHires', () => {
  it('works out the weekly need per stage (worked example, empty pipeline)', () => {
    // Screen: 3 passed, 1 failed → Beta(4, 2), mean 2/3. Onsite: 1 passed (hired), 0 failed → Beta(2, 1), mean 2/3.
    // P(hire | onsite) = 2/3; P(hire | screen) = 4/9. Days to hire: onsite 7, screen 14. 28 days to the target.
    // Gap = 3 − 0 − 0 = 3. Onsite: 3 / (2/3) over (28 − 7)/7 = 3 weeks → 1.5 a week. Screen: 3 / (4/9) over 2 weeks → 3.375.
    const result = forecastHires({
      stages: [stage('Screen', 3, 1, 0, 7), stage('Onsite', 1, 0, 0, 7)],
      headcount: 3,
      hiredSoFar: 0,
      daysToTarget: 28,
    });
    expect(result.expectedHires).toEqual({ mean: 0, low: 0, high: 0 });
    expect(result.expectedGap).toBe(3);
    expect(result.probabilityOfReachingHeadcount).toBe(0);
    expect(result.stages.map((s) => [s.name, s.daysToHire, s.inTime])).toEqual([
      ['Screen', 14, true],
      ['Onsite', 7, true],
    ]);
    expect(result.stages[0]!.hireProbability).toBeCloseTo(4 / 9, 12);
    expect(result.stages[0]!.neededPerWeek).toBeCloseTo(3.375, 12);
    expect(result.stages[1]!.neededPerWeek).toBeCloseTo(1.5, 12);
  });

  it('expects about n·p hires from one stage, and ignores stages that cannot finish in time', () => {
    // Final stage: 8 passed, 2 failed → mean .75; 10 active → about 7.5 hires, interval from Binomial and Beta spread.
    const result = forecastHires({
      stages: [stage('Screen', 0, 0, 50, 60), stage('Final', 8, 2, 10, 10)],
      headcount: 20,
      hiredSoFar: 1,
      daysToTarget: 30,
    });
    // Screen needs 70 days to a hire: its 50 are not counted.
    expect(result.stages.map((s) => s.inTime)).toEqual([false, true]);
    expect(result.expectedHires.mean).toBeGreaterThan(7.2);
    expect(result.expectedHires.mean).toBeLessThan(7.8);
    expect(result.expectedHires.low).toBeGreaterThanOrEqual(3);
    expect(result.expectedHires.low).toBeLessThanOrEqual(6);
    expect(result.expectedHires.high).toBeGreaterThanOrEqual(9);
    expect(result.expectedHires.high).toBeLessThanOrEqual(10);
    // Nothing entering the screen today can be hired in time.
    expect(result.stages[0]!.neededPerWeek).toBeNull();
    expect(result.probabilityOfReachingHeadcount).toBe(0);
  });

  it('needs nothing more when the headcount is already reached', () => {
    const result = forecastHires({ stages: [stage('Final', 5, 5, 0, 5)], headcount: 2, hiredSoFar: 2, daysToTarget: 10 });
    expect(result.stages[0]!.neededPerWeek).toBe(0);
    expect(result.probabilityOfReachingHeadcount).toBe(1);
  });

  it('is reproducible with its seed and keeps 0 ≤ low ≤ high ≤ active in time, and the mean within 0..active in time', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            passed: fc.integer({ min: 0, max: 50 }),
            failed: fc.integer({ min: 0, max: 50 }),
            active: fc.integer({ min: 0, max: 30 }),
            days: fc.option(fc.integer({ min: 0, max: 40 })),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: -10, max: 120 }),
        (rows, headcount, daysToTarget) => {
          const input = {
            stages: rows.map((r, i) => stage(`S${i}`, r.passed, r.failed, r.active, r.days)),
            headcount,
            hiredSoFar: 0,
            daysToTarget,
            draws: 200,
          };
          const a = forecastHires(input);
          expect(forecastHires(input)).toEqual(a);
          const cap = a.stages.reduce((s, st) => s + (st.inTime ? st.active : 0), 0);
          // A 5th–95th percentile interval need not hold the mean of a skewed count (4% of draws
          // with one hire: mean 0.04, both percentiles 0), so the interval is checked on its own.
          expect(a.expectedHires.low).toBeLessThanOrEqual(a.expectedHires.high);
          expect(a.expectedHires.low).toBeGreaterThanOrEqual(0);
          expect(a.expectedHires.mean).toBeGreaterThanOrEqual(0);
          expect(a.expectedHires.mean).toBeLessThanOrEqual(cap);
          expect(a.expectedHires.high).toBeLessThanOrEqual(cap);
          for (const s of a.stages) if (s.neededPerWeek !== null) expect(s.neededPerWeek).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 40 },
    );
    // The counterexample fast-check found: one active application, a stage nobody ever passed.
    const skewed = forecastHires({
      stages: [stage('S0', 0, 0, 1, null), stage('S1', 0, 13, 0, null)],
      headcount: 1,
      hiredSoFar: 0,
      daysToTarget: 0,
      draws: 200,
    });
    expect(skewed.expectedHires.high).toBeLessThanOrEqual(1);
    expect(skewed.expectedHires.mean).toBeLessThanOrEqual(1);
  });

  it('refuses a headcount or draw count that makes no sense', () => {
    expect(() => forecastHires({ stages: [], headcount: 0, hiredSoFar: 0, daysToTarget: 10 })).toThrow(RangeError);
    expect(() => forecastHires({ stages: [], headcount: 1, hiredSoFar: 0, daysToTarget: 10, draws: 0 })).toThrow(RangeError);
  });
});
