/**
 * The damage real sources do to names, done on purpose: Latin-1 / Windows-1252
 * mojibake and LaTeX accent escapes. Used by the property tests.
 */

const CP1252_HIGH: Readonly<Record<number, string>> = {
  0x80: '€', 0x82: '‚', 0x83: 'ƒ', 0x84: '„', 0x85: '…', 0x86: '†', 0x87: '‡', 0x88: 'ˆ', 0x89: '‰', 0x8a: 'Š', 0x8b: '‹',
  0x8c: 'Œ', 0x8e: 'Ž', 0x91: '‘', 0x92: '’', 0x93: '“', 0x94: '”', 0x95: '•', 0x96: '–', 0x97: '—', 0x98: '˜', 0x99: '™',
  0x9a: 'š', 0x9b: '›', 0x9c: 'œ', 0x9e: 'ž', 0x9f: 'Ÿ',
};

/**
 * UTF-8 bytes read back as Latin-1 ('latin1': bytes 80–9F become C1 controls, as
 * in the arXiv fixture) or as Windows-1252 ('cp1252': as browsers and Excel do;
 * its five undefined bytes stay C1 controls, as WHATWG decoders leave them).
 */
export function mojibake(text: string, encoding: 'latin1' | 'cp1252'): string {
  let out = '';
  for (const byte of Buffer.from(text, 'utf8')) {
    out += encoding === 'cp1252' ? (CP1252_HIGH[byte] ?? String.fromCharCode(byte)) : String.fromCharCode(byte);
  }
  return out;
}

const SYMBOL_ACCENT: Readonly<Record<string, string>> = {
  '\u0301': "'", '\u0300': '`', '\u0302': '^', '\u0308': '"', '\u0303': '~', '\u0304': '=', '\u0307': '.',
};
const WORD_ACCENT: Readonly<Record<string, string>> = {
  '\u0327': 'c', '\u030C': 'v', '\u0306': 'u', '\u030B': 'H', '\u0328': 'k', '\u030A': 'r', '\u0323': 'd',
};
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', ß: 'ss', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', ı: 'i', đ: 'dj', Đ: 'DJ',
};

/** The ways BibTeX files write one accented letter: style 0 `{\'e}`, 1 `\'{e}`, 2 `\'e`, 3 `{\'{e}}`. */
export type LatexStyle = 0 | 1 | 2 | 3;

/**
 * Writes every letter that has a LaTeX spelling as LaTeX, in the given style
 * (cycled per letter when several are given); other characters stay raw, as
 * BibTeX allows.
 */
export function latexEncode(text: string, styles: readonly LatexStyle[] = [0]): string {
  let out = '';
  let n = 0;
  for (const ch of text.normalize('NFC')) {
    const special = SPECIAL[ch];
    if (special) {
      out += `{\\${special}}`;
      continue;
    }
    const [base = '', ...marks] = Array.from(ch.normalize('NFD'));
    const mark = marks[0];
    if (marks.length !== 1 || !mark || !/^[A-Za-z]$/.test(base)) {
      out += ch;
      continue;
    }
    // `\'{\i}`: the dotless i, as careful BibTeX writes accented i.
    const arg = base === 'i' && n % 2 === 1 ? '\\i' : base;
    const style = styles[n++ % styles.length] ?? 0;
    const symbol = SYMBOL_ACCENT[mark];
    const word = WORD_ACCENT[mark];
    if (symbol) {
      out += [`{\\${symbol}${arg}}`, `\\${symbol}{${arg}}`, arg === base ? `\\${symbol}${arg}` : `\\${symbol}{${arg}}`, `{\\${symbol}{${arg}}}`][style];
    } else if (word) {
      out += [`{\\${word} ${arg}}`, `\\${word}{${arg}}`, `\\${word}{${arg}}`, `{\\${word}{${arg}}}`][style];
    } else {
      out += ch;
    }
  }
  return out;
}
