import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedPaper, type ImportedProfile } from '../model.js';
import { parseSemanticScholarAuthor } from './semantic-scholar.js';

function paper(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    paperId: 'abc123',
    externalIds: { DOI: '10.1000/xyz', ArXiv: '1706.03762', DBLP: 'conf/nips/VaswaniSPUJGKP17', CorpusId: 13756489 },
    corpusId: 13756489,
    publicationVenue: null,
    url: 'https://www.semanticscholar.org/paper/abc123',
    title: 'Arti\ufb01cial intelligence and the \u2018e\ufb03cient\u2019 \ufb02ow',
    venue: 'Neural Information Processing Systems',
    year: 2017,
    openAccessPdf: { url: 'https://arxiv.org/pdf/1706.03762' },
    journal: null,
    authors: [
      { authorId: '40348417', name: 'Ashish Vaswani' },
      { authorId: null, name: 'Noam  Shazeer' },
      { authorId: '2262347', name: '' },
    ],
    ...overrides,
  };
}

function author(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    authorId: '40348417',
    externalIds: { DBLP: ['Ashish Vaswani', 'A. Vaswani'], ORCID: '0000-0002-1825-0097' },
    url: 'https://www.semanticscholar.org/author/40348417',
    name: 'Ashish Vaswani',
    affiliations: ['Google Brain', ''],
    homepage: 'https://example.org/~ashish',
    paperCount: 1,
    hIndex: 1,
    papers: [paper()],
    ...overrides,
  };
}

const parse = (value: unknown) => parseSemanticScholarAuthor(JSON.stringify(value));

describe('parseSemanticScholarAuthor', () => {
  it('reads the author as one profile with strong keys, homepage and affiliations', () => {
    const [profile] = parse(author()).records as ImportedProfile[];
    expect(profile.kind).toBe('profile');
    expect(profile.sourceRef).toBe('author 40348417');
    expect(profile.person).toEqual({
      name: 'Ashish Vaswani',
      ids: { semanticScholarId: '40348417', dblpPid: 'Ashish Vaswani', orcid: '0000-0002-1825-0097' },
      affiliations: ['Google Brain'],
      homepage: 'https://example.org/~ashish',
    });
  });

  it('reads each paper: ligatures spelled out, curly quotes kept, venue, ids, authors in order with their S2 ids', () => {
    const [profile] = parse(author()).records as ImportedProfile[];
    expect(profile.papers).toEqual([
      {
        kind: 'paper',
        sourceRef: 'author 40348417, paper abc123',
        title: 'Artificial intelligence and the \u2018efficient\u2019 flow',
        venue: 'NeurIPS',
        year: 2017,
        acceptance: 'accepted',
        authors: [
          { name: 'Ashish Vaswani', ids: { semanticScholarId: '40348417' }, affiliations: [] },
          { name: 'Noam Shazeer', ids: {}, affiliations: [] },
        ],
        authorsTruncated: false,
        ids: { doi: '10.1000/xyz', arxiv: '1706.03762', dblpKey: 'conf/nips/VaswaniSPUJGKP17', semanticScholarId: 'abc123' },
        links: [
          { url: 'https://www.semanticscholar.org/paper/abc123', kind: 'page' },
          { url: 'https://arxiv.org/pdf/1706.03762', kind: 'pdf' },
        ],
      },
    ]);
  });

  it('takes the venue as written when it is not a known one, then the journal name, else none', () => {
    const venues = (
      parse(
        author({
          papers: [
            paper({ venue: 'Journal of Symbolic Logic (JSL)' }),
            paper({ venue: '', journal: { name: 'Cryptologia', volume: '44' } }),
            paper({ venue: '', journal: { volume: '', name: '' } }),
            paper({ venue: 'ArXiv' }),
            paper({ venue: 'ICML Workshop on Theory of Deep Learning' }),
          ],
        }),
      ).records[0] as ImportedProfile
    ).papers.map((p) => [p.venue, p.acceptance]);
    expect(venues).toEqual([
      ['Journal of Symbolic Logic (JSL)', 'accepted'],
      ['Cryptologia', 'accepted'],
      [null, 'unknown'],
      ['arXiv', 'preprint'],
      ['ICML Workshop', 'workshop'],
    ]);
  });

  it('falls back to the CorpusId when a paper has no paperId', () => {
    const [profile] = parse(author({ papers: [paper({ paperId: null })] })).records as ImportedProfile[];
    expect(profile.papers[0].ids.semanticScholarId).toBe('CorpusId:13756489');
  });

  it('skips papers without a title inside the profile', () => {
    const result = parse(author({ papers: [paper({ title: '' }), paper()] }));
    expect((result.records[0] as ImportedProfile).papers).toHaveLength(1);
    expect(result.skipped).toEqual([{ sourceRef: 'author 40348417, paper abc123', reason: 'paper without a title' }]);
  });

  it('reads an author without papers, and a DBLP id given as a plain string', () => {
    const [profile] = parse(author({ papers: undefined, externalIds: { DBLP: 'Ashish Vaswani' }, homepage: null, affiliations: [] }))
      .records as ImportedProfile[];
    expect(profile.papers).toEqual([]);
    expect(profile.person).toEqual({
      name: 'Ashish Vaswani',
      ids: { semanticScholarId: '40348417', dblpPid: 'Ashish Vaswani' },
      affiliations: [],
    });
  });

  it('skips an author record without a name', () => {
    expect(parse(author({ name: ' ' }))).toMatchObject({
      records: [],
      skipped: [{ sourceRef: 'author 40348417', reason: 'the author record has no name' }],
    });
  });

  it('reads a bare list of papers, or the /papers response, as paper records', () => {
    const fromArray = parse([paper(), paper({ paperId: 'def456' })]);
    expect(fromArray.records.map((r) => (r as ImportedPaper).sourceRef)).toEqual(['paper abc123', 'paper def456']);
    const fromData = parse({ offset: 0, data: [paper()] });
    expect(fromData.records).toHaveLength(1);
    expect(fromData.records[0].kind).toBe('paper');
  });

  it('turns an API error body into a skip, creating nothing', () => {
    expect(parse({ error: 'Author with id 1 not found' })).toEqual({
      format: 'semantic-scholar',
      records: [],
      skipped: [{ sourceRef: 'response', reason: 'Semantic Scholar API error: Author with id 1 not found' }],
      warnings: [],
    });
    expect(parse({ message: 'Too Many Requests' }).skipped[0].reason).toBe('Semantic Scholar API error: Too Many Requests');
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a truncated file', JSON.stringify(author()).slice(0, 150), /ends early/],
    ['an OpenAlex author', '{"id": "https://openalex.org/A1", "display_name": "X"}', /no "authorId" field/],
    ['a list of non-papers', '[{"repo_url": "x"}]', /or a list of its papers/],
    ['a number', '42', /expected a Semantic Scholar author record/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseSemanticScholarAuthor(text)).toThrow(ImportFormatError);
    expect(() => parseSemanticScholarAuthor(text)).toThrow(message);
  });
});
