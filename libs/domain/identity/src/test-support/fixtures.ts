import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The real-world corpus in ../shared/fixtures (see its SOURCES.md), read in
 * place and never copied into the repo: it holds real people's names.
 * LOOPBOARD_FIXTURES_DIR overrides the path.
 */
export const FIXTURES_DIR = resolve(
  process.env.LOOPBOARD_FIXTURES_DIR || join(dirname(fileURLToPath(import.meta.url)), '../../../../../../shared/fixtures'),
);

export const hasFixtures = existsSync(FIXTURES_DIR);

if (!hasFixtures && process.env.CI) throw new Error(`corpus fixtures not found at ${FIXTURES_DIR} (set LOOPBOARD_FIXTURES_DIR)`);

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** The value of every `author`/`editor` field of a BibTeX file, braces balanced, as written. */
export function bibtexNameFields(bib: string): string[] {
  const fields: string[] = [];
  const start = /\b(?:author|editor)\s*=\s*([{"])/gi;
  for (let m = start.exec(bib); m; m = start.exec(bib)) {
    let i = m.index + m[0].length;
    let depth = 1;
    const open = m[1];
    const from = i;
    for (; i < bib.length && depth > 0; i++) {
      const c = bib[i];
      if (c === '\\') i++;
      else if (c === '{') depth++;
      else if (c === '}') depth--;
      else if (open === '"' && c === '"' && depth === 1) depth = 0;
    }
    fields.push(bib.slice(from, i - 1));
  }
  return fields;
}

/** One BibTeX name list split on top-level " and ". */
export function splitBibtexNames(field: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let current = '';
  const words = field.split(/(\s+and\s+|[{}])/);
  for (const w of words) {
    if (w === '{') depth++;
    else if (w === '}') depth--;
    if (depth === 0 && /^\s+and\s+$/.test(w)) {
      names.push(current.trim());
      current = '';
    } else {
      current += w;
    }
  }
  if (current.trim()) names.push(current.trim());
  return names.filter((n) => n !== 'others');
}
