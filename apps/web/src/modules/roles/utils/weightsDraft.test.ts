import { COMPETENCY_KEYS, type Weights } from '@loopboard/contracts';
import { normalizeWeights, validateWeights } from '@loopboard/domain-scoring';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForEditing, parseDraft, toDraft } from './weightsDraft';

const weightsArb = fc
  .tuple(...COMPETENCY_KEYS.map(() => fc.double({ min: 0, max: 1, noNaN: true })))
  .map((values) => Object.fromEntries(COMPETENCY_KEYS.map((k, i) => [k, values[i]])) as Weights)
  .filter((w) => COMPETENCY_KEYS.some((k) => w[k] > 1e-6));

describe('normalizeForEditing', () => {
  it('always yields weights the API accepts, within 0.0001 of the exact normalisation', () => {
    fc.assert(
      fc.property(weightsArb, (weights) => {
        const edited = normalizeForEditing(weights);
        expect(validateWeights(edited)).toEqual([]);
        const exact = normalizeWeights(weights);
        for (const key of COMPETENCY_KEYS) {
          expect(Math.abs(edited[key] - exact[key])).toBeLessThanOrEqual(1e-4);
          expect(String(edited[key]).replace(/^0\./, '').length).toBeLessThanOrEqual(4);
        }
      }),
    );
  });

  it('keeps every weight within 0.0001 when the rounding falls short on several tiny weights (a case fast-check found)', () => {
    const tiny = 5.000750112516879e-11;
    const weights = {
      ml: 0,
      math: 0,
      swe: tiny,
      data: 0,
      ops: tiny,
      research: 0,
      comms: tiny,
      product: 0.0000010000000000000002,
    } as Weights;
    const edited = normalizeForEditing(weights);
    const exact = normalizeWeights(weights);
    expect(validateWeights(edited)).toEqual([]);
    for (const key of COMPETENCY_KEYS) expect(Math.abs(edited[key] - exact[key])).toBeLessThanOrEqual(1e-4);
  });

  it('treats empty or negative boxes as zero and leaves all-zero weights alone', () => {
    const typed = parseDraft({
      ...toDraft({ ml: 0.5, math: 0, swe: 0.5, data: 0, ops: 0, research: 0, comms: 0, product: 0 }),
      math: '',
      data: '-0.2',
    });
    expect(normalizeForEditing(typed)).toEqual({ ml: 0.5, math: 0, swe: 0.5, data: 0, ops: 0, research: 0, comms: 0, product: 0 });
    const zeros = Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, 0])) as Weights;
    expect(normalizeForEditing(zeros)).toEqual(zeros);
  });
});

describe('parseDraft', () => {
  it('keeps what was typed as numbers and marks an empty box as not a number, so validation names it', () => {
    const weights = parseDraft({
      ...toDraft(normalizeWeights({ ml: 1, math: 1, swe: 1, data: 1, ops: 1, research: 1, comms: 1, product: 1 })),
      ops: ' ',
    });
    expect(weights.ml).toBe(0.125);
    expect(validateWeights(weights)).toEqual([{ field: 'weights.ops', reason: 'must be a number' }]);
  });
});
