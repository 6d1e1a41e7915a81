import { parse, type Creator, type Options } from '@retorquere/bibtex-parser';
import type { ImportSkip, ParseOptions } from '../model.js';
import { scanBibtex, type BibBlock } from './scan.js';

/**
 * A .bib file decoded entry by entry: @string macros resolved (the file's own
 * and those of a separate macros file), LaTeX turned into Unicode, names parsed,
 * crossref inherited. Shared by the paper and the ReScience importers.
 */
export interface BibEntry {
  /** Citation key as written ('' when the entry has none). */
  key: string;
  /** Lower-case entry type ("article", "inproceedings", …). */
  type: string;
  /** 1-based line of the entry's `@`. */
  line: number;
  /** The key, or "line N" for an entry without one: what skip reasons and provenance name. */
  ref: string;
  /** Decoded text of every field but the name lists, lower-case field names; list fields joined. */
  fields: Record<string, string>;
  /** "First von Last Jr" in source order, "others" left out. */
  authors: string[];
  /** The author list ended with "and others". */
  authorsTruncated: boolean;
  editors: string[];
}

export interface DecodedBibtex {
  entries: BibEntry[];
  /** Entries whose fields could not be read (a missing comma, an unclosed quote, …). */
  skipped: ImportSkip[];
  warnings: string[];
}

type Strings = Record<string, string>;
type UnsupportedHandler = Exclude<NonNullable<Options['unsupported']>, 'ignore'>;

const CREATOR_FIELDS = new Set(['author', 'editor', 'bookauthor', 'collaborator', 'commentator', 'director', 'editora', 'editorb', 'editors', 'holder', 'scriptwriter', 'translator']);
// URL and identifier fields are read verbatim: in text mode "%" would start a comment and "~" become a space.
const VERBATIM_FIELDS: (string | RegExp)[] = ['eprint', 'pdf', 'file', 'ee', 'code_swh', /url$/, /doi$/];
const isVerbatim = (field: string) => VERBATIM_FIELDS.some((pattern) => (typeof pattern === 'string' ? pattern === field : pattern.test(field)));
// What a child inherits from the entry it crossrefs: where and when it appeared.
const INHERITED_FIELDS = ['booktitle', 'journal', 'journaltitle', 'year', 'date', 'series', 'publisher', 'address', 'month', 'howpublished'];
const UNRESOLVED_MACRO = /^Unresolved @string reference "(.*)"$/;
const OTHERS = /^(?:others|et\.? ?al\.?)$/i;
// The HTML-ish markup the library renders for \emph, \textsc, \textsuperscript, \href, ….
const MARKUP = /<\/?(?:i|b|sc|nc|ncx|code|sup|sub|p|br|li|ul|blockquote|h\d|enquote)>|<span[^>]*>|<\/span>|<a href="[^"]*">|<\/a>/g;

/**
 * Commands the library does not know: a stray control space ("\ ell_1" in a NeurIPS
 * title) reads as a space, math-only commands (\mathcal) are dropped so "$\mathcal{O}(n)$"
 * reads "O(n)", and anything else is kept as written rather than lost.
 */
const keepUnknownCommand: UnsupportedHandler = (node, tex) => {
  if (node.type !== 'macro') return tex;
  if (!node.content.trim()) return ' ';
  const renderInfo = node._renderInfo as { mode?: string } | undefined;
  return renderInfo?.mode === 'math' ? '' : tex;
};

function libraryOptions(strings: Strings): Options {
  return { sentenceCase: false, applyCrossRef: false, strings, unsupported: keepUnknownCommand, verbatimFields: VERBATIM_FIELDS };
}

/**
 * Rendered markup removed, whitespace collapsed, and composed to NFC: the library
 * renders `Sch{\"o}lkopf` with a combining diaeresis, which would not equal the
 * precomposed "Schölkopf" of a UTF-8 export.
 */
export function cleanText(text: string): string {
  return text.replace(MARKUP, '').replace(/\s+/g, ' ').trim().normalize('NFC');
}

export function creatorName(creator: Creator): string {
  const name = creator.name ?? [creator.firstName, creator.prefix, creator.lastName, creator.suffix].filter(Boolean).join(' ');
  return cleanText(name);
}

/** LaTeX text outside a .bib file (a ReScience YAML title) decoded like a BibTeX field; braces dropped if it does not parse. */
export function latexToText(text: string): string {
  const library = parse(`@misc{x, title = {${text}}}`, libraryOptions({}));
  const title = library.entries[0]?.input ? library.entries[0].fields.title : undefined;
  return cleanText(typeof title === 'string' ? title : text.replace(/[{}]/g, ''));
}

function stringValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : creatorName(item as Creator))).join('; ');
  return '';
}

function undefinedMacros(errors: { error: string }[]): string[] {
  return errors.flatMap(({ error }) => {
    const match = UNRESOLVED_MACRO.exec(error);
    return match ? [match[1]] : [];
  });
}

/** Macro definitions of a separate file (standardstrings.bib), raw, keyed upper-case like the library's. */
function readMacroFile(text: string, warnings: string[]): Strings {
  const library = parse(text, { raw: true });
  const strings: Strings = { ...library.strings };
  if (!Object.keys(strings).length) warnings.push('bibtexMacros: no @string definitions found');
  for (const name of undefinedMacros(library.errors)) warnings.push(`bibtexMacros: undefined @string macro "${name}"`);
  return strings;
}

