/**
 * LaTeX (as found in BibTeX author and title fields) to plain Unicode.
 *
 * A small recursive-descent reader rather than a pile of regular expressions,
 * because real files mix every way of writing one accent: `{\"o}`, `\"{o}`,
 * `\"o`, `{\'{e}}`, `\'{\i}`, `{\c s}`, and nest them inside protective braces.
 */

/** Accent commands written with a symbol: `\'e`, `\"{o}`. */
const SYMBOL_ACCENTS: Readonly<Record<string, string>> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
};

/** Accent commands written with a letter: `\c{c}`, `\v s`. */
const WORD_ACCENTS: Readonly<Record<string, string>> = {
  c: '\u0327',
  v: '\u030C',
  u: '\u0306',
  H: '\u030B',
  k: '\u0328',
  r: '\u030A',
  d: '\u0323',
  b: '\u0331',
  t: '\u0361',
};

/** What an accent with an empty argument (`\'{}`) prints. */
const SPACING_ACCENTS: Readonly<Record<string, string>> = {
  '\u0301': '´',
  '\u0300': '`',
  '\u0302': '^',
  '\u0308': '¨',
  '\u0303': '~',
  '\u0304': '¯',
  '\u0307': '˙',
  '\u0327': '¸',
  '\u030C': 'ˇ',
  '\u0306': '˘',
  '\u030B': '˝',
  '\u0328': '˛',
  '\u030A': '˚',
};

/** Control words that print a character or a word. */
const SYMBOL_WORDS: Readonly<Record<string, string>> = {
  o: 'ø',
  O: 'Ø',
  ss: 'ß',
  SS: 'SS',
  ae: 'æ',
  AE: 'Æ',
  oe: 'œ',
  OE: 'Œ',
  aa: 'å',
  AA: 'Å',
  l: 'ł',
  L: 'Ł',
  i: 'ı',
  j: 'ȷ',
  dh: 'ð',
  DH: 'Ð',
  th: 'þ',
  TH: 'Þ',
  dj: 'đ',
  DJ: 'Đ',
  ng: 'ŋ',
  NG: 'Ŋ',
  textendash: '–',
  textemdash: '—',
  textquoteright: '’',
  textquoteleft: '‘',
  textquotedblright: '”',
  textquotedblleft: '“',
  quotesinglbase: '‚',
  quotedblbase: '„',
  guillemotleft: '«',
  guillemotright: '»',
  guilsinglleft: '‹',
  guilsinglright: '›',
  textasciitilde: '~',
  textasciicircum: '^',
  textunderscore: '_',
  textbackslash: '\\',
  textbar: '|',
  textless: '<',
  textgreater: '>',
  textbullet: '•',
  textperiodcentered: '·',
  textdegree: '°',
  textregistered: '®',
  texttrademark: '™',
  textcopyright: '©',
  copyright: '©',
  textsterling: '£',
  pounds: '£',
  euro: '€',
  texteuro: '€',
  S: '§',
  P: '¶',
  dag: '†',
  ddag: '‡',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  BibTeX: 'BibTeX',
  nobreakspace: ' ',
  space: ' ',
  quad: ' ',
  qquad: ' ',
  enspace: ' ',
  thinspace: ' ',
  alpha: 'α',
  beta: 'β',
  gamma: 'γ',
  delta: 'δ',
  epsilon: 'ϵ',
  varepsilon: 'ε',
  zeta: 'ζ',
  eta: 'η',
  theta: 'θ',
  vartheta: 'ϑ',
  iota: 'ι',
  kappa: 'κ',
  lambda: 'λ',
  mu: 'μ',
  nu: 'ν',
  xi: 'ξ',
  pi: 'π',
  rho: 'ρ',
  sigma: 'σ',
  tau: 'τ',
  upsilon: 'υ',
  phi: 'ϕ',
  varphi: 'φ',
  chi: 'χ',
  psi: 'ψ',
  omega: 'ω',
  Gamma: 'Γ',
  Delta: 'Δ',
  Theta: 'Θ',
  Lambda: 'Λ',
  Xi: 'Ξ',
  Pi: 'Π',
  Sigma: 'Σ',
  Upsilon: 'Υ',
  Phi: 'Φ',
  Psi: 'Ψ',
  Omega: 'Ω',
};

/** `\&`, `\_`, … and the spacing/kerning symbols. */
const CONTROL_SYMBOLS: Readonly<Record<string, string>> = {
  '&': '&',
  _: '_',
  '%': '%',
  $: '$',
  '#': '#',
  '{': '{',
  '}': '}',
  ' ': ' ',
  '\t': ' ',
  '\n': ' ',
  ',': ' ',
  ';': ' ',
  '\\': ' ',
  '!': '',
  '-': '',
  '/': '',
  '@': '',
};

