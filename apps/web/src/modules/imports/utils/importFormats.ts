import type { ImportFileFormat } from '@loopboard/contracts';

export const IMPORT_FORMAT_LABELS: Record<ImportFileFormat, string> = {
  'arxiv-atom': 'arXiv API (Atom XML)',
  bibtex: 'BibTeX',
  'rescience-bibtex': 'ReScience / MLRC (BibTeX)',
  'rescience-yaml': 'ReScience / MLRC (YAML)',
  'paperlists-json': 'OpenReview paper list (JSON)',
  'openreview-csv': 'OpenReview paper list (CSV)',
  'pwc-links': 'Papers with Code links (JSON)',
  'semantic-scholar': 'Semantic Scholar author (JSON)',
  openalex: 'OpenAlex author (JSON)',
  'candidates-csv': 'Candidates (CSV)',
};
