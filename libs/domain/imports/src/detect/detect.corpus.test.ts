import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportFormat } from '../model.js';
import { FIXTURES_DIR, fixture, hasFixtures } from '../test-support/fixtures.js';
import { detectFormat } from './detect.js';

/** Every file of the corpus and the parser it belongs to (SOURCES.md). */
const EXPECTED: Record<string, ImportFormat> = {
  'arxiv_atom_2026_error_bad_id_abc.xml': 'arxiv-atom',
  'arxiv_atom_2026_search_testing_max100.xml': 'arxiv-atom',
  'arxiv_atom_legacy2016_search_au_del_maestro.xml': 'arxiv-atom',
  'arxiv_atom_legacy2016_search_del_maestro_checkerboard.xml': 'arxiv-atom',
  'bib_curated_probml_bibliography.bib': 'bibtex',
  'bib_curated_probml_standardstrings.bib': 'bibtex',
  'bib_dblp_export_michael_ley_32.bib': 'bibtex',
  'bib_mixed_dblp_gscholar_mlrc2022_report45.bib': 'bibtex',
  'bib_neurips2019_proceedings_first300.bib': 'bibtex',
  'bib_pmlr_icml2018_first200.bib': 'bibtex',
  'conf_neurips2017_accepted_paperlists_first300.json': 'paperlists-json',
  'hiring_recruitment_labelled_with_shortlist_stage_rows1-750.csv': 'candidates-csv',
  'hiring_recruitment_numeric_coded_rows1-750.csv': 'candidates-csv',
  'openalex_author_A1969205032.json': 'openalex',
  'openreview_iclr2018_paperlists_first300.json': 'paperlists-json',
  'openreview_iclr2023_ratings_decisions_20230210_first300.csv': 'openreview-csv',
  'pwc_links_between_papers_and_code_part1_46.json': 'pwc-links',
  'reimpl_mlrc2020_albanis_metadata.yaml': 'rescience-yaml',
  'reimpl_mlrc2020_holdijk_metadata.yaml': 'rescience-yaml',
  'reimpl_mlrc2020_rescience_all_articles.bib': 'rescience-bibtex',
  'reimpl_mlrc2022_rescience_published.bib': 'rescience-bibtex',
  's2_author_2262347_with_papers.json': 'semantic-scholar',
};

describe.skipIf(!hasFixtures)('detectFormat on every corpus file', () => {
  const files = hasFixtures ? readdirSync(FIXTURES_DIR).filter((name) => name !== 'SOURCES.md') : [];

  it('knows every file in the corpus', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('detects %s as %s, with or without its name', (name, format) => {
    const text = fixture(name);
    expect(detectFormat(name, text)).toBe(format);
    expect(detectFormat(null, text)).toBe(format);
  });

  it('detects a truncated copy of each JSON file as the same format', () => {
    for (const [name, format] of Object.entries(EXPECTED).filter(([n]) => n.endsWith('.json'))) {
      const text = fixture(name);
      expect(detectFormat(name, text.slice(0, Math.floor(text.length / 2)))).toBe(format);
    }
  });

  it('returns null for SOURCES.md', () => {
    expect(detectFormat('SOURCES.md', fixture('SOURCES.md'))).toBeNull();
  });
});
