import { IMPORT_MAX_BYTES, type CreateImportRequest, type ImportFileFormat } from '@loopboard/contracts';
import { formatBytes } from './formatBytes';

export type ImportRequestCheck = { ok: true; json: string; bytes: number } | { ok: false; message: string };

/**
 * Reads the chosen files into the JSON body of POST /imports, or says why not, before
 * anything is sent: the API refuses bodies over IMPORT_MAX_BYTES, and escaping (every
 * backslash of a BibTeX accent doubles) can push a file just under the limit over it.
 */
export async function buildImportRequest(file: File, format: ImportFileFormat | '', macros: File | null): Promise<ImportRequestCheck> {
  const limit = formatBytes(IMPORT_MAX_BYTES);
  if (file.size === 0) return { ok: false, message: `${file.name} is empty: there is nothing to import.` };
  if (file.size > IMPORT_MAX_BYTES) {
    return {
      ok: false,
      message: `${file.name} is ${formatBytes(file.size)}; imports are limited to ${limit}. Split the file and import the parts.`,
    };
  }
  if (macros && macros.size > IMPORT_MAX_BYTES) {
    return { ok: false, message: `${macros.name} is ${formatBytes(macros.size)}; a macros file is limited to ${limit}.` };
  }
  const content = await readUtf8(file);
  if (!content.ok) return content;
  const request: CreateImportRequest = { fileName: file.name, content: content.text };
  if (format) request.format = format;
  if (macros) {
    const macrosText = await readUtf8(macros);
    if (!macrosText.ok) return macrosText;
    request.bibtexMacros = macrosText.text;
  }
  const json = JSON.stringify(request);
  const bytes = new TextEncoder().encode(json).length;
  if (bytes > IMPORT_MAX_BYTES) {
    return {
      ok: false,
      message: `${file.name} is ${formatBytes(file.size)}, but the upload would be ${formatBytes(bytes)} once encoded${macros ? ' with the macros' : ''}; imports are limited to ${limit}. Split the file and import the parts.`,
    };
  }
  return { ok: true, json, bytes };
}

/**
 * The file's text, strictly UTF-8: `file.text()` would quietly replace bytes of another
 * encoding (Latin-1 accents, UTF-16) with U+FFFD and import mangled names. A file the browser
 * cannot read (moved, deleted, permission gone: NotReadableError) is refused by name too.
 */
async function readUtf8(file: File): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return {
      ok: false,
      message: `${file.name} could not be read. It may have been moved, changed or deleted since you chose it; choose it again.`,
    };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, message: `${file.name} is not UTF-8 text; save it as UTF-8 and try again.` };
  }
}