const LETTER = /[A-Za-z]/;
const TEX_SPACE = /[ \t\n\r\f\v]/;
const ASCII_WHITESPACE_RUN = /[ \t\n\r\f\v]+/g;
const NEEDS_PARSING = /[\\{}~$`'-]/;
const MARK = /\p{M}/u;

class LatexReader {
  private pos = 0;

  constructor(private readonly src: string) {}

  /** Reads text up to the end, or up to the `}` closing the group we are in. */
  readSequence(inGroup: boolean): string {
    let out = '';
    while (this.pos < this.src.length) {
      const c = this.src[this.pos];
      switch (c) {
        case '}':
          this.pos++;
          // A stray `}` outside any group is dropped, as BibTeX tools do.
          if (inGroup) return out;
          break;
        case '{':
          this.pos++;
          out += this.readSequence(true);
          break;
        case '\\':
          out += this.readCommand();
          break;
        case '~':
          // A tie is a non-breaking space; names and titles want a plain one.
          this.pos++;
          out += ' ';
          break;
        case '$':
          // Math delimiters: keep what is inside, drop the dollars.
          this.pos++;
          break;
        case '-':
          out += this.readDashes();
          break;
        case '`':
        case "'":
          if (this.src[this.pos + 1] === c) {
            out += c === '`' ? '“' : '”';
            this.pos += 2;
          } else {
            out += c;
            this.pos++;
          }
          break;
        default:
          out += c;
          this.pos++;
      }
    }
    return out;
  }

  private readDashes(): string {
    let n = 0;
    while (this.src[this.pos + n] === '-') n++;
    this.pos += n;
    return '—'.repeat(Math.floor(n / 3)) + (n % 3 === 2 ? '–' : n % 3 === 1 ? '-' : '');
  }

  private readCommand(): string {
    this.pos++; // the backslash
    const next = this.src[this.pos];
    if (next === undefined) return '';

    const symbolAccent = SYMBOL_ACCENTS[next];
    if (symbolAccent) {
      this.pos++;
      return applyAccent(this.readAccentArgument(), symbolAccent);
    }
    // `\:` is a medium space in math, but some exporters write `{\:o}` for ö.
    if (next === ':' && /[A-Za-z{\\]/.test(this.src[this.pos + 1] ?? '')) {
      this.pos++;
      return applyAccent(this.readAccentArgument(), '\u0308');
    }

    if (LETTER.test(next)) {
      let end = this.pos;
      while (end < this.src.length && LETTER.test(this.src[end] ?? '')) end++;
      const name = this.src.slice(this.pos, end);
      this.pos = end;
      const wordAccent = WORD_ACCENTS[name];
      if (wordAccent) return applyAccent(this.readAccentArgument(), wordAccent);
      // TeX swallows the spaces after a control word (`\o rsted`, `\ss{}`).
      this.skipSpaces();
      const symbol = SYMBOL_WORDS[name];
      if (symbol !== undefined) {
        if (this.src.startsWith('{}', this.pos)) this.pos += 2;
        return symbol;
      }
      // Unknown command (\emph, \textbf, \url, …): drop it, keep its argument,
      // which the caller reads next as an ordinary group.
      return '';
    }

    this.pos++;
    return CONTROL_SYMBOLS[next] ?? next;
  }

  private readAccentArgument(): string {
    this.skipSpaces();
    const c = this.src[this.pos];
    if (c === undefined || c === '}') return '';
    if (c === '{') {
      this.pos++;
      return this.readSequence(true);
    }
    if (c === '\\') return this.readCommand();
    const cp = this.src.codePointAt(this.pos) ?? 0;
    const ch = String.fromCodePoint(cp);
    this.pos += ch.length;
    return ch;
  }

  private skipSpaces(): void {
    while (this.pos < this.src.length && TEX_SPACE.test(this.src[this.pos] ?? '')) this.pos++;
  }
}

/** Puts a combining mark after the first character of `arg` (after any marks it already has). */
function applyAccent(arg: string, mark: string): string {
  if (arg === '') return SPACING_ACCENTS[mark] ?? '';
  const chars = Array.from(arg);
  let first = chars[0] ?? '';
  // `\'{\i}` is í: the dotless i only exists so that the accent replaces the dot.
  if (first === 'ı') first = 'i';
  else if (first === 'ȷ') first = 'j';
  let i = 1;
  let marks = '';
  while (i < chars.length && MARK.test(chars[i] ?? '')) marks += chars[i++];
  return first + marks + mark + chars.slice(i).join('');
}

/**
 * LaTeX accents and escapes to Unicode (NFC): `Sch{\"o}lkopf` → "Schölkopf",
 * `\'{\i}` → "í", `{\ss}` → "ß", `\&` → "&", `--` → "–", `{IEEE}` → "IEEE".
 * Unknown commands are dropped and their argument kept (`\emph{Deep}` → "Deep").
 * Runs of ASCII whitespace collapse to one space and the ends are trimmed;
 * other whitespace (a no-break space that might belong to mojibake) is kept.
 */
export function decodeLatex(text: string): string {
  const decoded = NEEDS_PARSING.test(text) ? new LatexReader(text).readSequence(false) : text;
  return decoded.replace(ASCII_WHITESPACE_RUN, ' ').replace(/^ | $/g, '').normalize('NFC');
}
