import { describe, expect, it } from 'vitest';
import type { ImportedAuthor, ImportedPaper, ParseResult } from '../model.js';
import { paperTitleKey, planImport, selectPeople } from './plan.js';

const author = (name: string, ids: ImportedAuthor['ids'] = {}): ImportedAuthor => ({ name, ids, affiliations: [] });

function paper(sourceRef: string, title: string, authors: ImportedAuthor[]): ImportedPaper {
  return {
    kind: 'paper',
    sourceRef,
    title,
    venue: 'ICML',
    year: 2020,
    acceptance: 'poster',
    authors,
    authorsTruncated: false,
    ids: {},
    links: [],
  };
}

const result = (records: ParseResult['records'], format: ParseResult['format'] = 'bibtex'): ParseResult => ({
  format,
  records,
  skipped: [],
  warnings: [],
});

describe('planImport', () => {
  it('finds each author once, with papers, positions and first authorship', () => {
    const plan = planImport(
      result([
        paper('a', 'Paper A', [author('Maestro, Adrian Del'), author('Bernhard Sch{\\"o}lkopf')]),
        paper('b', 'Paper B', [author('Bernhard Schölkopf'), author('Adrian Del Maestro')]),
      ]),
    );
    expect(plan.channel).toBe('paper');
    expect(plan.people.map((p) => p.displayName).sort()).toEqual(['Adrian Del Maestro', 'Bernhard Schölkopf']);
    const bernhard = plan.people.find((p) => p.nameKey === 'bernhard scholkopf')!;
    expect(bernhard.papers.map((p) => [p.sourceRef, p.position, p.firstAuthor])).toEqual([
      ['a', 2, false],
      ['b', 1, true],
    ]);
    expect(bernhard.firstAuthor).toBe(true);
    expect(plan.papers[0]!.authorKeys).toEqual([plan.people[0]!.key, bernhard.key]);
  });

  it('merges on strong keys and repairs mojibake', () => {
    const plan = planImport(
      result([
        paper('a', 'Paper A', [author('JosÃ© RaÃºl Romero', { orcid: '0000-0002-1825-0097' })]),
        paper('b', 'Paper B', [author('J. R. Romero', { orcid: 'https://orcid.org/0000-0002-1825-0097' })]),
      ]),
    );
    expect(plan.people).toHaveLength(1);
    expect(plan.people[0]).toMatchObject({ key: 'orcid:0000-0002-1825-0097', displayName: 'José Raúl Romero' });
    expect(plan.people[0]!.papers).toHaveLength(2);
  });

  it('keeps initials-only matches apart as possible duplicates', () => {
    const plan = planImport(
      result([paper('a', 'Paper A', [author('Adrian Del Maestro')]), paper('b', 'Paper B', [author('A. Del Maestro')])]),
    );
    expect(plan.people).toHaveLength(2);
    expect(plan.people[0]!.possibleDuplicates).toEqual([plan.people[1]!.key]);
  });

  it('never merges the same name across different ORCIDs', () => {
    const plan = planImport(
      result([
        paper('a', 'Paper A', [author('Wei Zhang', { orcid: '0000-0002-1825-0097' })]),
        paper('b', 'Paper B', [author('Wei Zhang', { orcid: '0000-0001-5109-3700' })]),
      ]),
    );
    expect(plan.people).toHaveLength(2);
  });

  it('skips authors with no usable name and no id, with a reason', () => {
    const plan = planImport(result([paper('a', 'Paper A', [author('Anonymous'), author('  '), author('Ada Lovelace')])]));
    expect(plan.people.map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    expect(plan.skipped).toEqual([
      { sourceRef: 'a (author 1)', reason: '"Anonymous" is not a usable name and has no id' },
      { sourceRef: 'a (author 2)', reason: 'a person with no name and no id' },
    ]);
    expect(plan.papers[0]!.authorKeys).toEqual([null, null, plan.people[0]!.key]);
  });

  it('yields nobody from an error feed or an empty file', () => {
    const plan = planImport({
      format: 'arxiv-atom',
      records: [],
      skipped: [{ sourceRef: 'feed', reason: 'arXiv error: bad id' }],
      warnings: [],
    });
    expect(plan.people).toEqual([]);
    expect(plan.skipped).toHaveLength(1);
  });

  it('links re-implementations, profiles and candidate rows to their people', () => {
    const plan = planImport(
      result(
        [
          {
            kind: 'reimplementation',
            sourceRef: 'r1',
            repoUrl: 'https://github.com/x/y',
            paper: { title: 'Paper A', ids: {}, url: null },
            official: false,
            reproduced: true,
            framework: null,
            authors: [author('Furkan Kınlı', { githubLogin: 'birdortyedi' })],
            year: 2021,
            links: [],
            notes: null,
          },
          {
            kind: 'candidate',
            sourceRef: 'row 2',
            person: author('Furkan Kinli', { githubLogin: 'BirdOrtyedi' }),
            location: 'Istanbul',
            tags: ['cv'],
            notes: null,
            attributes: {},
          },
        ],
        'rescience-yaml',
      ),
    );
    expect(plan.channel).toBe('reimplementation');
    expect(plan.people).toHaveLength(1);
    expect(plan.people[0]).toMatchObject({ displayName: 'Furkan Kınlı', records: ['row 2'], location: 'Istanbul', tags: ['cv'] });
    expect(plan.reimplementations[0]!.authorKeys).toEqual([plan.people[0]!.key]);
  });

  it('selects first authors only', () => {
    const plan = planImport(result([paper('a', 'Paper A', [author('Ada Lovelace'), author('Alan Turing')])]));
    expect([...selectPeople(plan, 'first-authors')]).toEqual(['name:ada lovelace']);
    expect(selectPeople(plan, 'selected', ['name:alan turing', 'nobody']).size).toBe(1);
  });

  it('gives the same keys when planned twice', () => {
    const input = result([paper('a', 'Paper A', [author('Ada Lovelace'), author('Ada Lovelace', { orcid: '0000-0002-1825-0097' })])]);
    expect(planImport(input).people.map((p) => p.key)).toEqual(planImport(input).people.map((p) => p.key));
  });

  it("gives a profile's ids to the profile person's slot on their own papers", () => {
    const plan = planImport(
      result(
        [
          {
            kind: 'profile',
            sourceRef: 'author 42',
            person: author('Adrian Del Maestro', { semanticScholarId: '2262347' }),
            papers: [paper('p1', 'Paper A', [author('A. Del Maestro'), author('Bernd Rosenow')])],
          },
        ],
        'semantic-scholar',
      ),
    );
    expect(plan.people.map((p) => p.key)).toEqual(['semanticScholarId:2262347', 'name:bernd rosenow']);
    expect(plan.people[0]).toMatchObject({ displayName: 'Adrian Del Maestro', records: ['author 42'], firstAuthor: true });
  });
});

describe('paperTitleKey', () => {
  it('is the same for LaTeX, accents, case and punctuation', () => {
    expect(paperTitleKey('{From} Stripe to Checkerboard: Order, on the  Square Lattice')).toBe(
      'from stripe to checkerboard order on the square lattice',
    );
    expect(paperTitleKey('Sch{\\"o}lkopf kernels')).toBe(paperTitleKey('Schölkopf Kernels'));
  });
});
