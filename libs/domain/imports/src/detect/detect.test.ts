import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';

const ARXIV_2016 = `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?search_query%3Dau%3Ax" rel="self" type="application/atom+xml"/>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:totalResults>
</feed>`;

const ARXIV_2025 = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/</id>
</feed>`;

const RESCIENCE_YAML = `# To be filled by the author(s) at the time of submission
title: "[Re] Parameterized Explainer for Graph Neural Network"
authors:
  - name: Ada Lovelace
    orcid: 0000-0002-1825-0097
replication:
  cite: "Luo et al. 2020"
`;

describe('detectFormat by content', () => {
  it.each([
    ['an arXiv feed, 2016 layout', ARXIV_2016, 'arxiv-atom'],
    ['an arXiv feed, 2025 layout', ARXIV_2025, 'arxiv-atom'],
    ['BibTeX', '% exported\n@inproceedings{key,\n  title = {X},\n}', 'bibtex'],
    ['a BibTeX @string file', '@string{icml = "Proceedings of ICML"}', 'bibtex'],
    ['ReScience BibTeX', '@Article {Sinha:2021,\n  title = {{X}},\n  code_url = {https://github.com/a/b},\n}', 'rescience-bibtex'],
    ['ReScience YAML', RESCIENCE_YAML, 'rescience-yaml'],
    ['a paperlists array', '[{"id": "x", "title": "T", "status": "Poster", "author": "A;B"}]', 'paperlists-json'],
    ['a PwC links array', '[{"paper_url": "https://paperswithcode.com/paper/x", "repo_url": "https://github.com/a/b"}]', 'pwc-links'],
    ['an S2 author', '{"authorId": "2262347", "name": "A. Turing", "papers": []}', 'semantic-scholar'],
    ['an S2 papers response', '{"offset": 0, "data": [{"paperId": "abc", "title": "T"}]}', 'semantic-scholar'],
    ['a bare list of S2 papers', '[{"paperId": "abc", "title": "T", "authors": []}]', 'semantic-scholar'],
    ['an OpenAlex author', '{"id": "https://openalex.org/A1969205032", "display_name": "H"}', 'openalex'],
    ['an OpenAlex page of authors', '{"meta": {}, "results": [{"id": "https://openalex.org/A1"}]}', 'openalex'],
    [
      'an OpenReview ratings CSV',
      'id,title,keywords,ratings,confidences,withdraw,review_lengths,decision\nx,T,[],[5],[3],0,[1],Reject',
      'openreview-csv',
    ],
    ['a candidates CSV', 'name,email\nAda,ada@x.org', 'candidates-csv'],
    ['a semicolon candidates CSV', 'Name;E-mail\nAda;ada@x.org', 'candidates-csv'],
    ['a nameless CSV (its parser refuses it)', 'Age,Gender\n26,1', 'candidates-csv'],
  ] as const)('recognises %s', (_label, text, format) => {
    expect(detectFormat(null, text)).toBe(format);
  });

  it('ignores a byte-order mark and leading blank lines', () => {
    expect(detectFormat(null, '\uFEFF\n\n  name,email\nAda,ada@x.org')).toBe('candidates-csv');
  });

  it('trusts content over a misleading extension', () => {
    expect(detectFormat('export.txt', '@article{k, title={T}}')).toBe('bibtex');
    expect(detectFormat('links.csv', '[{"paper_url": "x", "repo_url": "y"}]')).toBe('pwc-links');
  });

  it('recognises truncated JSON by the keys of its first records, so its parser can say "truncated"', () => {
    expect(
      detectFormat(null, '[\n  {\n    "paper_url": "https://x",\n    "paper_title": "T",\n    "repo_url": "https://github.com/a'),
    ).toBe('pwc-links');
    expect(detectFormat(null, '[{"id": "B1", "title": "T", "status": "Poster", "author": "A;')).toBe('paperlists-json');
    expect(detectFormat(null, '{"authorId": "1", "name": "A", "papers": [{"paperId": "x"')).toBe('semantic-scholar');
    expect(detectFormat(null, '{"id": "https://openalex.org/A1969205032", "orcid": ')).toBe('openalex');
  });
});

describe('detectFormat: the extension breaks ties', () => {
  it('reads a one-column file as CSV only when it is named .csv', () => {
    expect(detectFormat('people.csv', 'name\nAda\nAlan')).toBe('candidates-csv');
    expect(detectFormat(null, 'name\nAda\nAlan')).toBeNull();
  });

  it('reads a YAML file with only an authors list as ReScience metadata when it is named .yaml/.yml', () => {
    const yaml = 'authors:\n  - name: Ada\n';
    expect(detectFormat('metadata.yml', yaml)).toBe('rescience-yaml');
    expect(detectFormat('metadata.YAML', yaml)).toBe('rescience-yaml');
    expect(detectFormat(null, yaml)).toBeNull();
  });

  it('reads a header of long phrases as CSV only when named .csv', () => {
    const prose = 'Thanks for applying, we will be in touch with you about the role very soon\nBest';
    expect(detectFormat(null, prose)).toBeNull();
    expect(detectFormat('notes.csv', prose)).toBe('candidates-csv');
  });
});

describe('detectFormat: unknown', () => {
  it.each([
    ['an empty file', ''],
    ['whitespace', '  \n\t'],
    ['plain prose', 'Hello world'],
    ['an RSS feed', '<?xml version="1.0"?><rss version="2.0"><channel/></rss>'],
    ['a non-arXiv Atom feed', '<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:x</id></feed>'],
    ['an HTML page', '<!DOCTYPE html><html><body>Service Unavailable</body></html>'],
    ['an unrelated JSON object', '{"hello": "world"}'],
    ['an empty JSON array', '[]'],
    ['a JSON array of numbers', '[1, 2, 3]'],
    ['an unrelated JSON array', '[{"name": "Ada"}]'],
    ['broken JSON of unknown shape', '{"a": '],
  ])('returns null for %s', (_label, text) => {
    expect(detectFormat(null, text)).toBeNull();
  });
});
