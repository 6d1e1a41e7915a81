import { describe, expect, it } from 'vitest';
import { formatChange, formatPercent, formatSum } from './weightFormat';

describe('weight formatting', () => {
  it('shows weights as percentages with at most one decimal', () => {
    expect([0.25, 0.125, 0, 1, 0.2857].map(formatPercent)).toEqual(['25%', '12.5%', '0%', '100%', '28.6%']);
  });

  it('shows changes as signed percentage points', () => {
    expect([0.05, -0.025, 0, 1e-6].map(formatChange)).toEqual(['+5 pts', '\u22122.5 pts', 'no change', 'no change']);
  });

  it('shows the sum with two decimals unless that would hide why it is not 1', () => {
    expect(formatSum(1.0500000000000003)).toBe('1.05');
    expect(formatSum(0.9999999999999999)).toBe('1.00');
    expect(formatSum(0.999)).toBe('0.999');
    expect(formatSum(1.125)).toBe('1.125');
  });
});
