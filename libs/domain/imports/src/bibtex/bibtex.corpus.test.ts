import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportedPaper, ParseResult } from '../model.js';
import { fixture, hasFixtures } from '../test-support/fixtures.js';
import { parseBibtex } from './parse-bibtex.js';
import { readBibtex } from './read.js';

// What ../shared/fixtures/SOURCES.md says each real-world export holds.

function byRef(result: ParseResult): Map<string, ImportedPaper> {
  return new Map(result.records.map((record) => [record.sourceRef, record as ImportedPaper]));
}

const names = (paper: ImportedPaper | undefined) => paper?.authors.map((author) => author.name) ?? [];

describe.skipIf(!hasFixtures)('BibTeX corpus', () => {
  describe('NeurIPS 2019 proceedings export (first 300)', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseBibtex(fixture('bib_neurips2019_proceedings_first300.bib'));
    });

    it('reads all 300 entries: 299 papers and the one with an empty author list skipped', () => {
      expect(result.records.length + result.skipped.length).toBe(300);
      expect(result.records).toHaveLength(299);
      expect(result.skipped).toEqual([{ sourceRef: 'NEURIPS2019_08040837', reason: 'entry NEURIPS2019_08040837: no authors' }]);
      expect(result.warnings).toEqual([]);
    });

    it('gives every paper venue NeurIPS, year 2019, accepted, a hashed key and its PDF', () => {
      for (const paper of result.records as ImportedPaper[]) {
        expect(paper).toMatchObject({ venue: 'NeurIPS', year: 2019, acceptance: 'accepted' });
        expect(paper.ids.bibtexKey).toMatch(/^NEURIPS2019_[0-9a-f]{8}$/);
        expect(paper.links[0]).toMatchObject({ kind: 'pdf', url: expect.stringMatching(/^https:\/\/proceedings\.neurips\.cc\/.+-Paper\.pdf$/) });
      }
    });

    it('keeps "Last, First" names in order, raw UTF-8 and all-caps alike', () => {
      const papers = byRef(result);
      expect(papers.get('NEURIPS2019_00989c20')?.title).toBe('Compositional Plan Vectors');
      expect(names(papers.get('NEURIPS2019_00989c20'))[0]).toBe('Coline Devin');
      expect(names(papers.get('NEURIPS2019_00ac8ed3'))[0]).toBe('LU LIU');
      const schon = (result.records as ImportedPaper[]).flatMap((paper) => names(paper)).find((name) => name.includes('Schön'));
      expect(schon).toBe('Thomas B Schön');
    });

    it('decodes the editors too ("Florence d\'Alché-Buc")', () => {
      const { entries } = readBibtex(fixture('bib_neurips2019_proceedings_first300.bib'));
      expect(entries[0].editors).toContain("Florence d'Alché-Buc");
    });
  });

  describe('PMLR ICML 2018 export (first 200 blocks)', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseBibtex(fixture('bib_pmlr_icml2018_first200.bib'));
    });

    it('imports the 199 entries and ignores the @comment with its unbalanced brace', () => {
      expect(result.records).toHaveLength(199);
      expect(result.skipped).toEqual([]);
      expect(result.records.some((record) => record.sourceRef === 'pmlr-v80-ye18c')).toBe(false);
      expect(result.warnings).toEqual(["unbalanced '}' inside @comment at line 1 ignored"]);
    });

    it('reads "Proceedings of the 35th International Conference on Machine Learning" as ICML 2018, with page and pdf links', () => {
      const paper = byRef(result).get('pmlr-v80-abeille18a');
      expect(paper).toMatchObject({
        title: 'Improved Regret Bounds for Thompson Sampling in Linear Quadratic Control Problems',
        venue: 'ICML',
        year: 2018,
        acceptance: 'accepted',
        links: [
          { url: 'http://proceedings.mlr.press/v80/abeille18a.html', kind: 'page' },
          { url: 'http://proceedings.mlr.press/v80/abeille18a/abeille18a.pdf', kind: 'pdf' },
        ],
      });
      expect(names(paper)).toEqual(['Marc Abeille', 'Alessandro Lazaric']);
      expect(new Set(result.records.map((record) => (record as ImportedPaper).venue))).toEqual(new Set(['ICML']));
    });
  });

  describe('probml bibliography with standardstrings.bib', () => {
    let result: ParseResult;
    let papers: Map<string, ImportedPaper>;
    beforeAll(() => {
      result = parseBibtex(fixture('bib_curated_probml_bibliography.bib'), { bibtexMacros: fixture('bib_curated_probml_standardstrings.bib') });
      papers = byRef(result);
    });

    it('imports all 345 entries with every macro resolved', () => {
      expect(result.records).toHaveLength(345);
      expect(result.skipped).toEqual([]);
      expect(result.warnings).toEqual([]);
    });

    it('resolves bare macros to canonical venues', () => {
      expect(papers.get('Allamanis2017')).toMatchObject({ venue: 'ICML', acceptance: 'accepted', year: 2017 }); // journal = icml
      expect(papers.get('Ajanthan2017')?.venue).toBe('CVPR'); // journal=cvpr
      expect(papers.get('Alemi2017')?.venue).toBe('ICLR'); // journal = iclr
      expect(papers.get('Amos2016')).toMatchObject({ venue: 'arXiv', acceptance: 'preprint' }); // journal = arxiv
      expect(papers.get('Golinski2019orthogonal')).toMatchObject({ venue: 'ICML Workshop', acceptance: 'workshop' }); // journal = icmlinnf
    });

    it('reads arXiv ids written into the journal', () => {
      expect(papers.get('Abbasnejad2016')).toMatchObject({ venue: 'arXiv', acceptance: 'preprint', ids: { arxiv: '1611.07800' } });
      expect(papers.get('Behrmann2018')?.ids.arxiv).toBe('1811.00995');
    });

    it('decodes LaTeX accents, one name written two ways reading the same', () => {
      expect(names(papers.get('Bakir2007'))).toContain('Bernhard Schölkopf');
      expect(names(papers.get('Golinski2018uai'))[0]).toBe('Adam Goliński');
      expect(names(papers.get('Huszar2013'))).toEqual(['Ferenc Huszár']);
      expect(names(papers.get('LeCun1998'))).toContain('Léon Bottou'); // L{\'e}on
      expect(names(papers.get('Oquab2014'))).toContain('Léon Bottou'); // L{\'{e}}on
      expect(names(papers.get('Stuhlmuller2013'))[0]).toBe('Andreas Stuhlmüller'); // Stuhlm{\"u}ller
      expect(names(papers.get('Goodman2014'))[1]).toBe('Andreas Stuhlmüller'); // Stuhlm\"{u}ller
      for (const paper of result.records as ImportedPaper[]) {
        for (const name of names(paper)) expect(name).toBe(name.normalize('NFC'));
        expect(paper.title).not.toMatch(/[{}\\]/);
      }
    });

    it('reads the tab-indented entries', () => {
      expect(papers.get('Golinski2018uai')).toMatchObject({ title: 'Amortized Monte Carlo Integration', venue: 'UAI Workshop' });
    });

    it('marks the 3 "and others" author lists as truncated', () => {
      const truncated = (result.records as ImportedPaper[]).filter((paper) => paper.authorsTruncated).map((paper) => paper.sourceRef);
      expect(truncated).toEqual(['Bengio2007', 'Desjardins2015', 'Szegedy2015']);
      expect(names(papers.get('Bengio2007'))).toEqual(['Yoshua Bengio', 'Pascal Lamblin', 'Dan Popovici', 'Hugo Larochelle']);
    });

    it('without standardstrings.bib still imports every entry, keeping macro names as venues, with warnings', () => {
      const bare = parseBibtex(fixture('bib_curated_probml_bibliography.bib'));
      expect(bare.records).toHaveLength(345);
      expect(byRef(bare).get('Allamanis2017')?.venue).toBe('ICML'); // "icml" canonicalises anyway
      expect(byRef(bare).get('Kingma2016iaf')?.venue).toBe('NeurIPS');
      const unknown = (bare.records as ImportedPaper[]).filter((paper) => ['ijcv', 'ijcnn', 'icmlinnf', 'neuripsaabi'].includes(paper.venue ?? ''));
      expect(unknown.length).toBeGreaterThan(0);
      expect(bare.warnings).toContain('entry Allamanis2017 (line 29): undefined @string macro "icml" kept as text');
      expect(bare.warnings.every((warning) => warning.includes('undefined @string macro'))).toBe(true);
    });
  });

  describe('DBLP export (32 entries)', () => {
    let result: ParseResult;
    beforeAll(() => {
      result = parseBibtex(fixture('bib_dblp_export_michael_ley_32.bib'));
    });

    it('imports all 32 entries with their DBLP keys', () => {
      expect(result.records).toHaveLength(32);
      expect(result.skipped).toEqual([]);
      for (const paper of result.records as ImportedPaper[]) {
        expect(paper.ids.dblpKey).toBe(paper.ids.bibtexKey?.replace(/^DBLP:/, ''));
      }
    });

    it('unescapes DOIs and URLs', () => {
      const papers = result.records as ImportedPaper[];
      const dois = papers.map((paper) => paper.ids.doi).filter(Boolean);
      expect(dois).toContain('10.1007/11827405_23');
      expect(dois.some((doi) => doi?.includes('\\'))).toBe(false);
      const urls = papers.flatMap((paper) => paper.links.map((link) => link.url));
      expect(urls).toContain('http://dblp.uni-trier.de/papers/EGC06_ML_PR.pdf');
      expect(urls.some((url) => url.includes('\\'))).toBe(false);
    });

    it('decodes {\\"{a}}-style escapes and joins titles continued over lines', () => {
      expect(byRef(result).get('DBLP:conf/gvd/Ley07')).toMatchObject({
        title: 'Datenqualität: Eine organisatorische und technische Herausforderung - Erfahrungen von der DBLP-Bibliographie',
        acceptance: 'workshop',
      });
      expect(byRef(result).get('DBLP:conf/jcdl/MichelsFLSS17')).toMatchObject({ year: 2017, ids: { doi: '10.1109/JCDL.2017.7991609' } });
    });
  });

  describe('MLRC 2022 report 45 bibliography (DBLP + Google Scholar)', () => {
    let result: ParseResult;
    let papers: Map<string, ImportedPaper>;
    beforeAll(() => {
      result = parseBibtex(fixture('bib_mixed_dblp_gscholar_mlrc2022_report45.bib'));
      papers = byRef(result);
    });

    it('imports the 22 entries, 16 of them with a DBLP key from biburl', () => {
      expect(result.records).toHaveLength(22);
      expect(result.skipped).toEqual([]);
      expect((result.records as ImportedPaper[]).filter((paper) => paper.ids.dblpKey)).toHaveLength(16);
    });

    it('reads CoRR entries as arXiv preprints with their ids', () => {
      expect(papers.get('LDAM-DRW')).toMatchObject({
        venue: 'arXiv',
        acceptance: 'preprint',
        year: 2019,
        ids: { arxiv: '1906.07413', dblpKey: 'journals/corr/abs-1906-07413', bibtexKey: 'LDAM-DRW' },
      });
      expect(names(papers.get('LDAM-DRW'))).toContain('Nikos Aréchiga');
    });

    it('reads the Google Scholar entries: "and others", a workshop, human-chosen keys', () => {
      expect(papers.get('TinyImages')).toMatchObject({ authorsTruncated: true, acceptance: 'unknown', venue: null });
      expect(papers.get('torchdistill')).toMatchObject({ acceptance: 'workshop', title: 'torchdistill: A Modular, Configuration-Driven Framework for Knowledge Distillation' });
      expect(papers.get('M2m')?.ids.arxiv).toBe('2004.00431');
    });
  });
});
