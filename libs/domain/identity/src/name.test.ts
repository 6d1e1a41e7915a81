import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldAccents } from './fold.js';
import { initialsKey, nameKey, nameKeys, normalizeNameText, parsePersonName } from './name.js';
import { MOJIBAKE_LOOKALIKE, personParts, realText } from './test-support/arbitraries.js';
import { latexEncode, mojibake, type LatexStyle } from './test-support/encodings.js';

const parsed = (raw: string) => {
  const { given, family, display } = parsePersonName(raw);
  return { given, family, display };
};

describe('parsePersonName', () => {
  it.each([
    ['Balsells Rodas, Carles', 'Carles', 'Balsells Rodas'],
    ["d'Alché-Buc, Florence", 'Florence', "d'Alché-Buc"],
    ['Schölkopf, Bernhard', 'Bernhard', 'Schölkopf'],
    ['Smola, Alexander J.', 'Alexander J.', 'Smola'],
    ['Teh, Yee Whye', 'Yee Whye', 'Teh'],
    ['Vishwanathan, S.V.N. Vishy', 'S.V.N. Vishy', 'Vishwanathan'],
    ['van der Maaten, Laurens', 'Laurens', 'van der Maaten'],
    ['Del Maestro, Adrian', 'Adrian', 'Del Maestro'],
    ['Hernández-Lobato, José Miguel', 'José Miguel', 'Hernández-Lobato'],
  ])('reads "Last, First": %s', (raw, given, family) => {
    expect(parsed(raw)).toEqual({ given, family, display: `${given} ${family}` });
  });

  it('reads "Last, Jr., First" and "First Last, Jr." with the suffix kept apart', () => {
    expect(parsePersonName('King, Jr., Martin Luther')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.', display: 'Martin Luther King Jr.' });
    expect(parsePersonName('Martin Luther King, Jr.')).toEqual({ given: 'Martin Luther', family: 'King', suffix: 'Jr.', display: 'Martin Luther King Jr.' });
    expect(parsePersonName('Martin Luther King Jr.')).toMatchObject({ family: 'King', suffix: 'Jr.' });
    expect(parsePersonName('Guy Steele III')).toMatchObject({ given: 'Guy', family: 'Steele', suffix: 'III' });
  });

  it.each([
    ['Bernhard Schölkopf', 'Bernhard', 'Schölkopf'],
    ['José Miguel Hernández-Lobato', 'José Miguel', 'Hernández-Lobato'],
    ['Adrian Del Maestro', 'Adrian', 'Del Maestro'],
    ['A. Del Maestro', 'A.', 'Del Maestro'],
    ["Florence d'Alché-Buc", 'Florence', "d'Alché-Buc"],
    ['Laurens van der Maaten', 'Laurens', 'van der Maaten'],
    ['Ludwig von Mises', 'Ludwig', 'von Mises'],
    ['Vânia de Oliveira Neves', 'Vânia', 'de Oliveira Neves'],
    ['Stéphanie van der Pas', 'Stéphanie', 'van der Pas'],
    ['Luc Van Gool', 'Luc', 'Van Gool'],
    ['Alessandro Della Rocca', 'Alessandro', 'Della Rocca'],
    ['Giulia Di Nunno', 'Giulia', 'Di Nunno'],
    ['Ana Da Silva', 'Ana', 'Da Silva'],
    ['Yann Le Cun', 'Yann', 'Le Cun'],
    ['Jean La Fontaine', 'Jean', 'La Fontaine'],
    ["Gerard 't Hooft", 'Gerard', "'t Hooft"],
  ])('reads "First von Last" with particles: %s', (raw, given, family) => {
    expect(parsed(raw)).toEqual({ given, family, display: raw });
  });

  it('does not take a particle-like word for a particle when it is the first or the last word', () => {
    expect(parsed('Tuan Anh Le')).toEqual({ given: 'Tuan Anh', family: 'Le', display: 'Tuan Anh Le' });
    expect(parsed('Di He')).toEqual({ given: 'Di', family: 'He', display: 'Di He' });
    expect(parsed('Quoc V. Le')).toEqual({ given: 'Quoc V.', family: 'Le', display: 'Quoc V. Le' });
  });

  it('leaves an all-lower-case name as written and splits it on its last word', () => {
    expect(parsed('danah boyd')).toEqual({ given: 'danah', family: 'boyd', display: 'danah boyd' });
    expect(parsed('jose miguel hernandez')).toEqual({ given: 'jose miguel', family: 'hernandez', display: 'jose miguel hernandez' });
  });

  it('brings all-caps names into natural case ("LIU, LU" → "Lu Liu")', () => {
    expect(parsed('LIU, LU')).toEqual({ given: 'Lu', family: 'Liu', display: 'Lu Liu' });
    expect(parsed('SIYUAN MA')).toEqual({ given: 'Siyuan', family: 'Ma', display: 'Siyuan Ma' });
    expect(parsed("D'ALCHÉ-BUC, FLORENCE")).toEqual({ given: 'Florence', family: "D'Alché-Buc", display: "Florence D'Alché-Buc" });
    expect(parsed('PRÜGEL-BENNETT, A.')).toEqual({ given: 'A.', family: 'Prügel-Bennett', display: 'A. Prügel-Bennett' });
  });

  it('keeps mixed-case names exactly as written', () => {
    expect(parsed('BakIr, Gökhan')).toEqual({ given: 'Gökhan', family: 'BakIr', display: 'Gökhan BakIr' });
    expect(parsed('Yann LeCun')).toEqual({ given: 'Yann', family: 'LeCun', display: 'Yann LeCun' });
    expect(parsed('SMITH, John')).toEqual({ given: 'John', family: 'SMITH', display: 'John SMITH' });
    expect(parsed('A. B.')).toEqual({ given: 'A.', family: 'B.', display: 'A. B.' });
    expect(parsed('Päivi Raulamo-jurvanen')).toEqual({ given: 'Päivi', family: 'Raulamo-jurvanen', display: 'Päivi Raulamo-jurvanen' });
  });

  it('decodes LaTeX and repairs mojibake before splitting', () => {
    expect(parsed('Sch{\\"o}lkopf, Bernhard')).toEqual({ given: 'Bernhard', family: 'Schölkopf', display: 'Bernhard Schölkopf' });
    expect(parsed("Bottou, L{\\'{e}}on")).toEqual({ given: 'Léon', family: 'Bottou', display: 'Léon Bottou' });
    expect(parsed('Stuhlm\\"{u}ller, Andreas')).toEqual({ given: 'Andreas', family: 'Stuhlmüller', display: 'Andreas Stuhlmüller' });
    expect(parsed("Ar{\\'{e}}chiga, Nikos")).toMatchObject({ family: 'Aréchiga' });
    expect(parsed('JosÃ© RaÃºl Romero')).toEqual({ given: 'José Raúl', family: 'Romero', display: 'José Raúl Romero' });
    expect(parsed('Oliver WeiÃ\u009fl')).toEqual({ given: 'Oliver', family: 'Weißl', display: 'Oliver Weißl' });
  });

  it('keeps letters that LaTeX and ASCII cannot hold: Kınlı, Özcan, Menteş, Omeragić, Đuranović', () => {
    expect(parsed('Kınlı, Furkan')).toEqual({ given: 'Furkan', family: 'Kınlı', display: 'Furkan Kınlı' });
    expect(parsed('Özcan, Barış')).toEqual({ given: 'Barış', family: 'Özcan', display: 'Barış Özcan' });
    expect(parsed('Menteş, Ayşe')).toMatchObject({ family: 'Menteş' });
    expect(parsed('Omeragić, Ajla')).toMatchObject({ family: 'Omeragić' });
    expect(parsed('Đuranović, Marko')).toMatchObject({ family: 'Đuranović' });
  });

  it('normalises whitespace, comma spacing and Unicode form', () => {
    expect(parsed('  Bernhard \t  Schölkopf  ')).toEqual({ given: 'Bernhard', family: 'Schölkopf', display: 'Bernhard Schölkopf' });
    expect(parsed('BakIr,Gökhan')).toMatchObject({ given: 'Gökhan', family: 'BakIr' });
    expect(parsed('Bernhard\u00a0Scho\u0308lkopf')).toEqual({ given: 'Bernhard', family: 'Schölkopf', display: 'Bernhard Schölkopf' });
    expect(parsed('Bernhard Schöl\u00adkopf\u200b')).toMatchObject({ family: 'Schölkopf' });
  });

  it('keeps the words of a stray middle part with the given names ("and" missing in the source)', () => {
    expect(parsePersonName('Yang, Jimei Sohn, Kihyuk')).toEqual({ given: 'Jimei Sohn Kihyuk', family: 'Yang', suffix: '', display: 'Jimei Sohn Kihyuk Yang' });
  });

  it('drops a trailing parenthesised aside but keeps a nickname inside the given names', () => {
    expect(parsed('Wei Zhang (MIT)')).toEqual({ given: 'Wei', family: 'Zhang', display: 'Wei Zhang' });
    expect(parsed('Shixiang (Shane) Gu')).toEqual({ given: 'Shixiang (Shane)', family: 'Gu', display: 'Shixiang (Shane) Gu' });
  });

  it('gives a one-word name as a family name only, and nothing for an empty one', () => {
    expect(parsePersonName('Anonymous')).toEqual({ given: '', family: 'Anonymous', suffix: '', display: 'Anonymous' });
    expect(parsePersonName('  ')).toEqual({ given: '', family: '', suffix: '', display: '' });
  });

  it('reads its own display again to the same display, and "Family, Given" to the same parts (property)', () => {
    fc.assert(
      fc.property(personParts, ({ given, family }) => {
        const natural = parsePersonName(`${given} ${family}`);
        expect(parsePersonName(natural.display).display).toBe(natural.display);
        const inverted = parsePersonName(`${family}, ${given}`);
        expect(inverted.family.toLowerCase().normalize('NFC')).toBe(family.toLowerCase().normalize('NFC'));
        expect(inverted.given.toLowerCase().normalize('NFC')).toBe(given.toLowerCase().normalize('NFC'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalizeNameText', () => {
  it('is idempotent on real-letter text, its LaTeX and its mojibake (property)', () => {
    fc.assert(
      fc.property(realText, fc.constantFrom<LatexStyle>(0, 1, 2, 3), (text, style) => {
        for (const variant of [text, latexEncode(text, [style]), mojibake(text, 'cp1252')]) {
          const once = normalizeNameText(variant);
          expect(normalizeNameText(once)).toBe(once);
          expect(once).toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('foldAccents', () => {
  it.each([
    ['Schölkopf', 'Scholkopf'],
    ['Prügel-Bennett', 'Prugel-Bennett'],
    ['Kınlı', 'Kinli'],
    ['Đuranović', 'Duranovic'],
    ['Omeragić', 'Omeragic'],
    ['Menteş', 'Mentes'],
    ['Weiß', 'Weiss'],
    ['Łukasz', 'Lukasz'],
    ['Sønderby', 'Sonderby'],
    ['İlker', 'Ilker'],
    ['Nguyễn', 'Nguyen'],
  ])('folds %s to %s', (text, folded) => {
    expect(foldAccents(text)).toBe(folded);
  });

  it('keeps letters of other scripts', () => {
    expect(foldAccents('张伟 Иван')).toBe('张伟 Иван');
  });
});

describe('nameKey', () => {
  it('gives every spelling of Schölkopf the same key', () => {
    const spellings = [
      'Schölkopf, Bernhard',
      'Bernhard Sch{\\"o}lkopf',
      'Sch{\\"{o}}lkopf, Bernhard',
      'Bernhard Scholkopf',
      'Bernhard SchÃ¶lkopf',
      'SCHÖLKOPF, BERNHARD',
      'bernhard schölkopf',
      '  Bernhard   Scho\u0308lkopf ',
    ];
    for (const s of spellings) expect(nameKey(s)).toBe('bernhard scholkopf');
  });

  it.each([
    ["Bottou, L{\\'e}on", "Bottou, L{\\'{e}}on", 'leon bottou'],
    ['Stuhlm{\\"u}ller, Andreas', 'Stuhlm\\"{u}ller, Andreas', 'andreas stuhlmuller'],
    ["Goli{\\'n}ski, Adam", 'Adam Goliński', 'adam golinski'],
    ["Husz{\\'a}r, Ferenc", 'Ferenc Huszár', 'ferenc huszar'],
    ["Ar{\\'{e}}chiga, Nikos", 'Nikos Aréchiga', 'nikos arechiga'],
    ['Adam Prügel-Bennett', 'Prugel Bennett, Adam', 'adam prugel bennett'],
    ["d'Alché-Buc, Florence", 'Florence d’Alche-Buc', 'florence dalche buc'],
    ['Kınlı, Furkan', 'Furkan Kinli', 'furkan kinli'],
    ['Özcan, Barış', 'Barış Özcan', 'baris ozcan'],
    ['Menteş, Ayşe', 'Ayse Mentes', 'ayse mentes'],
    ['Omeragić, Ajla', 'Ajla Omeragic', 'ajla omeragic'],
    ['Đuranović, Marko', 'Marko Duranovic', 'marko duranovic'],
    ['LIU, LU', 'Lu Liu', 'lu liu'],
    ['Balsells Rodas, Carles', 'Carles Balsells Rodas', 'carles balsells rodas'],
    ['Del Maestro, Adrian', 'Adrian Del Maestro', 'adrian del maestro'],
    ['JosÃ© RaÃºl Romero', 'Romero, José Raúl', 'jose raul romero'],
  ])('%s and %s share the key "%s"', (a, b, key) => {
    expect(nameKey(a)).toBe(key);
    expect(nameKey(b)).toBe(key);
  });

  it('keeps different people apart', () => {
    expect(nameKey('Adrian Del Maestro')).not.toBe(nameKey('A. Del Maestro'));
    expect(nameKey('Lu Liu')).not.toBe(nameKey('Liu Lu'));
    expect(nameKey('Alexander J. Smola')).not.toBe(nameKey('Alexander Smola'));
  });

  it('leaves the generational suffix and parenthesised asides out', () => {
    expect(nameKey('King, Jr., Martin Luther')).toBe('martin luther king');
    expect(nameKey('Shixiang (Shane) Gu')).toBe('shixiang gu');
  });

  it('is "" for an empty name', () => {
    expect(nameKey('')).toBe('');
    expect(nameKey(' , ')).toBe('');
  });

  it('is the same under LaTeX encoding, mojibake and "Last, First" rewriting (property)', () => {
    const styles = fc.array(fc.constantFrom<LatexStyle>(0, 1, 2, 3), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(personParts, styles, fc.constantFrom<'latin1' | 'cp1252'>('latin1', 'cp1252'), ({ given, family }, s, encoding) => {
        const key = nameKey(`${given} ${family}`);
        expect(key).not.toBe('');
        expect(nameKey(`${family}, ${given}`)).toBe(key);
        expect(nameKey(latexEncode(`${given} ${family}`, s))).toBe(key);
        expect(nameKey(latexEncode(`${family}, ${given}`, s))).toBe(key);
        expect(nameKey(mojibake(`${given} ${family}`, encoding))).toBe(key);
        expect(nameKey(mojibake(`${family}, ${given}`, encoding))).toBe(key);
        const shouted = `${given} ${family}`.toUpperCase();
        // Upper-casing can create the one pair that reads as mojibake (ÿ → Ÿ after a capital Ò).
        if (!MOJIBAKE_LOOKALIKE.test(shouted)) expect(nameKey(shouted)).toBe(key);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent: the key of a key is the key (property)', () => {
    fc.assert(
      fc.property(personParts, ({ given, family }) => {
        const key = nameKey(`${family}, ${given}`);
        expect(nameKey(key)).toBe(key);
        expect(key).toMatch(/^[^\sA-Z]+(?: [^\sA-Z]+)*$/u);
      }),
    );
  });
});

describe('initialsKey', () => {
  it('links a full given name with its initial', () => {
    expect(initialsKey('Adrian Del Maestro')).toBe('a del maestro');
    expect(initialsKey('A. Del Maestro')).toBe('a del maestro');
    expect(initialsKey('Del Maestro, A.')).toBe('a del maestro');
    expect(initialsKey('Bernhard Schölkopf')).toBe('b scholkopf');
    expect(initialsKey('Schölkopf, B.')).toBe('b scholkopf');
    expect(initialsKey('J.-M. Azaïs')).toBe(initialsKey('Jean-Marc Azaïs'));
  });

  it('uses only the first given name', () => {
    expect(initialsKey('Alexander J. Smola')).toBe('a smola');
    expect(initialsKey('Smola, Alex')).toBe('a smola');
  });

  it('is "" without a given name', () => {
    expect(initialsKey('Anonymous')).toBe('');
    expect(nameKeys('Anonymous')).toEqual({ exact: 'anonymous', initials: '' });
  });
});
