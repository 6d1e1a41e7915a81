import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairMojibake } from './mojibake.js';
import { MOJIBAKE_LOOKALIKE, realText } from './test-support/arbitraries.js';
import { mojibake } from './test-support/encodings.js';

describe('repairMojibake', () => {
  it.each([
    ['JosÃ© RaÃºl Romero', 'José Raúl Romero'],
    ['Oliver WeiÃ\u009fl', 'Oliver Weißl'],
    ['Florian KroiÃ\u009f', 'Florian Kroiß'],
    ['Aurora RamÃ\u00adrez', 'Aurora Ramírez'],
    ['SchÃ¶lkopf', 'Schölkopf'],
    ['Lasse MÃ¸ldrup', 'Lasse Møldrup'],
    ['SÃ³lrÃºn EinarsdÃ³ttir', 'Sólrún Einarsdóttir'],
  ])('restores Latin-1 mojibake as found in the arXiv fixture: %s', (broken, fixed) => {
    expect(repairMojibake(broken)).toBe(fixed);
  });

  it.each([
    ['Oliver WeiÃŸl', 'Oliver Weißl'],
    ['Ãœmit', 'Ümit'],
    ['BarÄ±ÅŸ Ã–zcan', 'Barış Özcan'],
    ['Furkan KÄ±nlÄ±', 'Furkan Kınlı'],
    ['OmeragiÄ‡', 'Omeragić'],
    ['Ä\u0090uranoviÄ‡', 'Đuranović'],
    ['MenteÅŸ', 'Menteş'],
    ['PrÃ¼gel-Bennett', 'Prügel-Bennett'],
    ["d'AlchÃ©-Buc", "d'Alché-Buc"],
  ])('restores Windows-1252 mojibake, where bytes 80–9F became letters and quotes: %s', (broken, fixed) => {
    expect(repairMojibake(broken)).toBe(fixed);
  });

  it('restores Greek and CJK, not only Latin letters', () => {
    expect(repairMojibake('$Î±$-divergence')).toBe('$α$-divergence');
    expect(repairMojibake(mojibake('张伟', 'cp1252'))).toBe('张伟');
    expect(repairMojibake(mojibake('Иван Петров', 'latin1'))).toBe('Иван Петров');
  });

  it('repairs double mojibake', () => {
    expect(repairMojibake(mojibake(mojibake('Schölkopf', 'cp1252'), 'cp1252'))).toBe('Schölkopf');
    expect(repairMojibake(mojibake(mojibake('Weiß', 'latin1'), 'latin1'))).toBe('Weiß');
  });

  it.each(['Prügel-Bennett', 'Kınlı', 'Đuranović', 'Omeragić', 'Menteş', 'Özcan', "d'Alché-Buc", 'Schölkopf', 'Łukasz Kaiser', 'Jakub Konečný', 'Veronika Ročková', 'Stanisław Jastrzębski'])(
    'leaves correct text alone: %s',
    (name) => {
      expect(repairMojibake(name)).toBe(name);
    },
  );

  it('leaves correct Latin-1 text alone even where a pair happens to be valid UTF-8', () => {
    // "É" + "·" is C9 B7 (U+0277, an IPA letter): not a plausible character, so not mojibake.
    expect(repairMojibake('ÉCOLE·X')).toBe('ÉCOLE·X');
    // "Ã©" is valid, but "ü" belongs to no sequence: correct text with an unlucky pair is left whole.
    expect(repairMojibake('Müller Ã©')).toBe('Müller Ã©');
    expect(repairMojibake('PÍŠE')).toBe('PÍŠE');
  });

  it('still repairs a mixed string when a C1 control proves the damage', () => {
    expect(repairMojibake('Müller WeiÃ\u009fl')).toBe('Müller Weißl');
  });

  it('returns ASCII and empty strings as they are', () => {
    expect(repairMojibake('')).toBe('');
    expect(repairMojibake('Bernhard Scholkopf')).toBe('Bernhard Scholkopf');
  });

  it('the generator leaves out exactly the ambiguous pairs that look like mojibake', () => {
    expect(MOJIBAKE_LOOKALIKE.test('WeiÃŸ')).toBe(true);
    expect(MOJIBAKE_LOOKALIKE.test('Schölkopf Konečný')).toBe(false);
  });

  it('for real-letter text s: repairMojibake(mojibake(s)) === s and repairMojibake(s) === s (property)', () => {
    fc.assert(
      fc.property(realText, fc.constantFrom<'latin1' | 'cp1252'>('latin1', 'cp1252'), (text, encoding) => {
        expect(repairMojibake(text)).toBe(text);
        expect(repairMojibake(mojibake(text, encoding))).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  it('is idempotent on any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...'ÃÂÄÅÐÑâãäåæçèéêëìíîïðñ€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ¡¢£¤¥¦§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿\u0080\u0081\u008d\u009f'), fc.constantFrom('a', ' ', 'é', 'ı')), maxLength: 12 }), (s) => {
        const once = repairMojibake(s);
        expect(repairMojibake(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });
});
