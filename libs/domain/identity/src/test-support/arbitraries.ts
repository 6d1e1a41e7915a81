import fc from 'fast-check';
import { foldAccents } from '../fold.js';

const range = (from: number, to: number): string[] => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
const isLowercaseLetter = (ch: string): boolean => /^\p{Ll}$/u.test(ch);

/**
 * Lower-case letters of the scripts names come in: ASCII, Latin-1, Latin
 * Extended-A and -B, Vietnamese, Greek, Cyrillic. The ordinal indicators and
 * the micro sign are not name letters and are left out.
 */
const CASED_LETTERS = [
  ...range(0x61, 0x7a),
  ...range(0xdf, 0xff),
  ...range(0x100, 0x17f),
  ...range(0x180, 0x24f),
  ...range(0x1ea0, 0x1ef9),
  ...range(0x3b1, 0x3c9),
  ...range(0x430, 0x44f),
].filter((ch) => isLowercaseLetter(ch) && ch.normalize('NFC') === ch && ch !== 'ŉ');

/** Uncased letters: a slice of CJK ideographs and Hangul syllables. */
const UNCASED_LETTERS = [...range(0x4e00, 0x4e40), ...range(0xac00, 0xac40)];

const casedWord = fc
  .tuple(fc.array(fc.constantFrom(...CASED_LETTERS), { minLength: 1, maxLength: 9 }), fc.constantFrom('capitalised', 'capitalised', 'lower', 'upper'))
  .map(([letters, casing]) => {
    const word = letters.join('');
    if (casing === 'upper') return word.toUpperCase();
    if (casing === 'lower') return word;
    const [first = '', ...rest] = Array.from(word);
    return first.toUpperCase() + rest.join('');
  })
  .map((w) => w.normalize('NFC'));

const uncasedWord = fc.array(fc.constantFrom(...UNCASED_LETTERS), { minLength: 1, maxLength: 3 }).map((l) => l.join(''));

/** A word of real letters, in the casings names are written in. */
export const nameWord = fc.oneof({ weight: 9, arbitrary: casedWord }, { weight: 1, arbitrary: uncasedWord });

/**
 * A capital Â–ô right before š œ ž Ÿ Š Œ Ž ƒ is what Windows-1252 mojibake
 * looks like ("WeiÃŸ"); no real spelling has the pair, and repairMojibake reads
 * it as mojibake by design, so real-letter strings leave it out.
 */
export const MOJIBAKE_LOOKALIKE = /[\u00c2-\u00f4][ƒŠŒŽšœžŸ]/u;

/** Text of real letters: 1–5 words separated by spaces or hyphens. */
export const realText = fc
  .array(fc.tuple(nameWord, fc.constantFrom(' ', ' ', ' ', '-')), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.map(([w, sep], i) => (i === 0 ? w : sep + w)).join(''))
  .filter((s) => !MOJIBAKE_LOOKALIKE.test(s));

/** A word that is neither a generational suffix nor a lone letter, so it cannot be mistaken for one. */
const plainNameWord = nameWord.filter((w) => !/^(?:jr|sr|jnr|snr|ii|iii|iv)$/i.test(foldAccents(w)) && Array.from(w).length > 1);

/** Given names and a family name, as a person's name is made of. */
export const personParts = fc.record({
  given: fc.array(plainNameWord, { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  family: fc
    .array(plainNameWord, { minLength: 1, maxLength: 2 })
    .map((w) => w.join('-')),
}).filter(({ given, family }) => !MOJIBAKE_LOOKALIKE.test(`${given} ${family}`));
