import { describe, expect, it } from 'vitest';
import { formatAuthorPosition, formatCredit, ordinal } from './formatSignals';

describe('formatSignals', () => {
  it('writes ordinals the English way, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
    ]);
  });

  it('gives the author position out of the author count, marking a truncated list', () => {
    expect(formatAuthorPosition(1, 5)).toBe('1st of 5');
    expect(formatAuthorPosition(12, 50, true)).toBe('12th of 50+');
  });

  it('rounds credit-adjusted counts to one decimal', () => {
    expect([0, 0.2, 1.25, 3.333].map(formatCredit)).toEqual(['0.0', '0.2', '1.3', '3.3']);
  });
});
