import { describe, expect, it } from 'vitest';
import type { ImportedProfile } from '../model.js';
import { fixture, hasFixtures } from '../test-support/fixtures.js';
import { parseOpenAlexAuthor } from './openalex.js';
import { parseSemanticScholarAuthor } from './semantic-scholar.js';

describe.skipIf(!hasFixtures)('parseSemanticScholarAuthor on the real S2 author record', () => {
  const result = hasFixtures ? parseSemanticScholarAuthor(fixture('s2_author_2262347_with_papers.json')) : null;
  const profile = result?.records[0] as ImportedProfile;

  it('reads one profile with its 60 papers', () => {
    expect(result?.records).toHaveLength(1);
    expect(result?.skipped).toEqual([]);
    expect(profile.papers).toHaveLength(60);
  });

  it('reads the person: name, S2 id, the first DBLP name of the list, no affiliations, no homepage', () => {
    expect(profile.person).toEqual({
      name: 'A. Turing',
      ids: { semanticScholarId: '2262347', dblpPid: 'Alan M. Turing' },
      affiliations: [],
    });
  });

  it('lists the author on each paper under the same S2 id, and keeps curly quotes in titles', () => {
    expect(profile.papers.every((p) => p.authors.some((a) => a.ids.semanticScholarId === '2262347'))).toBe(true);
    const titles = profile.papers.map((p) => p.title);
    expect(titles).toContain('Development of Moore ’ s Law');
    expect(titles.some((t) => /[\ufb00-\ufb06]/.test(t))).toBe(false);
  });

  it('reads venues, years and ids, with no venue where S2 has none', () => {
    const withVenue = profile.papers.filter((p) => p.venue !== null);
    expect(withVenue.map((p) => p.venue)).toEqual(expect.arrayContaining(['Cryptologia', 'Journal of Symbolic Logic (JSL)']));
    expect(profile.papers.filter((p) => p.venue === null).every((p) => p.acceptance === 'unknown')).toBe(true);
    expect(profile.papers.filter((p) => p.year === null)).toHaveLength(1);
    expect(profile.papers.every((p) => p.ids.semanticScholarId)).toBe(true);
    expect(profile.papers.filter((p) => p.ids.doi)).toHaveLength(32);
    expect(profile.papers.filter((p) => p.ids.dblpKey)).toHaveLength(11);
  });
});

describe.skipIf(!hasFixtures)('parseOpenAlexAuthor on the real OpenAlex author record', () => {
  it('reads the ORCID, the OpenAlex id and the last known institution', () => {
    const result = parseOpenAlexAuthor(fixture('openalex_author_A1969205032.json'));
    expect(result.records).toEqual([
      {
        kind: 'profile',
        sourceRef: 'author A1969205032',
        person: {
          name: 'Heather A. Piwowar',
          ids: { openAlexId: 'A1969205032', orcid: '0000-0003-1613-5981' },
          affiliations: ['Our Research'],
        },
        papers: [],
      },
    ]);
  });
});
