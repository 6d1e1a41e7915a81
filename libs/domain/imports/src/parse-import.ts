import { parseArxivAtom } from './arxiv/index.js';
import { parseBibtex } from './bibtex/index.js';
import { parseCandidatesCsv } from './csv/index.js';
import { detectFormat } from './detect/index.js';
import { ImportFormatError, type ImportFormat, type ParseOptions, type ParseResult } from './model.js';
import { parseOpenReviewCsv, parsePaperlistsJson } from './openreview/index.js';
import { parsePwcLinks } from './pwc/index.js';
import { parseResearchReimplementationsBibtex, parseRescienceYaml } from './rescience/index.js';
import { parseOpenAlexAuthor, parseSemanticScholarAuthor } from './scholar/index.js';

export const PARSERS: Record<ImportFormat, (text: string, options?: ParseOptions) => ParseResult> = {
  'arxiv-atom': (text) => parseArxivAtom(text),
  bibtex: (text, options) => parseBibtex(text, options),
  'rescience-bibtex': (text, options) => parseResearchReimplementationsBibtex(text, options),
  'rescience-yaml': (text) => parseRescienceYaml(text),
  'paperlists-json': (text) => parsePaperlistsJson(text),
  'openreview-csv': (text) => parseOpenReviewCsv(text),
  'pwc-links': (text) => parsePwcLinks(text),
  'semantic-scholar': (text) => parseSemanticScholarAuthor(text),
  openalex: (text) => parseOpenAlexAuthor(text),
  'candidates-csv': (text) => parseCandidatesCsv(text),
};

export interface ParseImportOptions extends ParseOptions {
  /** Overrides detection when the recruiter picked the format. */
  format?: ImportFormat;
}

/**
 * One entry for every import: the format is detected from the content (the
 * file name only breaks ties) unless given, then the file is parsed. Throws
 * ImportFormatError when the format is unknown or the file is malformed.
 */
export function parseImport(fileName: string | null, text: string, options: ParseImportOptions = {}): ParseResult {
  const format = options.format ?? detectFormat(fileName, text);
  if (!format) {
    throw new ImportFormatError(
      'Could not tell the format of this file; choose one of: arXiv Atom, BibTeX, ReScience BibTeX or YAML, OpenReview paper list (JSON or CSV), Papers-with-Code links, Semantic Scholar or OpenAlex author, candidates CSV',
    );
  }
  return PARSERS[format](text, options);
}