function libraryErrorMessage(error: string): string {
  return error
    .split('\n')[0]
    .replace(/ at line \d+, column \d+.*$/, '')
    .replace(/\s+/g, ' ')
    .slice(0, 160);
}

function decodeEntry(block: BibBlock, strings: Strings, preambles: string[], warnings: string[], skipped: ImportSkip[]): BibEntry | null {
  const ref = block.key || `line ${block.line}`;
  // The key is replaced: the library cannot read keys with spaces, and we keep the original anyway.
  const input = `${preambles.join('\n')}\n@${block.type}{entry,${block.fieldsText}\n}`;
  const library = parse(input, libraryOptions(strings));
  const entry = library.entries[0];

  for (const name of undefinedMacros(library.errors)) {
    warnings.push(`entry ${ref} (line ${block.line}): undefined @string macro "${name}" kept as text`);
  }
  if (!entry || !entry.input) {
    const error = library.errors.find(({ error: message }) => !UNRESOLVED_MACRO.test(message));
    skipped.push({ sourceRef: ref, reason: `entry ${ref} (line ${block.line}): malformed fields (${error ? libraryErrorMessage(error.error) : 'unreadable'})` });
    return null;
  }

  const fields: Record<string, string> = {};
  const creators: Partial<Record<'author' | 'editor', Creator[]>> = {};
  for (const [name, value] of Object.entries(entry.fields)) {
    if (name === 'author' || name === 'editor') creators[name] = value as Creator[];
    else if (CREATOR_FIELDS.has(name)) continue;
    else if (name === 'keywords' && Array.isArray(value)) fields[name] = value.join(', ');
    else if (isVerbatim(name)) fields[name] = stringValue(value).trim();
    else fields[name] = cleanText(stringValue(value));
  }

  const authorNames = (creators.author ?? []).map(creatorName).filter(Boolean);
  return {
    key: block.key,
    type: block.type,
    line: block.line,
    ref,
    fields,
    authors: authorNames.filter((name) => !OTHERS.test(name)),
    authorsTruncated: authorNames.some((name) => OTHERS.test(name)),
    editors: (creators.editor ?? []).map(creatorName).filter((name) => name && !OTHERS.test(name)),
  };
}

function readStringBlock(block: BibBlock, strings: Strings, warnings: string[]): void {
  const library = parse(`@string{${block.body}}`, { raw: true, strings });
  Object.assign(strings, library.strings);
  for (const name of undefinedMacros(library.errors)) warnings.push(`line ${block.line}: undefined @string macro "${name}" in @string`);
  const broken = library.errors.find(({ error }) => !UNRESOLVED_MACRO.test(error));
  if (broken) warnings.push(`line ${block.line}: @string not read (${libraryErrorMessage(broken.error)})`);
}

/** Copies where-and-when fields from the crossref'd entry into entries that lack them. */
function inheritCrossrefs(entries: BibEntry[], warnings: string[]): void {
  const byKey = new Map(entries.filter((entry) => entry.key).map((entry) => [entry.key.toLowerCase(), entry]));
  for (const child of entries) {
    const target = child.fields.crossref;
    if (!target) continue;
    const parent = byKey.get(target.toLowerCase());
    if (!parent || parent === child) {
      warnings.push(`entry ${child.ref}: crossref "${target}" not found in the file`);
      continue;
    }
    for (const field of INHERITED_FIELDS) {
      if (!child.fields[field] && parent.fields[field]) child.fields[field] = parent.fields[field];
    }
    // A proceedings volume's own title is the booktitle of the papers in it.
    if (!child.fields.booktitle && !child.fields.journal && parent.fields.title && /proceedings|book|collection/.test(parent.type)) {
      child.fields.booktitle = parent.fields.title;
    }
    if (!child.editors.length) child.editors = parent.editors;
  }
}

/**
 * Throws ImportFormatError when the file cannot be split into entries (see
 * scanBibtex); an entry whose fields cannot be read is skipped with the reason.
 */
export function readBibtex(text: string, options: ParseOptions = {}): DecodedBibtex {
  const { blocks, warnings } = scanBibtex(text);
  const skipped: ImportSkip[] = [];
  const strings: Strings = options.bibtexMacros ? readMacroFile(options.bibtexMacros, warnings) : {};
  const preambles: string[] = [];
  const entries: BibEntry[] = [];
  const seen = new Map<string, number>();

  for (const block of blocks) {
    if (block.kind === 'string') readStringBlock(block, strings, warnings);
    else if (block.kind === 'preamble') preambles.push(`@preamble{${block.body}}`);
    else if (block.kind === 'entry') {
      const entry = decodeEntry(block, strings, preambles, warnings, skipped);
      if (!entry) continue;
      const firstLine = entry.key ? seen.get(entry.key) : undefined;
      if (firstLine !== undefined) warnings.push(`entry ${entry.key} (line ${entry.line}): the key is used before, at line ${firstLine}`);
      else if (entry.key) seen.set(entry.key, entry.line);
      entries.push(entry);
    }
  }

  inheritCrossrefs(entries, warnings);
  if (!entries.length && !skipped.length) warnings.push('no entries found (only @string, @preamble or @comment blocks)');
  return { entries, skipped, warnings };
}
