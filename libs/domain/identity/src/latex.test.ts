import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeLatex } from './latex.js';
import { realText } from './test-support/arbitraries.js';
import { latexEncode, type LatexStyle } from './test-support/encodings.js';

describe('decodeLatex', () => {
  it.each([
    ['Sch{\\"o}lkopf', 'Schölkopf'],
    ['Sch\\"{o}lkopf', 'Schölkopf'],
    ['Sch\\"olkopf', 'Schölkopf'],
    ['Sch{\\"{o}}lkopf', 'Schölkopf'],
    ["L{\\'e}on", 'Léon'],
    ["L{\\'{e}}on", 'Léon'],
    ['Stuhlm{\\"u}ller', 'Stuhlmüller'],
    ['Stuhlm\\"{u}ller', 'Stuhlmüller'],
    ["Ar{\\'{e}}chiga", 'Aréchiga'],
    ["Goli{\\'n}ski", 'Goliński'],
    ["Husz{\\'a}r", 'Huszár'],
  ])('decodes the accent spellings of the fixtures: %s', (latex, unicode) => {
    expect(decodeLatex(latex)).toBe(unicode);
  });

  it.each([
    ["\\'{\\i}", 'í'],
    ["{\\'\\i}", 'í'],
    ["Mart{\\'i}nez", 'Martínez'],
    ['\\"{\\i}', 'ï'],
    ['\\c{c}', 'ç'],
    ['Fran{\\c{c}}ois', 'François'],
    ['G{\\"u}ne{\\c s}', 'Güneş'],
    ['\\v{s}', 'š'],
    ['Ro\\v{c}kov\\\'{a}', 'Ročková'],
    ['\\u{g}', 'ğ'],
    ['\\~n', 'ñ'],
    ['\\^e', 'ê'],
    ['\\`a', 'à'],
    ['\\=a', 'ā'],
    ['\\.z', 'ż'],
    ['\\H{o}', 'ő'],
    ['\\k{a}', 'ą'],
    ['Jastrz{\\k{e}}bski', 'Jastrzębski'],
    ['\\r{a}', 'å'],
    ['\\d{a}', 'ạ'],
    ['J{\\:o}rn', 'Jörn'],
    ['\\\'{\\"u}', 'ǘ'],
  ])('puts the accent of %s on its letter', (latex, unicode) => {
    expect(decodeLatex(latex)).toBe(unicode);
  });

  it.each([
    ['S{\\o}nderby', 'Sønderby'],
    ['{\\O}stergaard', 'Østergaard'],
    ['Gau{\\ss}', 'Gauß'],
    ['{\\ae}', 'æ'],
    ['{\\AE}', 'Æ'],
    ['Stanis{\\l}aw', 'Stanisław'],
    ['{\\L}ukasz', 'Łukasz'],
    ['At{\\i}l{\\i}m', 'Atılım'],
    ['\\o rsted', 'ørsted'],
    ['Stra\\ss{}e', 'Straße'],
    ['{\\dj}', 'đ'],
  ])('prints the letter commands in %s', (latex, unicode) => {
    expect(decodeLatex(latex)).toBe(unicode);
  });

  it.each([
    ['AT\\&T', 'AT&T'],
    ['10.1109/jcdl\\_2017', '10.1109/jcdl_2017'],
    ['50\\%', '50%'],
    ['\\$5', '$5'],
    ['Donald~E. Knuth', 'Donald E. Knuth'],
    ['pages 1--10', 'pages 1–10'],
    ['yes---no', 'yes—no'],
    ['{IEEE} Transactions', 'IEEE Transactions'],
    ['{{Deep}} {Learning}', 'Deep Learning'],
    ['``quoted\'\'', '“quoted”'],
    ['$k$-means', 'k-means'],
    ['\\textendash', '–'],
    ['S.\\,V.\\,N. Vishwanathan', 'S. V. N. Vishwanathan'],
  ])('turns escapes and typography in %s into text', (latex, unicode) => {
    expect(decodeLatex(latex)).toBe(unicode);
  });

  it.each([
    ['\\emph{Deep} Learning', 'Deep Learning'],
    ['\\textbf{Bold} move', 'Bold move'],
    ['\\url{https://x.org/a}', 'https://x.org/a'],
    ['A \\relax B', 'A B'],
    ['$\\alpha$-divergence', 'α-divergence'],
  ])('drops unknown commands but keeps their argument: %s', (latex, unicode) => {
    expect(decodeLatex(latex)).toBe(unicode);
  });

  it('collapses whitespace from multi-line fields and trims', () => {
    expect(decodeLatex('  Kusner,\n\t Matt J.  and\n  Hern{\\\'a}ndez-Lobato ')).toBe('Kusner, Matt J. and Hernández-Lobato');
  });

  it('keeps a no-break space, which may be half of a mojibake pair', () => {
    expect(decodeLatex('Ã\u00a0')).toBe('Ã\u00a0');
  });

  it('survives unbalanced braces and a trailing backslash', () => {
    expect(decodeLatex('(REFORM})')).toBe('(REFORM)');
    expect(decodeLatex('{Unclosed \\"o')).toBe('Unclosed ö');
    expect(decodeLatex('end\\')).toBe('end');
  });

  it('returns NFC even for decomposed input', () => {
    expect(decodeLatex('Scho\u0308lkopf')).toBe('Schölkopf');
    expect(decodeLatex('Scho\u0308lkopf')).toHaveLength(9);
  });

  it('prints a spacing accent when the argument is empty', () => {
    expect(decodeLatex("\\'{}")).toBe('´');
    expect(decodeLatex('\\~{}')).toBe('~');
  });

  it('decodes every LaTeX spelling of real-letter text back to the text (property)', () => {
    const styles = fc.array(fc.constantFrom<LatexStyle>(0, 1, 2, 3), { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(realText, styles, (text, s) => {
        expect(decodeLatex(latexEncode(text, s))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('is idempotent on real-letter text and on its decoded LaTeX (property)', () => {
    fc.assert(
      fc.property(realText, (text) => {
        const once = decodeLatex(latexEncode(text, [1]));
        expect(decodeLatex(once)).toBe(once);
        expect(decodeLatex(text)).toBe(text);
      }),
    );
  });
});
