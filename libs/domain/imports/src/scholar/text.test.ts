import { describe, expect, it } from 'vitest';
import { collapseWhitespace, expandLigatures } from './text.js';

describe('expandLigatures', () => {
  it('spells out the ligature block and leaves quotes, symbols and accents alone', () => {
    expect(expandLigatures('arti\ufb01cial \ufb02ow e\ufb03cient \ufb00 \ufb04 \ufb06')).toBe('artificial flow efficient ff ffl st');
    expect(expandLigatures('Moore ’ s Law — ½ λ þ Schölkopf')).toBe('Moore ’ s Law — ½ λ þ Schölkopf');
  });
});

describe('collapseWhitespace', () => {
  it('joins wrapped lines into one spaced line', () => {
    expect(collapseWhitespace('  From stripe to checkerboard order\n  of quenched\tdisorder ')).toBe(
      'From stripe to checkerboard order of quenched disorder',
    );
  });
});
