/** What a Python literal in a scraped CSV cell can hold. */
export type PyValue = string | number | boolean | null | PyValue[];

/**
 * Reads the Python literals that pandas writes into CSV cells when a column
 * holds lists ("[5, 6, 8]", "['kw', \"Dale's Principle\"]"): lists, tuples,
 * strings with Python escapes, numbers, True/False/None. A small parser, never
 * eval: the cell is data from the internet. Throws on anything else.
 */
export function parsePythonLiteral(source: string): PyValue {
  const reader = new LiteralReader(source);
  const value = reader.value();
  reader.skipSpace();
  if (!reader.done()) reader.fail('unexpected text after the value');
  return value;
}

class LiteralReader {
  private pos = 0;

  constructor(private readonly src: string) {}

  done(): boolean {
    return this.pos >= this.src.length;
  }

  fail(what: string): never {
    throw new SyntaxError(
      `${what} at character ${this.pos + 1} of ${JSON.stringify(this.src.length > 60 ? `${this.src.slice(0, 57)}...` : this.src)}`,
    );
  }

  skipSpace(): void {
    while (!this.done() && /\s/.test(this.src[this.pos])) this.pos++;
  }

  value(): PyValue {
    this.skipSpace();
    const ch = this.src[this.pos];
    if (ch === '[') return this.sequence(']');
    if (ch === '(') return this.sequence(')');
    if (ch === '"' || ch === "'") return this.string();
    if (/[uUrR]/.test(ch ?? '') && /['"]/.test(this.src[this.pos + 1] ?? '')) return this.string();
    const word = this.src.slice(this.pos).match(/^(True|False|None)\b/);
    if (word) {
      this.pos += word[0].length;
      return word[0] === 'True' ? true : word[0] === 'False' ? false : null;
    }
    const number = this.src.slice(this.pos).match(/^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?/);
    if (number) {
      this.pos += number[0].length;
      return Number(number[0].replace(/_/g, ''));
    }
    return this.fail(this.done() ? 'the value ends early' : `unexpected ${JSON.stringify(ch)}`);
  }

  private sequence(close: string): PyValue[] {
    this.pos++;
    const items: PyValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.src[this.pos] === close) {
        this.pos++;
        return items;
      }
      items.push(this.value());
      this.skipSpace();
      const sep = this.src[this.pos];
      if (sep === ',') this.pos++;
      else if (sep !== close) this.fail(this.done() ? `the list ends early (no "${close}")` : `expected "," or "${close}"`);
    }
  }

  private string(): string {
    const raw = /[rR]/.test(this.src[this.pos]);
    if (/[uUrR]/.test(this.src[this.pos])) this.pos++;
    const quote = this.src[this.pos++];
    let out = '';
    for (;;) {
      if (this.done()) this.fail('a string is never closed');
      const ch = this.src[this.pos++];
      if (ch === quote) return out;
      if (ch !== '\\') {
        out += ch;
        continue;
      }
      if (this.done()) this.fail('a string is never closed');
      const esc = this.src[this.pos++];
      if (raw) {
        out += `\\${esc}`;
        continue;
      }
      out += this.escape(esc);
    }
  }

  private escape(esc: string): string {
    const simple: Record<string, string> = {
      '\\': '\\',
      "'": "'",
      '"': '"',
      n: '\n',
      t: '\t',
      r: '\r',
      b: '\b',
      f: '\f',
      v: '\v',
      a: '\x07',
      '0': '\0',
      '\n': '',
    };
    if (esc in simple) return simple[esc];
    const width = esc === 'x' ? 2 : esc === 'u' ? 4 : esc === 'U' ? 8 : 0;
    if (width) {
      const hex = this.src.slice(this.pos, this.pos + width);
      if (!new RegExp(`^[0-9a-fA-F]{${width}}$`).test(hex)) this.fail(`bad \\${esc} escape`);
      this.pos += width;
      return String.fromCodePoint(parseInt(hex, 16));
    }
    // Python keeps unknown escapes as written.
    return `\\${esc}`;
  }
}
