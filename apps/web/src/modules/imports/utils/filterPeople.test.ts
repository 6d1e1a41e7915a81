import type { ImportPersonPreview } from '@loopboard/contracts';
import { describe, expect, it } from 'vitest';
import { filterPeople } from './filterPeople';

const person = (displayName: string, spellings: string[] = [], titles: string[] = []): ImportPersonPreview => ({
  key: `name:${displayName.toLowerCase()}`,
  displayName,
  spellings,
  ids: {},
  firstAuthor: false,
  papers: titles.map((title, index) => ({ sourceRef: `p${index}`, title, year: 2020, venue: null, position: 1, firstAuthor: true })),
  reimplementations: [],
  match: null,
  possibleDuplicates: [],
  similarInFile: [],
  action: 'create',
  actionText: 'will create a new candidate',
});

describe('filterPeople', () => {
  const people = [
    person('Kurt Gödel', ['G{\\"o}del, Kurt']),
    person('Bernhard Schölkopf', [], ['Learning with Kernels']),
    person('Ada Lovelace'),
  ];

  it('ignores accents and case, in names and paper titles', () => {
    expect(filterPeople(people, 'GODEL').map((p) => p.displayName)).toEqual(['Kurt Gödel']);
    expect(filterPeople(people, 'kernels').map((p) => p.displayName)).toEqual(['Bernhard Schölkopf']);
  });

  it('needs every word, in any order, and keeps everyone for an empty filter', () => {
    expect(filterPeople(people, 'lovelace ada').map((p) => p.displayName)).toEqual(['Ada Lovelace']);
    expect(filterPeople(people, 'ada kurt')).toEqual([]);
    expect(filterPeople(people, '  ')).toHaveLength(3);
  });
});
