import { ImportFormatError } from '../model.js';

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * JSON.parse that refuses the whole file with a message a recruiter can act on:
 * an empty file, a cut-off download ("ends early") or a broken document, with
 * the line where parsing stopped.
 */
export function readJson(text: string, what: string): unknown {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ImportFormatError(`the file is empty; expected ${what}`);
  try {
    return JSON.parse(body);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/end of (JSON|data)|Unterminated string/i.test(message)) {
      throw new ImportFormatError(`the ${what} ends early (truncated download?)`, lineAt(body, body.length));
    }
    const position = message.match(/position (\d+)/);
    const line = position ? lineAt(body, Number(position[1])) : undefined;
    throw new ImportFormatError(`not valid JSON, so not ${what}`, line);
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed non-empty string, or null for anything else (null, numbers, blanks). */
export function str(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed ? trimmed : null;
}
