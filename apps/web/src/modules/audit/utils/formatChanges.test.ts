import { describe, expect, it } from 'vitest';
import { formatChanges } from './formatChanges';

describe('formatChanges', () => {
  it('writes a changed field as "field: from → to"', () => {
    expect(formatChanges({ role: { from: 'recruiter', to: 'hiring_manager' } })).toEqual(['role: recruiter → hiring_manager']);
    expect(formatChanges({ active: { from: true, to: false }, name: { from: null, to: 'Jane' } })).toEqual([
      'active: true → false',
      'name: none → Jane',
    ]);
  });

  it('lists only the weights that changed', () => {
    const from = { ml: 0.25, math: 0.2, research: 0.3 };
    const to = { ml: 0.3, math: 0.2, research: 0.25 };
    expect(formatChanges({ version: { from: 1, to: 2 }, weights: { from, to } })).toEqual([
      'version: 1 → 2',
      'weights: ml 0.25 → 0.3, research 0.3 → 0.25',
    ]);
    expect(formatChanges({ weights: { from, to: from } })).toEqual(['weights: no change']);
  });

  it('handles per-key changes nested under a field', () => {
    expect(formatChanges({ weights: { ml: { from: 0.25, to: 0.3 }, ops: { from: 0.15, to: 0.1 } } })).toEqual([
      'weights: ml 0.25 → 0.3, ops 0.15 → 0.1',
    ]);
  });

  it('writes facts of an event as they are, and nothing for no changes', () => {
    expect(formatChanges({ email: 'jane@example.com', roles: ['a', 'b'], reason: '' })).toEqual([
      'email: jane@example.com',
      'roles: a, b',
      'reason: (empty)',
    ]);
    expect(formatChanges({})).toEqual([]);
    expect(formatChanges(null)).toEqual([]);
  });

  it('shortens long lists to their first ten items and a count', () => {
    const ids = Array.from({ length: 25 }, (_, i) => `id${i + 1}`);
    expect(formatChanges({ createdCandidateIds: ids })).toEqual([
      'createdCandidateIds: id1, id2, id3, id4, id5, id6, id7, id8, id9, id10 and 15 more',
    ]);
  });
});
