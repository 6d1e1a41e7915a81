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
  const request: CreateImportRequest = { fileName: file.name, content: await file.text() };
  if (format) request.format = format;
  if (macros) request.bibtexMacros = await macros.text();
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
