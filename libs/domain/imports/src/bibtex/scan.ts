import { ImportFormatError } from '../model.js';

/**
 * Splits a .bib file into its top-level `@` blocks before any field is decoded.
 *
 * The decoding library recovers from a broken entry by skipping to the next `@`,
 * which silently swallows or invents entries when a brace is missing. Delimiting
 * the blocks here first lets us refuse a file whose entries cannot be told apart
 * (with the line), skip a single malformed entry, and ignore `@comment{…}`
 * entirely, even one holding an unbalanced brace (PMLR's exports do).
 */

export type BibBlockKind = 'entry' | 'string' | 'preamble' | 'comment';

export interface BibBlock {
  kind: BibBlockKind;
  /** Lower-case block type: "article", "inproceedings", "string", … */
  type: string;
  /** Citation key as written, spaces included ("Balsells Rodas:2021"); '' when absent or not an entry. */
  key: string;
  /** Everything between the opening and the closing delimiter. */
  body: string;
  /** For entries: the body after the key and its comma. */
  fieldsText: string;
  /** 1-based line of the `@`. */
  line: number;
}

export interface ScannedBibtex {
  blocks: BibBlock[];
  warnings: string[];
}

const HEADER = /@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])/y;
const ENTRY_AT_LINE_START = /^[ \t]*@[ \t]*[A-Za-z][\w-]*[ \t]*[{(]/gm;

class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  isLineStart(text: string, pos: number): boolean {
    const start = this.starts[this.lineOf(pos) - 1];
    return /^[ \t]*$/.test(text.slice(start, pos));
  }
}

/**
 * Index of the delimiter that closes a block opened just before `from`, or -1
 * when the text ends first. Braces nest; a backslash escapes the next character,
 * as in the decoding library, so both agree on where a block ends.
 */
export function findBlockEnd(text: string, from: number, open: '{' | '('): number {
  let depth = open === '{' ? 1 : 0;
  let inQuotes = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\') {
      i++;
    } else if (ch === '{') {
      depth++;
    } else if (ch === '}') {
      depth--;
      if (open === '{' && depth === 0) return i;
      if (depth < 0) return -1;
    } else if (open === '(' && depth === 0) {
      if (ch === '"') inQuotes = !inQuotes;
      else if (ch === ')' && !inQuotes) return i;
    }
  }
  return -1;
}

function splitKey(body: string): { key: string; fieldsText: string } {
  const comma = body.indexOf(',');
  const head = comma === -1 ? body : body.slice(0, comma);
  // "@misc{title = {…}, …}" has no key: the first comma ends a field, not a key.
  if (head.includes('=')) return { key: '', fieldsText: body };
  return { key: head.trim(), fieldsText: comma === -1 ? '' : body.slice(comma + 1) };
}

function nextEntryLine(text: string, from: number, lines: LineIndex): number | null {
  ENTRY_AT_LINE_START.lastIndex = from;
  const match = ENTRY_AT_LINE_START.exec(text);
  return match ? lines.lineOf(match.index + match[0].indexOf('@')) : null;
}

function describeEntry(type: string, key: string): string {
  return key ? `entry ${key}` : `@${type} entry`;
}

/** Throws ImportFormatError when the blocks cannot be delimited; see the file comment. */
export function scanBibtex(text: string): ScannedBibtex {
  const lines = new LineIndex(text);
  const blocks: BibBlock[] = [];
  const warnings: string[] = [];
  let strayBrace: ImportFormatError | null = null;
  let junkDepth = 0;
  let pos = 0;

  while (pos < text.length) {
    const ch = text[pos];

    if (ch === '%') {
      // A line comment between entries: an "@" in it starts nothing.
      const eol = text.indexOf('\n', pos);
      pos = eol === -1 ? text.length : eol + 1;
      continue;
    }

    if (ch === '{') {
      junkDepth++;
    } else if (ch === '}') {
      if (junkDepth > 0) {
        junkDepth--;
      } else if (!strayBrace) {
        const previous = blocks[blocks.length - 1];
        const hint = previous && previous.kind === 'entry' ? `; ${describeEntry(previous.type, previous.key)} (line ${previous.line}) probably closes too early` : '';
        strayBrace = new ImportFormatError(`unbalanced '}' outside any entry${hint}`, lines.lineOf(pos));
      }
    }

    if (ch !== '@') {
      pos++;
      continue;
    }

    HEADER.lastIndex = pos;
    const header = HEADER.exec(text);
    if (!header) {
      const word = /^@[ \t]*([A-Za-z][\w-]*)?/.exec(text.slice(pos, pos + 40))?.[1] ?? '';
      if (lines.isLineStart(text, pos) && word.toLowerCase() !== 'comment') {
        warnings.push(`line ${lines.lineOf(pos)}: "@${word}" does not open an entry and was ignored`);
      }
      pos++;
      continue;
    }

    const type = header[1].toLowerCase();
    const open = header[2] as '{' | '(';
    const line = lines.lineOf(pos);
    const bodyStart = pos + header[0].length;
    const end = findBlockEnd(text, bodyStart, open);
    junkDepth = 0;

    if (type === 'comment') {
      if (end === -1) {
        // An unclosed brace inside a comment: end the comment at the next entry.
        warnings.push(`unbalanced '{' inside @comment at line ${line} ignored`);
        ENTRY_AT_LINE_START.lastIndex = bodyStart;
        const next = ENTRY_AT_LINE_START.exec(text);
        blocks.push({ kind: 'comment', type, key: '', body: text.slice(bodyStart, next ? next.index : text.length), fieldsText: '', line });
        if (!next) break;
        pos = next.index;
        continue;
      }
      blocks.push({ kind: 'comment', type, key: '', body: text.slice(bodyStart, end), fieldsText: '', line });
      pos = end + 1;
      // Closing braces right after a comment belong to it: its content closed it early.
      const trailing = /^(?:\s*\})+/.exec(text.slice(pos));
      if (trailing) {
        warnings.push(`unbalanced '}' inside @comment at line ${line} ignored`);
        pos += trailing[0].length;
      }
      continue;
    }

    if (end === -1) {
      const { key } = splitKey(text.slice(bodyStart, bodyStart + 1000));
      const what = type === 'string' || type === 'preamble' ? `@${type}` : describeEntry(type, key);
      const next = nextEntryLine(text, bodyStart, lines);
      if (next !== null) {
        throw new ImportFormatError(
          `unbalanced '{' in ${what}: it never closes, so the entries after it (from line ${next}) cannot be told apart`,
          line,
        );
      }
      throw new ImportFormatError(`file truncated: ${what} is not closed before the end of the file`, line);
    }

    const body = text.slice(bodyStart, end);
    if (type === 'string' || type === 'preamble') {
      blocks.push({ kind: type, type, key: '', body, fieldsText: '', line });
    } else {
      blocks.push({ kind: 'entry', type, ...splitKey(body), body, line });
    }
    pos = end + 1;
  }

  if (!blocks.length) throw notBibtex(text);
  if (strayBrace) throw strayBrace;
  return { blocks, warnings };
}

function notBibtex(text: string): ImportFormatError {
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start) return new ImportFormatError('empty file: no BibTeX entries');
  if (start.startsWith('<')) return new ImportFormatError('not BibTeX: the file looks like XML or HTML', 1);
  if (start.startsWith('{') || start.startsWith('[')) return new ImportFormatError('not BibTeX: the file looks like JSON', 1);
  return new ImportFormatError('not BibTeX: no @entry{…} found');
}
