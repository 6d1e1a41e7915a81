import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPETENCY_KEYS, type Weights } from '@loopboard/contracts';
import { diffWeights, normalizeWeights, sumWeights, validateWeights } from './weights.js';

const mlEngineer: Weights = { ml: 0.25, math: 0.1, swe: 0.25, data: 0.05, ops: 0.15, research: 0.05, comms: 0.1, product: 0.05 };

describe('validateWeights', () => {
  it('accepts the seeded ML engineer weights, whose decimal sum is not exactly 1 in binary', () => {
    expect(validateWeights(mlEngineer)).toEqual([]);
  });

  it('names the sum when weights do not add up to 1', () => {
    expect(validateWeights({ ...mlEngineer, ml: 0.3 })).toEqual([{ field: 'weights', reason: 'must sum to 1 (they sum to 1.05)' }]);
  });

  it('rejects a sum off by more than 1e-9 but tolerates less', () => {
    expect(validateWeights({ ...mlEngineer, product: 0.05 + 2e-9 })).toHaveLength(1);
    expect(validateWeights({ ...mlEngineer, product: 0.05 + 5e-10 })).toEqual([]);
  });

  it('names each missing, unknown, non-numeric and out-of-range key', () => {
    const { ml: _ml, ...withoutMl } = mlEngineer;
    expect(validateWeights(withoutMl)).toEqual([{ field: 'weights.ml', reason: 'is required' }]);
    expect(validateWeights({ ...mlEngineer, taste: 0 })[0]).toMatchObject({ field: 'weights.taste' });
    expect(validateWeights({ ...mlEngineer, swe: '0.25' })).toEqual([{ field: 'weights.swe', reason: 'must be a number' }]);
    expect(validateWeights({ ...mlEngineer, swe: Number.NaN })).toEqual([{ field: 'weights.swe', reason: 'must be a number' }]);
    expect(validateWeights({ ...mlEngineer, ops: -0.1, ml: 1.5 })).toEqual([
      { field: 'weights.ml', reason: 'must be between 0 and 1' },
      { field: 'weights.ops', reason: 'must be between 0 and 1' },
    ]);
  });

  it('rejects non-objects', () => {
    for (const bad of [null, 3, 'x', [0.5, 0.5]]) expect(validateWeights(bad)[0]?.field).toBe('weights');
  });
});

describe('normalizeWeights', () => {
  it('always produces a valid weights vector from non-negative input with a positive sum', () => {
    const weightArb = fc.record(
      Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, fc.double({ min: 0, max: 1000, noNaN: true })])) as Record<keyof Weights, fc.Arbitrary<number>>,
    );
    fc.assert(
      fc.property(weightArb, (w) => {
        fc.pre(sumWeights(w) > 1e-6);
        expect(validateWeights(normalizeWeights(w))).toEqual([]);
      }),
    );
  });

  it('keeps proportions', () => {
    const n = normalizeWeights({ ml: 2, math: 2, swe: 4, data: 0, ops: 0, research: 0, comms: 0, product: 0 });
    expect(n).toMatchObject({ ml: 0.25, math: 0.25, swe: 0.5, data: 0 });
  });
});

describe('diffWeights', () => {
  it('gives the change per competency', () => {
    const after = { ...mlEngineer, ml: 0.2, swe: 0.3 };
    const d = diffWeights(mlEngineer, after);
    expect(d.ml).toBeCloseTo(-0.05);
    expect(d.swe).toBeCloseTo(0.05);
    expect(d.math).toBe(0);
  });
});
