import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedProfile } from '../model.js';
import { parseOpenAlexAuthor } from './openalex.js';

function author(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'https://openalex.org/A1969205032',
    orcid: 'https://orcid.org/0000-0003-1613-5981',
    display_name: 'Heather A. Piwowar',
    ids: { openalex: 'https://openalex.org/A1969205032', orcid: 'https://orcid.org/0000-0003-1613-5981', mag: '1969205032' },
    last_known_institution: { id: 'https://openalex.org/I4200000001', ror: 'https://ror.org/02nr0ka47', display_name: 'Our Research' },
    works_api_url: 'https://api.openalex.org/works?filter=author.id:A1969205032',
    ...overrides,
  };
}

const parse = (value: unknown) => parseOpenAlexAuthor(JSON.stringify(value));

describe('parseOpenAlexAuthor', () => {
  it('reads the 2022 schema into one profile without papers', () => {
    expect(parse(author())).toEqual({
      format: 'openalex',
      records: [
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
      ],
      skipped: [],
      warnings: [],
    });
  });

  it('reads the ORCID from ids when the top-level field is missing, and no ORCID at all', () => {
    expect((parse(author({ orcid: null })).records[0] as ImportedProfile).person.ids.orcid).toBe('0000-0003-1613-5981');
    expect((parse(author({ orcid: null, ids: {} })).records[0] as ImportedProfile).person.ids).toEqual({ openAlexId: 'A1969205032' });
  });

  it('reads the newer plural last_known_institutions and no institution at all', () => {
    const plural = author({
      last_known_institution: undefined,
      last_known_institutions: [{ display_name: 'Our Research' }, { display_name: 'Impactstory' }],
    });
    expect((parse(plural).records[0] as ImportedProfile).person.affiliations).toEqual(['Our Research', 'Impactstory']);
    expect((parse(author({ last_known_institution: null })).records[0] as ImportedProfile).person.affiliations).toEqual([]);
  });

  it('reads a page of authors and skips the nameless ones', () => {
    const result = parse({ meta: { count: 2 }, results: [author(), author({ id: 'https://openalex.org/A2', display_name: '' })] });
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toEqual([{ sourceRef: 'author A2', reason: 'the author record has no name' }]);
  });

  it('turns an API error body into a skip, creating nothing', () => {
    expect(parse({ error: 'Not Found', message: 'The requested URL was not found on the server.' })).toMatchObject({
      records: [],
      skipped: [{ sourceRef: 'response', reason: 'OpenAlex API error: The requested URL was not found on the server.' }],
    });
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a truncated file', JSON.stringify(author()).slice(0, 80), /ends early/],
    ['a work instead of an author', '{"id": "https://openalex.org/W2741809807", "title": "x"}', /not an OpenAlex author id/],
    ['a list', '[]', /expected an OpenAlex author record/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseOpenAlexAuthor(text)).toThrow(ImportFormatError);
    expect(() => parseOpenAlexAuthor(text)).toThrow(message);
  });
});
