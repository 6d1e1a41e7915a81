import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPETENCY_KEYS } from '@loopboard/contracts';
import { LENIENCY_SHRINKAGE, calibrate, leniencies, panelDifferences, shrink, type PanelRating } from './calibration.js';

function rating(applicationId: string, competency: string, interviewerId: string, value: number): PanelRating {
  return { applicationId, competency, interviewerId, rating: value };
}

describe('leniencies: worked example over three applications', () => {
  const panel: PanelRating[] = [
    rating('app1', 'ml', 'A', 4),
    rating('app1', 'ml', 'B', 3),
    rating('app1', 'ml', 'C', 2),
    rating('app1', 'swe', 'A', 3),
    rating('app1', 'swe', 'B', 3),
    rating('app2', 'ml', 'A', 4),
    rating('app2', 'ml', 'C', 2),
    rating('app3', 'comms', 'A', 4),
    rating('app3', 'comms', 'B', 2),
    rating('app3', 'comms', 'C', 3),
    rating('app3', 'math', 'B', 3), // alone on its cell: no panel to compare with
    rating('app3', 'product', 'D', 2), // D never shares a cell
  ];
  // Each rating minus the mean of the other interviewers' ratings on the same application and competency:
  //   app1 ml    A 4 − (3+2)/2 = +1.5   B 3 − (4+2)/2 = 0      C 2 − (4+3)/2 = −1.5
  //   app1 swe   A 3 − 3 = 0            B 3 − 3 = 0
  //   app2 ml    A 4 − 2 = +2                                  C 2 − 4 = −2
  //   app3 comms A 4 − (2+3)/2 = +1.5   B 2 − (4+3)/2 = −1.5   C 3 − (4+2)/2 = 0
  // A: sum 1.5 + 0 + 2 + 1.5 = 5, n 4 → mean 1.25 → leniency 1.25 · 4/(4+5) = 5/9 ≈ .5556
  // B: sum 0 + 0 − 1.5 = −1.5, n 3 → mean −.5 → leniency −.5 · 3/8 = −.1875
  // C: sum −1.5 − 2 + 0 = −3.5, n 3 → mean −7/6 → leniency −7/6 · 3/8 = −3.5/8 = −.4375
  // D: no comparisons → 0
  it('gives each interviewer the shrunk mean difference from the rest of the panel', () => {
    const result = leniencies(panel);
    expect(result.get('A')!.comparisons).toBe(4);
    expect(result.get('A')!.meanDifference).toBeCloseTo(1.25, 12);
    expect(result.get('A')!.leniency).toBeCloseTo(5 / 9, 12);
    expect(result.get('B')).toMatchObject({ comparisons: 3 });
    expect(result.get('B')!.meanDifference).toBeCloseTo(-0.5, 12);
    expect(result.get('B')!.leniency).toBeCloseTo(-0.1875, 12);
    expect(result.get('C')!.comparisons).toBe(3);
    expect(result.get('C')!.meanDifference).toBeCloseTo(-7 / 6, 12);
    expect(result.get('C')!.leniency).toBeCloseTo(-0.4375, 12);
    expect(result.get('D')).toEqual({ leniency: 0, meanDifference: 0, comparisons: 0 });
    expect([...result.keys()].sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('exposes the per-interviewer sums the API keeps per application', () => {
    const sums = panelDifferences(panel);
    expect(sums.get('A')).toEqual({ sum: 5, n: 4 });
    expect(sums.get('B')).toEqual({ sum: -1.5, n: 3 });
    expect(sums.get('C')).toEqual({ sum: -3.5, n: 3 });
    expect(sums.has('D')).toBe(false);
  });

  it('calibrates ratings by subtracting the leniency, kept within 1..4', () => {
    // A (leniency 5/9): 4 → 4 − 5/9 = 3.444…; 1 → 1 − 5/9 = .444… → clamped to 1
    expect(calibrate(4, 5 / 9)).toBeCloseTo(31 / 9, 12);
    expect(calibrate(1, 5 / 9)).toBe(1);
    // C (leniency −.4375): 2 → 2.4375; 4 → 4.4375 → clamped to 4
    expect(calibrate(2, -0.4375)).toBe(2.4375);
    expect(calibrate(4, -0.4375)).toBe(4);
    expect(calibrate(3, 0)).toBe(3);
  });
});

describe('leniencies: the panel is the other interviewers', () => {
  it('does not compare an interviewer with their own second rating on the same cell', () => {
    // app1 ml: A rated 4 and 2 (two interviews of the loop), B rated 1.
    //   A: 4 − 1 = 3 and 2 − 1 = 1 → sum 4, n 2 → mean 2 → leniency 2 · 2/7 = 4/7
    //   B: 1 − (4+2)/2 = −2 → n 1 → leniency −2 · 1/6 = −1/3
    // app2 ml: only C, twice → no panel, no comparisons
    const result = leniencies([
      rating('app1', 'ml', 'A', 4),
      rating('app1', 'ml', 'A', 2),
      rating('app1', 'ml', 'B', 1),
      rating('app2', 'ml', 'C', 4),
      rating('app2', 'ml', 'C', 1),
    ]);
    expect(result.get('A')!.meanDifference).toBeCloseTo(2, 12);
    expect(result.get('A')!.leniency).toBeCloseTo(4 / 7, 12);
    expect(result.get('B')!.leniency).toBeCloseTo(-1 / 3, 12);
    expect(result.get('C')).toEqual({ leniency: 0, meanDifference: 0, comparisons: 0 });
  });

  it('keeps the same competency on different applications apart', () => {
    // app1 ml A 4 / B 2, app2 ml B 4 alone: A's panel on app1 is B's 2 only → +2, n 1 → 2 · 1/6 = 1/3
    const result = leniencies([rating('app1', 'ml', 'A', 4), rating('app1', 'ml', 'B', 2), rating('app2', 'ml', 'B', 4)]);
    expect(result.get('A')!.leniency).toBeCloseTo(1 / 3, 12);
    expect(result.get('B')!.comparisons).toBe(1);
  });
});

describe('shrink', () => {
  it('multiplies by n/(n+5), and is 0 without comparisons', () => {
    expect(LENIENCY_SHRINKAGE).toBe(5);
    expect(shrink(1, 5)).toBe(0.5); // 1 · 5/10
    expect(shrink(-0.9, 1)).toBeCloseTo(-0.15, 12); // −.9 · 1/6
    expect(shrink(2, 45)).toBeCloseTo(1.8, 12); // 2 · 45/50
    expect(shrink(1.2, 0)).toBe(0);
    expect(shrink(1, 2, 2)).toBe(0.5); // k = 2: 1 · 2/4
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const ratingValueArb = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.double({ min: 1, max: 4, noNaN: true }));
const competencyArb = fc.constantFrom(...COMPETENCY_KEYS.slice(0, 3));
const panelRatingArb: fc.Arbitrary<PanelRating> = fc.record({
  applicationId: fc.constantFrom('app1', 'app2', 'app3', 'app4'),
  competency: competencyArb,
  interviewerId: fc.constantFrom('A', 'B', 'C', 'D'),
  rating: ratingValueArb,
});
const panelArb = fc.array(panelRatingArb, { maxLength: 40 });

describe('leniencies: properties', () => {
  it('is zero for a perfectly average interviewer (every rating equals the mean of the others on the same cell)', () => {
    const otherRatingArb = fc.record({ interviewerId: fc.constantFrom('B', 'C', 'D'), rating: ratingValueArb });
    const sharedCellArb = fc.record({
      applicationId: fc.integer({ min: 0, max: 9 }).map((i) => `app${i}`),
      competency: competencyArb,
      others: fc.array(otherRatingArb, { minLength: 1, maxLength: 4 }),
      times: fc.integer({ min: 1, max: 2 }), // the average interviewer may rate the cell in two interviews
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(sharedCellArb, { minLength: 1, maxLength: 8, selector: (c) => `${c.applicationId}/${c.competency}` }),
        fc.array(panelRatingArb, { maxLength: 10 }), // cells the average interviewer is not on
        fc.array(fc.record({ competency: competencyArb, rating: ratingValueArb }), { maxLength: 3 }), // A alone on a cell
        (cells, elsewhere, alone) => {
          const ratings: PanelRating[] = [];
          for (const cell of cells) {
            const mean = cell.others.reduce((a, o) => a + o.rating, 0) / cell.others.length;
            for (const o of cell.others) ratings.push(rating(cell.applicationId, cell.competency, o.interviewerId, o.rating));
            for (let i = 0; i < cell.times; i++) ratings.push(rating(cell.applicationId, cell.competency, 'A', mean));
          }
          for (const r of elsewhere)
            ratings.push({
              ...r,
              applicationId: `other-${r.applicationId}`,
              interviewerId: r.interviewerId === 'A' ? 'B' : r.interviewerId,
            });
          for (const [i, r] of alone.entries()) ratings.push(rating(`solo${i}`, r.competency, 'A', r.rating));

          const a = leniencies(ratings).get('A')!;
          expect(Math.abs(a.leniency)).toBeLessThanOrEqual(1e-12);
          expect(Math.abs(a.meanDifference)).toBeLessThanOrEqual(1e-12);
          expect(a.comparisons).toBe(cells.reduce((n, c) => n + c.times, 0));
        },
      ),
    );
  });

  it('shrinks toward 0: the same sign as the mean difference, never larger, by exactly n/(n+5)', () => {
    fc.assert(
      fc.property(panelArb, (ratings) => {
        const result = leniencies(ratings);
        const sums = panelDifferences(ratings);
        expect([...result.keys()].sort()).toEqual([...new Set(ratings.map((r) => r.interviewerId))].sort());
        for (const [interviewerId, l] of result) {
          expect(Math.abs(l.leniency)).toBeLessThanOrEqual(Math.abs(l.meanDifference));
          expect(Math.abs(l.meanDifference)).toBeLessThanOrEqual(3);
          expect(l.leniency * l.meanDifference).toBeGreaterThanOrEqual(0);
          const s = sums.get(interviewerId);
          if (!s) {
            expect(l).toEqual({ leniency: 0, meanDifference: 0, comparisons: 0 });
            continue;
          }
          expect(l.comparisons).toBe(s.n);
          expect(l.meanDifference).toBeCloseTo(s.sum / s.n, 12);
          expect(l.leniency).toBeCloseTo((l.meanDifference * s.n) / (s.n + LENIENCY_SHRINKAGE), 12);
        }
      }),
    );
  });

  it('pulls less as comparisons grow, never past the mean difference', () => {
    fc.assert(
      fc.property(fc.double({ min: -3, max: 3, noNaN: true }), fc.integer({ min: 0, max: 1000 }), (meanDifference, n) => {
        const fewer = shrink(meanDifference, n);
        const more = shrink(meanDifference, n + 1);
        expect(Math.abs(more)).toBeGreaterThanOrEqual(Math.abs(fewer));
        expect(Math.abs(more)).toBeLessThanOrEqual(Math.abs(meanDifference));
      }),
    );
  });

  it('differences cancel out across the panel when each interviewer rates a cell once', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(panelRatingArb, { maxLength: 40, selector: (r) => `${r.applicationId}/${r.competency}/${r.interviewerId}` }),
        (ratings) => {
          // Σ over a cell of (r − mean of the others) = T − Σ(T − r)/(k − 1) = T − (kT − T)/(k − 1) = 0
          let total = 0;
          for (const { sum } of panelDifferences(ratings).values()) total += sum;
          expect(Math.abs(total)).toBeLessThanOrEqual(1e-9);
        },
      ),
    );
  });

  it('compares nothing on cells only one interviewer rated', () => {
    fc.assert(
      fc.property(panelArb, (ratings) => {
        const solo = ratings.map((r) => ({ ...r, interviewerId: `${r.applicationId}/${r.competency}` }));
        expect(panelDifferences(solo).size).toBe(0);
        for (const l of leniencies(solo).values()) expect(l).toEqual({ leniency: 0, meanDifference: 0, comparisons: 0 });
      }),
    );
  });
});

describe('calibrate: properties', () => {
  it('stays within 1..4, and is exactly rating − leniency when that is on the scale', () => {
    fc.assert(
      fc.property(ratingValueArb, fc.double({ min: -10, max: 10, noNaN: true }), (value, leniency) => {
        const calibrated = calibrate(value, leniency);
        expect(calibrated).toBeGreaterThanOrEqual(1);
        expect(calibrated).toBeLessThanOrEqual(4);
        const shifted = value - leniency;
        if (shifted >= 1 && shifted <= 4) expect(calibrated).toBe(shifted);
        else expect(calibrated).toBe(shifted < 1 ? 1 : 4);
      }),
    );
  });

  it('keeps the order of one interviewer’s ratings', () => {
    fc.assert(
      fc.property(ratingValueArb, ratingValueArb, fc.double({ min: -3, max: 3, noNaN: true }), (x, y, leniency) => {
        fc.pre(x <= y);
        expect(calibrate(x, leniency)).toBeLessThanOrEqual(calibrate(y, leniency));
      }),
    );
  });
});
