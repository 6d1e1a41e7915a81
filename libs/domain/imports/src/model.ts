import { IMPORT_FILE_FORMATS, type ImportFileFormat } from '@loopboard/contracts';

/**
 * What every import parser produces: records decoded from their format (XML
 * entities, BibTeX macros and LaTeX escapes, CSV quoting) but with names and
 * keys as the source wrote them. Name normalisation and identity matching are
 * the next step (@loopboard/domain-identity), shared by all formats.
 */
// One list of formats, shared with the API contract.
export const IMPORT_FORMATS = IMPORT_FILE_FORMATS;
export type ImportFormat = ImportFileFormat;

/** Strong keys of a person, as given by the source (empty slots left out). */
export interface PersonIds {
  emails?: string[];
  orcid?: string;
  dblpPid?: string;
  semanticScholarId?: string;
  openReviewId?: string;
  githubLogin?: string;
  openAlexId?: string;
  googleScholarId?: string;
}

export interface ImportedAuthor {
  /** As written in the source after format decoding ("Schölkopf, Bernhard", "A. Del Maestro", "JosÃ© Romero"). */
  name: string;
  ids: PersonIds;
  affiliations: string[];
  homepage?: string;
}

export const ACCEPTANCE_KINDS = ['oral', 'spotlight', 'poster', 'workshop', 'preprint', 'accepted', 'rejected', 'withdrawn', 'unknown'] as const;
export type AcceptanceKind = (typeof ACCEPTANCE_KINDS)[number];

export interface PaperIds {
  arxiv?: string;
  doi?: string;
  dblpKey?: string;
  openReviewId?: string;
  semanticScholarId?: string;
  openAlexId?: string;
  bibtexKey?: string;
}

export interface Link {
  url: string;
  kind: 'pdf' | 'code' | 'page' | 'review' | 'other';
}

export interface ImportedPaper {
  kind: 'paper';
  /** Where in the file: entry key, record index or line, for skip reasons and provenance. */
  sourceRef: string;
  title: string;
  /** Canonical short name where recognised (NeurIPS, ICML, ICLR, CVPR, ACL, …), else the venue as written, else null. */
  venue: string | null;
  year: number | null;
  acceptance: AcceptanceKind;
  /** In author order; the first is the first author. */
  authors: ImportedAuthor[];
  /** True when the source lists more authors than it names ("and others"). */
  authorsTruncated: boolean;
  ids: PaperIds;
  links: Link[];
  /** Reviewer ratings where the source gives them (OpenReview). */
  ratings?: number[];
}

export interface ImportedReimplementation {
  kind: 'reimplementation';
  sourceRef: string;
  /** https URL of the repository, repaired where obviously broken ("https:/github.com"), without a trailing ".git". */
  repoUrl: string;
  /** The paper it re-implements, as far as the source says. */
  paper: { title: string | null; ids: PaperIds; url: string | null };
  /** Code by the paper's own authors (PwC is_official) rather than an independent re-implementation. */
  official: boolean;
  /** Whether the paper's results were reproduced; null when the source does not say. */
  reproduced: boolean | null;
  framework: string | null;
  /** People who did the re-implementation (empty when the source names nobody, e.g. PwC links). */
  authors: ImportedAuthor[];
  year: number | null;
  links: Link[];
  notes: string | null;
}

/** An author record with their papers (Semantic Scholar, OpenAlex). */
export interface ImportedProfile {
  kind: 'profile';
  sourceRef: string;
  person: ImportedAuthor;
  papers: ImportedPaper[];
}

/** A row of a plain candidates CSV. */
export interface ImportedCandidateRow {
  kind: 'candidate';
  sourceRef: string;
  person: ImportedAuthor;
  location: string | null;
  tags: string[];
  notes: string | null;
  /** Other columns, kept as provenance. */
  attributes: Record<string, string>;
}

export type ImportedRecord = ImportedPaper | ImportedReimplementation | ImportedProfile | ImportedCandidateRow;

/** A record left out, with the reason a recruiter reads in the import result. */
export interface ImportSkip {
  sourceRef: string;
  reason: string;
}

export interface ParseResult {
  format: ImportFormat;
  records: ImportedRecord[];
  skipped: ImportSkip[];
  /** File-level remarks that refuse nothing (e.g. "unbalanced brace inside @comment ignored"). */
  warnings: string[];
}

export interface ParseOptions {
  /** Extra BibTeX @string definitions, e.g. the content of a separate standardstrings.bib. */
  bibtexMacros?: string;
}

/** The whole file is refused: wrong format, truncated, malformed. Nothing from it is imported. */
export class ImportFormatError extends Error {
  constructor(
    message: string,
    /** 1-based line where the problem was found, when known. */
    readonly line?: number,
  ) {
    super(line ? `${message} (line ${line})` : message);
    this.name = 'ImportFormatError';
  }
}
