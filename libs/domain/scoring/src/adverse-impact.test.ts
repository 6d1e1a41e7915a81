import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { adverseImpact, fisherExactTwoSided, type GroupCounts } from './adverse-impact.js';

describe('fisherExactTwoSided', () => {
  it('matches reference p-values (scipy.stats.fisher_exact, R fisher.test)', () => {
    expect(fisherExactTwoSided(3, 1, 1, 3)).toBeCloseTo(0.48571428571428565, 12); // the lady tasting tea
    expect(fisherExactTwoSided(1, 9, 11, 3)).toBeCloseTo(0.0027594561852200836, 12);
    expect(fisherExactTwoSided(2, 8, 9, 3)).toBeCloseTo(0.029973122852379817, 12);
    expect(fisherExactTwoSided(6, 14, 12, 8)).toBeCloseTo(0.1109695370274758, 12);
    expect(fisherExactTwoSided(5, 5, 5, 5)).toBeCloseTo(1, 12);
  });

  it('is a probability, symmetric in the order of the groups', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), fc.nat(40), (a, b, c, d) => {
        const p = fisherExactTwoSided(a, b, c, d);
        expect(p).toBeGreaterThan(0);
        expect(p).toBeLessThanOrEqual(1);
        expect(fisherExactTwoSided(c, d, a, b)).toBeCloseTo(p, 10);
        expect(fisherExactTwoSided(b, a, d, c)).toBeCloseTo(p, 10);
      }),
      { numRuns: 100 },
    );
  });
});

function g(group: string, applicants: number, selected: number, scored = 0, scoredHigh = 0): GroupCounts {
  return { group, applicants, selected, scored, scoredHigh };
}

describe('adverseImpact', () => {
  it('compares each group with the highest selection rate and flags ratios below 0.8 (worked example)', () => {
    // women 6/20 = .30, men 12/20 = .60 → ratio .5, flagged; Fisher p of [[6,14],[12,8]] = .1110.
    // Scoring: women 8/10 ≥ 3, men 9/12 → men .75 / women .8 = .9375, not flagged; women are the scoring reference.
    // nonbinary: 3 applicants, below 5 → omitted.
    const report = adverseImpact([g('woman', 20, 6, 10, 8), g('man', 20, 12, 12, 9), g('non_binary', 3, 3, 3, 3)]);
    expect(report.omitted).toBe(1);
    expect(report.selectionReference).toBe('man');
    expect(report.scoringReference).toBe('woman');
    expect(report.groups.map((x) => x.group)).toEqual(['woman', 'man']);
    const woman = report.groups[0]!;
    expect(woman.selection).toEqual({ rate: 0.3, impactRatio: 0.5, flagged: true, pValue: expect.closeTo(0.1109695370274758, 12) });
    expect(woman.scoring).toEqual({ rate: 0.8, impactRatio: 1, flagged: false, pValue: null });
    const man = report.groups[1]!;
    expect(man.selection).toEqual({ rate: 0.6, impactRatio: 1, flagged: false, pValue: null });
    expect(man.scoring.impactRatio).toBeCloseTo(0.9375, 12);
    expect(man.scoring.flagged).toBe(false);
    expect(man.scoring.pValue).toBeCloseTo(fisherExactTwoSided(9, 3, 8, 2), 12);
  });

  it('has no ratio when nobody was selected or scored', () => {
    const report = adverseImpact([g('a', 5, 0), g('b', 6, 0)]);
    expect(report.groups.map((x) => [x.selection.rate, x.selection.impactRatio, x.selection.flagged, x.scoring.rate])).toEqual([
      [0, null, false, null],
      [0, null, false, null],
    ]);
    expect(report.scoringReference).toBeNull();
  });

  it('rejects counts that do not add up', () => {
    expect(() => adverseImpact([g('a', 5, 6)])).toThrow(RangeError);
    expect(() => adverseImpact([g('a', 5, 1, 2, 3)])).toThrow(RangeError);
  });

  it('gives the reference group ratio 1 and every other a ratio in [0, 1], whatever the input order', () => {
    const groupArb = fc
      .integer({ min: 0, max: 60 })
      .chain((applicants) => fc.record({ applicants: fc.constant(applicants), selected: fc.integer({ min: 0, max: applicants }) }));
    fc.assert(
      fc.property(fc.array(groupArb, { minLength: 1, maxLength: 6 }), (rows) => {
        const counts = rows.map((r, i) => g(`g${i}`, r.applicants, r.selected));
        const report = adverseImpact(counts);
        const reversed = adverseImpact([...counts].reverse());
        expect(reversed.selectionReference).toBe(report.selectionReference);
        expect(report.omitted).toBe(counts.filter((c) => c.applicants < 5).length);
        for (const x of report.groups) {
          if (x.selection.impactRatio === null) continue;
          expect(x.selection.impactRatio).toBeGreaterThanOrEqual(0);
          expect(x.selection.impactRatio).toBeLessThanOrEqual(1);
          if (x.group === report.selectionReference) expect(x.selection.impactRatio).toBe(1);
        }
      }),
      { numRuns: 100 },
    );
  });
});
