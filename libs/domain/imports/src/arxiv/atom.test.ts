import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedPaper } from '../model.js';
import { parseArxivAtom } from './atom.js';

/** The 2016 layout: xmlns:arxiv on every arxiv:* element, opensearch declared per element. */
function feed2016(entries: string, total = 1): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query: search_query=au:someone&amp;id_list=</title>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">${total}</opensearch:totalResults>
  <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">0</opensearch:startIndex>
  ${entries}
</feed>`;
}

/** The 2025+ layout: every namespace declared on <feed>. */
function feed2025(entries: string, total = 1): string {
  return `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/abc</id>
  <opensearch:itemsPerPage>10</opensearch:itemsPerPage>
  <opensearch:totalResults>${total}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  ${entries}
</feed>`;
}

const OLD_STYLE_ENTRY = `<entry>
    <id>http://arxiv.org/abs/cond-mat/0412498v1</id>
    <published>2004-12-19T16:18:24Z</published>
    <title>Thermal melting of density waves
  on the square lattice</title>
    <summary>  "p x p" density wave ordering (p &gt;= 3, integer).</summary>
    <author><name>Adrian Del Maestro</name></author>
    <author><name>Subir Sachdev</name></author>
    <arxiv:doi xmlns:arxiv="http://arxiv.org/schemas/atom">10.1103/PhysRevB.71.184511</arxiv:doi>
    <link title="doi" href="http://dx.doi.org/10.1103/PhysRevB.71.184511" rel="related"/>
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">12 pages, 5 figures</arxiv:comment>
    <arxiv:journal_ref xmlns:arxiv="http://arxiv.org/schemas/atom">Physical Review B 71, 184511 (2005)</arxiv:journal_ref>
    <link href="http://arxiv.org/abs/cond-mat/0412498v1" rel="alternate" type="text/html"/>
    <link title="pdf" href="http://arxiv.org/pdf/cond-mat/0412498v1" rel="related" type="application/pdf"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cond-mat.str-el" scheme="http://arxiv.org/schemas/atom"/>
  </entry>`;

function entry2025(fields: {
  id?: string;
  title?: string;
  comment?: string;
  journalRef?: string;
  authors?: string;
  published?: string;
}): string {
  return `<entry>
    <id>${fields.id ?? 'http://arxiv.org/abs/2010.01234v2'}</id>
    <title>${fields.title ?? 'A Paper'}</title>
    <link href="https://arxiv.org/abs/2010.01234v2" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/2010.01234v2" rel="related" type="application/pdf" title="pdf"/>
    <summary>$\\alpha$ and \\frac{1}{2}</summary>
    <published>${fields.published ?? '2020-10-02T10:00:00Z'}</published>
    ${fields.comment ? `<arxiv:comment>${fields.comment}</arxiv:comment>` : ''}
    ${fields.journalRef ? `<arxiv:journal_ref>${fields.journalRef}</arxiv:journal_ref>` : ''}
    <arxiv:primary_category term="cs.LG"/>
    ${fields.authors ?? '<author><name>Ada Lovelace</name></author>'}
  </entry>`;
}

function onlyPaper(xml: string): ImportedPaper {
  const result = parseArxivAtom(xml);
  expect(result.records).toHaveLength(1);
  return result.records[0] as ImportedPaper;
}

describe('parseArxivAtom: the 2016 layout', () => {
  it('reads an old-style id without its version, the DOI, the published year and the links', () => {
    const paper = onlyPaper(feed2016(OLD_STYLE_ENTRY));
    expect(paper).toMatchObject({
      kind: 'paper',
      sourceRef: 'entry 1 (arXiv:cond-mat/0412498v1)',
      title: 'Thermal melting of density waves on the square lattice',
      year: 2004,
      ids: { arxiv: 'cond-mat/0412498', doi: '10.1103/PhysRevB.71.184511' },
      authorsTruncated: false,
    });
    expect(paper.authors.map((a) => a.name)).toEqual(['Adrian Del Maestro', 'Subir Sachdev']);
    expect(paper.links).toEqual([
      { url: 'http://dx.doi.org/10.1103/PhysRevB.71.184511', kind: 'other' },
      { url: 'http://arxiv.org/abs/cond-mat/0412498v1', kind: 'page' },
      { url: 'http://arxiv.org/pdf/cond-mat/0412498v1', kind: 'pdf' },
    ]);
  });

  it('takes the journal reference for a publication, named without volume and pages', () => {
    expect(onlyPaper(feed2016(OLD_STYLE_ENTRY))).toMatchObject({ venue: 'Physical Review B', acceptance: 'accepted' });
  });

  it('reads a new-style id ("1201.4869v1") without its version', () => {
    const entry = OLD_STYLE_ENTRY.replace(/cond-mat\/0412498v1/g, '1201.4869v1');
    expect(onlyPaper(feed2016(entry)).ids.arxiv).toBe('1201.4869');
  });
});

describe('parseArxivAtom: the 2025+ layout', () => {
  it('reads namespaces declared on the root and author affiliations', () => {
    const authors = `<author><name>Marie-Claude Gaudel</name><arxiv:affiliation>LRI</arxiv:affiliation></author>
      <author><name>Pascale Le Gall</name><arxiv:affiliation>IBISC</arxiv:affiliation><arxiv:affiliation>Univ. Evry</arxiv:affiliation></author>
      <author><name>No Affiliation</name></author>`;
    const paper = onlyPaper(feed2025(entry2025({ authors })));
    expect(paper.authors).toEqual([
      { name: 'Marie-Claude Gaudel', ids: {}, affiliations: ['LRI'] },
      { name: 'Pascale Le Gall', ids: {}, affiliations: ['IBISC', 'Univ. Evry'] },
      { name: 'No Affiliation', ids: {}, affiliations: [] },
    ]);
    expect(paper).toMatchObject({ ids: { arxiv: '2010.01234' }, year: 2020, venue: 'arXiv', acceptance: 'preprint' });
  });

  it('keeps author names as written, mojibake included (repairing it is the identity step)', () => {
    const paper = onlyPaper(feed2025(entry2025({ authors: '<author><name>JosÃ© RaÃºl Romero</name></author>' })));
    expect(paper.authors[0].name).toBe('JosÃ© RaÃºl Romero');
  });

  it('decodes XML entities and numeric character references in titles and names', () => {
    const paper = onlyPaper(
      feed2025(
        entry2025({
          title: 'Q&amp;A with &lt;tags&gt; for Sch&#246;lkopf',
          authors: '<author><name>Bernhard Sch&#xF6;lkopf</name></author>',
        }),
      ),
    );
    expect(paper.title).toBe('Q&A with <tags> for Schölkopf');
    expect(paper.authors[0].name).toBe('Bernhard Schölkopf');
  });

  it('names the venue and acceptance a comment announces', () => {
    expect(onlyPaper(feed2025(entry2025({ comment: 'Accepted at NeurIPS 2020' })))).toMatchObject({
      venue: 'NeurIPS',
      acceptance: 'accepted',
    });
    expect(onlyPaper(feed2025(entry2025({ comment: '9 pages; ICLR 2021 (oral)' })))).toMatchObject({ venue: 'ICLR', acceptance: 'oral' });
    expect(onlyPaper(feed2025(entry2025({ comment: 'Accepted to the ICML 2019 Workshop on Deep Phenomena' })))).toMatchObject({
      venue: 'ICML Workshop',
      acceptance: 'workshop',
    });
  });

  it('stays a preprint when the comment only says where it was submitted', () => {
    expect(onlyPaper(feed2025(entry2025({ comment: 'Submitted to ICML 2021' })))).toMatchObject({ venue: 'arXiv', acceptance: 'preprint' });
    expect(onlyPaper(feed2025(entry2025({ comment: '12 pages, 3 figures' })))).toMatchObject({ venue: 'arXiv', acceptance: 'preprint' });
  });

  it('takes the year from <published>, not from the last update', () => {
    expect(onlyPaper(feed2025(entry2025({ published: '2019-12-31T23:00:00Z' }))).year).toBe(2019);
  });
});

describe('parseArxivAtom: what is not a paper', () => {
  const ERROR_FEED = feed2025(`<entry>
    <id>https://arxiv.org/api/errors#incorrect_id_format_for_abc</id>
    <title>Error</title>
    <summary>incorrect id format for abc</summary>
    <author><name>arXiv api core</name></author>
  </entry>`);

  it('turns the API error feed into one skip and no paper', () => {
    expect(parseArxivAtom(ERROR_FEED)).toEqual({
      format: 'arxiv-atom',
      records: [],
      skipped: [{ sourceRef: 'entry 1', reason: 'arXiv API error: incorrect id format for abc' }],
      warnings: [],
    });
  });

  it('recognises the error entry by its author even without the errors URL', () => {
    const xml = ERROR_FEED.replace('https://arxiv.org/api/errors#incorrect_id_format_for_abc', 'http://arxiv.org/api/errors');
    expect(parseArxivAtom(xml).skipped[0].reason).toMatch(/^arXiv API error: /);
    const byAuthorOnly = ERROR_FEED.replace('https://arxiv.org/api/errors#incorrect_id_format_for_abc', 'urn:x');
    expect(parseArxivAtom(byAuthorOnly).skipped[0].reason).toBe('arXiv API error: incorrect id format for abc');
  });

  it('returns nothing, and no warning, for a search with no results', () => {
    expect(parseArxivAtom(feed2025('', 0))).toEqual({ format: 'arxiv-atom', records: [], skipped: [], warnings: [] });
    expect(parseArxivAtom(feed2016('', 0)).records).toEqual([]);
  });

  it('skips entries without a title, without authors or without an arXiv id, saying which', () => {
    const result = parseArxivAtom(
      feed2025(
        [
          entry2025({ title: '  ' }),
          entry2025({ authors: '<author><name> </name></author>' }),
          entry2025({ id: 'https://example.org/paper/1' }),
          entry2025({}),
        ].join('\n'),
        4,
      ),
    );
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toEqual([
      { sourceRef: 'entry 1 (arXiv:2010.01234v2)', reason: 'the entry has no title' },
      { sourceRef: 'entry 2 (arXiv:2010.01234v2)', reason: 'the entry names no authors' },
      { sourceRef: 'entry 3', reason: 'not an arXiv paper (id "https://example.org/paper/1")' },
    ]);
  });

  it('warns when the feed is one page of a larger result', () => {
    expect(parseArxivAtom(feed2025(entry2025({}), 31)).warnings).toEqual([
      'this feed holds results 1–1 of 31; import the other pages to get the rest',
    ]);
  });
});

describe('parseArxivAtom: refused files', () => {
  it.each([
    ['an empty file', '', /the file is empty/],
    ['JSON', '{"entries": []}', /not XML/],
    ['plain text', 'arXiv:1201.4869', /not XML/],
    [
      'an RSS feed',
      '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
      /not an Atom feed \(the document's root is <rss>\)/,
    ],
    ['a <feed> outside the Atom namespace', '<feed><entry><id>x</id></entry></feed>', /outside the Atom namespace/],
    ['an HTML error page', '<html><body><h1>503 Service Unavailable</h1></body></html>', /root is <html>/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseArxivAtom(text)).toThrow(ImportFormatError);
    expect(() => parseArxivAtom(text)).toThrow(message);
  });

  it('refuses a truncated download, pointing at its last line', () => {
    const full = feed2016(OLD_STYLE_ENTRY);
    const cut = full.slice(0, full.indexOf('<arxiv:journal_ref'));
    let error: unknown;
    try {
      parseArxivAtom(cut);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportFormatError);
    expect((error as ImportFormatError).message).toMatch(/ends early/);
    expect((error as ImportFormatError).line).toBe(cut.split('\n').length);
  });

  it('refuses a DOCTYPE that asks for an external entity, reading nothing from disk', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>&xxe;</title></entry></feed>`;
    expect(() => parseArxivAtom(xxe)).toThrow(ImportFormatError);
    expect(() => parseArxivAtom(xxe)).toThrow(/could not be read: External entities are not supported/);
  });

  it('refuses malformed XML with the line of the fault', () => {
    const broken = feed2025(entry2025({})).replace('</title>', '</titel>');
    expect(() => parseArxivAtom(broken)).toThrow(/malformed XML in the arXiv feed: .*\(line \d+\)/);
  });
});
