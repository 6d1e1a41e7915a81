/** Formats an import accepts; the API detects the format from the content when none is given. */
export const IMPORT_FILE_FORMATS = [
  'arxiv-atom',
  'bibtex',
  'rescience-bibtex',
  'rescience-yaml',
  'paperlists-json',
  'openreview-csv',
  'pwc-links',
  'semantic-scholar',
  'openalex',
  'candidates-csv',
] as const;
export type ImportFileFormat = (typeof IMPORT_FILE_FORMATS)[number];

/** Largest import file the API takes, in bytes (the JSON request body). Other routes keep the 1 MB default. */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;

export const IMPORT_SELECTIONS = ['all', 'first-authors', 'selected'] as const;
export type ImportSelection = (typeof IMPORT_SELECTIONS)[number];

export type ImportStatus = 'preview' | 'committed';

export interface CreateImportRequest {
  fileName: string;
  content: string;
  format?: ImportFileFormat;
  /** Extra BibTeX @string definitions (a separate standardstrings.bib). */
  bibtexMacros?: string;
}

export interface CommitImportRequest {
  select: ImportSelection;
  /** With select 'selected': the preview's person keys to import. */
  personKeys?: string[];
}

export interface ImportPaperEvidence {
  sourceRef: string;
  title: string;
  year: number | null;
  venue: string | null;
  position: number;
  firstAuthor: boolean;
}

export type ImportMatch =
  | { kind: 'strong'; candidateId: string; candidateName: string; on: string }
  | { kind: 'authorship'; candidateId: string; candidateName: string; on: string }
  | { kind: 'conflict'; candidateIds: string[]; on: string }
  | null;

export interface ImportPersonPreview {
  key: string;
  displayName: string;
  spellings: string[];
  ids: Record<string, string | string[]>;
  firstAuthor: boolean;
  papers: ImportPaperEvidence[];
  reimplementations: { sourceRef: string; repoUrl: string }[];
  match: ImportMatch;
  /** Existing candidates with the same name: shown for review, never merged (names only suggest, even with a shared co-author). */
  possibleDuplicates: { candidateId: string; candidateName: string; sharedCoauthor?: string }[];
  /** Other people in this file with a similar name (their keys). */
  similarInFile: string[];
  action: 'create' | 'merge' | 'conflict';
  /** Human-readable: "will merge into Ada Lovelace (on orcid)". */
  actionText: string;
}

export interface ImportSkipReason {
  sourceRef: string;
  reason: string;
}

export interface ImportSummary {
  people: number;
  papers: number;
  reimplementations: number;
  toCreate: number;
  toMerge: number;
  conflicts: number;
  skipped: number;
}

export interface ImportPreview {
  id: string;
  fileName: string;
  format: ImportFileFormat;
  sha256: string;
  status: ImportStatus;
  createdAt: string;
  summary: ImportSummary;
  people: ImportPersonPreview[];
  skipped: ImportSkipReason[];
  warnings: string[];
}

export interface ImportCommitResult {
  id: string;
  created: number;
  merged: number;
  papersCreated: number;
  papersMatched: number;
  reimplementationsCreated: number;
  reimplementationsMatched: number;
  createdCandidateIds: string[];
  mergedCandidateIds: string[];
  skipped: ImportSkipReason[];
}

export interface ImportBatch {
  id: string;
  fileName: string;
  format: ImportFileFormat;
  sha256: string;
  status: ImportStatus;
  createdAt: string;
  createdBy: string | null;
  committedAt: string | null;
  summary: ImportSummary;
  result: ImportCommitResult | null;
}
