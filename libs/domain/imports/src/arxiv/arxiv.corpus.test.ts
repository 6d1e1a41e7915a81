import { describe, expect, it } from 'vitest';
import type { ImportedPaper } from '../model.js';
import { fixture, hasFixtures } from '../test-support/fixtures.js';
import { parseArxivAtom } from './atom.js';

const papersOf = (name: string) => parseArxivAtom(fixture(name)).records as ImportedPaper[];

describe.skipIf(!hasFixtures)('parseArxivAtom on the real arXiv feeds', () => {
  it('reads the 2016 del_maestro page: 10 entries, 24 author slots, both spellings of Del Maestro', () => {
    const result = parseArxivAtom(fixture('arxiv_atom_legacy2016_search_au_del_maestro.xml'));
    const papers = result.records as ImportedPaper[];
    expect(papers).toHaveLength(10);
    expect(result.skipped).toEqual([]);
    expect(papers.flatMap((p) => p.authors)).toHaveLength(24);
    const names = new Set(papers.flatMap((p) => p.authors.map((a) => a.name)));
    expect(names).toContain('Adrian Del Maestro');
    expect(names).toContain('A. Del Maestro');
    // totalResults=31: the file is the first page of three.
    expect(result.warnings).toEqual(['this feed holds results 1–10 of 31; import the other pages to get the rest']);
  });

  it('reads versioned ids of both styles without their versions', () => {
    const ids = papersOf('arxiv_atom_legacy2016_search_au_del_maestro.xml').map((p) => p.ids.arxiv);
    expect(ids).toContain('cond-mat/0412498');
    expect(ids).toContain('1201.4869');
    expect(ids.every((id) => !/v\d+$/.test(id ?? ''))).toBe(true);
  });

  it('reads every 2016 entry as published in its journal (each has a journal_ref and a DOI)', () => {
    const papers = papersOf('arxiv_atom_legacy2016_search_au_del_maestro.xml');
    expect(papers.every((p) => p.acceptance === 'accepted' && p.ids.doi)).toBe(true);
    expect(papers.find((p) => p.ids.arxiv === '1201.4869')).toMatchObject({ venue: 'Int. J. Mod. Phys. B', year: 2012 });
  });

  it('finds the checkerboard entry again in the larger feed, under the same id', () => {
    const [single] = papersOf('arxiv_atom_legacy2016_search_del_maestro_checkerboard.xml');
    expect(single.ids.arxiv).toBe('cond-mat/0603029');
    const same = papersOf('arxiv_atom_legacy2016_search_au_del_maestro.xml').find((p) => p.ids.arxiv === single.ids.arxiv);
    expect(same).toEqual({ ...single, sourceRef: same?.sourceRef });
    expect(single.title).toBe('From stripe to checkerboard order on the square lattice in the presence of quenched disorder');
  });

  it('reads the 2026 layout: 100 entries, 366 author slots, 2 with affiliations, old-style ids', () => {
    const result = parseArxivAtom(fixture('arxiv_atom_2026_search_testing_max100.xml'));
    const papers = result.records as ImportedPaper[];
    expect(papers).toHaveLength(100);
    expect(result.skipped).toEqual([]);
    const authors = papers.flatMap((p) => p.authors);
    expect(authors).toHaveLength(366);
    expect(authors.filter((a) => a.affiliations.length > 0)).toEqual([
      { name: 'Marie-Claude Gaudel', ids: {}, affiliations: ['LRI'] },
      { name: 'Pascale Le Gall', ids: {}, affiliations: ['IBISC'] },
    ]);
    const ids = papers.map((p) => p.ids.arxiv);
    expect(ids).toEqual(expect.arrayContaining(['cs/0503050', 'hep-ph/0301050', 'gr-qc/0103067']));
    expect(Math.max(...papers.map((p) => p.authors.length))).toBe(9);
  });

  it('keeps the 2026 mojibake names as written, for the identity step to repair', () => {
    const names = papersOf('arxiv_atom_2026_search_testing_max100.xml').flatMap((p) => p.authors.map((a) => a.name));
    expect(names).toContain('JosÃ© RaÃºl Romero');
  });

  it('tells preprints from papers whose comment or journal reference names a venue', () => {
    const papers = papersOf('arxiv_atom_2026_search_testing_max100.xml');
    const byId = (id: string) => papers.find((p) => p.ids.arxiv === id);
    expect(byId('2202.12139')).toMatchObject({ acceptance: 'workshop', ids: { doi: '10.1109/ICSTW55395.2022.00035' } });
    expect(byId('2604.03438')).toMatchObject({
      acceptance: 'accepted',
      venue: '19th IEEE International Conference on Software Testing, Verification and Validation (ICST 2026)',
    });
    expect(byId('2503.05378')).toMatchObject({ acceptance: 'preprint', venue: 'arXiv' });
    expect(papers.filter((p) => p.acceptance === 'preprint').length).toBeGreaterThan(30);
  });

  it('creates nothing from the error feed and says why', () => {
    const result = parseArxivAtom(fixture('arxiv_atom_2026_error_bad_id_abc.xml'));
    expect(result.records).toEqual([]);
    expect(result.skipped).toEqual([{ sourceRef: 'entry 1', reason: 'arXiv API error: incorrect id format for abc' }]);
  });
});
