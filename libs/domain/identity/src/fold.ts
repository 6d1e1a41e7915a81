/**
 * Accent folding for matching keys and search.
 *
 * Letters that Unicode decomposes (é → e + ◌́) lose their marks; the letters
 * that do not decompose (ß, ø, ł, đ, ı, æ, …) come from the table, with the
 * spellings any-ascii uses for them. Letters of other scripts (Greek, Cyrillic,
 * CJK) are kept as they are: they still match themselves, they just are not
 * transliterated.
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'Th',
  ı: 'i',
  ȷ: 'j',
  ŋ: 'n',
  Ŋ: 'N',
  ħ: 'h',
  Ħ: 'H',
  ŀ: 'l',
  Ŀ: 'L',
  ĸ: 'k',
  ſ: 's',
  ƒ: 'f',
  Ƒ: 'F',
  ŧ: 't',
  Ŧ: 'T',
  ɨ: 'i',
  Ɨ: 'I',
  ʉ: 'u',
  Ʉ: 'U',
  ƀ: 'b',
  Ƀ: 'B',
  ɖ: 'd',
  Ɖ: 'D',
  ɗ: 'd',
  Ɗ: 'D',
  ɛ: 'e',
  Ɛ: 'E',
  ɔ: 'o',
  Ɔ: 'O',
  ƴ: 'y',
  Ƴ: 'Y',
};

const UNDECOMPOSABLE_RE = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'gu');
const MARKS_RE = /\p{M}+/gu;

/** "Schölkopf" → "Scholkopf", "Đuranović" → "Duranovic", "Kınlı" → "Kinli", "Weiß" → "Weiss". Case is kept. */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .replace(UNDECOMPOSABLE_RE, (ch) => UNDECOMPOSABLE[ch] ?? ch)
    .normalize('NFC');
}
