import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedPaper } from '../model.js';
import { acceptanceFromStatus, parsePaperlistsJson } from './paperlists.js';

/** An ICLR-style record: ";"-aligned per-author lists, an OpenReview forum, Markdown code badges. */
function iclrRecord(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'B12Js_yRb',
    title: 'Learning to Count Objects in Natural Images',
    track: 'main',
    status: 'Poster',
    author: 'Yan Zhang;Jonathon Hare;Adam Prügel-Bennett',
    authorids: '~Yan_Zhang1;jsh2@ecs.soton.ac.uk;',
    aff: 'University of Southampton;;Southampton + Turing Institute',
    email: ';;apb@ecs.soton.ac.uk',
    dblp: 'https://dblp.org/pid/12/3456;;',
    google_scholar: ';https://scholar.google.com/citations?user=AbCdEfGhIjKL&hl=en;',
    orcid: ';;0000-0001-2345-678x',
    homepage: ';https://jonhare.example.org;',
    rating: '4;6;6',
    site: 'https://iclr.cc/virtual/2018/poster/307',
    openreview: 'https://openreview.net/forum?id=B12Js_yRb',
    pdf: 'https://openreview.net/pdf?id=B12Js_yRb',
    github:
      '[![github](/images/github_icon.svg) Cyanogenoid/vqa-counting](https://github.com/Cyanogenoid/vqa-counting) + [![Papers with Code](/images/pwc_icon.svg) 15 community implementations](https://paperswithcode.com/paper/?openreview=B12Js_yRb)',
    bibtex: '',
    ...overrides,
  };
}

function parse(records: unknown[]) {
  return parsePaperlistsJson(JSON.stringify(records));
}

function onlyPaper(record: Record<string, unknown>): ImportedPaper {
  const result = parse([record]);
  expect(result.skipped).toEqual([]);
  return result.records[0] as ImportedPaper;
}

describe('acceptanceFromStatus', () => {
  it.each([
    ['Oral', 'oral'],
    ['Spotlight', 'spotlight'],
    ['Poster', 'poster'],
    ['Workshop', 'workshop'],
    ['Reject', 'rejected'],
    ['Desk Reject', 'rejected'],
    ['Withdraw', 'withdrawn'],
    ['Active', 'unknown'],
    ['Accept', 'accepted'],
    ['', 'unknown'],
    [null, 'unknown'],
  ] as const)('reads %j as %s', (status, acceptance) => {
    expect(acceptanceFromStatus(status)).toBe(acceptance);
  });
});

describe('parsePaperlistsJson', () => {
  it('lines per-author fields up with authors by position and leaves empty slots out', () => {
    const paper = onlyPaper(iclrRecord());
    expect(paper.authors).toEqual([
      { name: 'Yan Zhang', ids: { openReviewId: '~Yan_Zhang1', dblpPid: '12/3456' }, affiliations: ['University of Southampton'] },
      {
        name: 'Jonathon Hare',
        ids: { emails: ['jsh2@ecs.soton.ac.uk'], googleScholarId: 'AbCdEfGhIjKL' },
        affiliations: [],
        homepage: 'https://jonhare.example.org',
      },
      {
        name: 'Adam Prügel-Bennett',
        ids: { emails: ['apb@ecs.soton.ac.uk'], orcid: '0000-0001-2345-678X' },
        affiliations: ['Southampton', 'Turing Institute'],
      },
    ]);
  });

  it('reads status, ratings, venue and year from the conference page, and the OpenReview id', () => {
    expect(onlyPaper(iclrRecord())).toMatchObject({
      kind: 'paper',
      sourceRef: 'record 1 (B12Js_yRb)',
      title: 'Learning to Count Objects in Natural Images',
      venue: 'ICLR',
      year: 2018,
      acceptance: 'poster',
      ratings: [4, 6, 6],
      ids: { openReviewId: 'B12Js_yRb' },
      authorsTruncated: false,
    });
  });

  it('collects the code repository and other links, without image badges', () => {
    expect(onlyPaper(iclrRecord()).links).toEqual([
      { url: 'https://iclr.cc/virtual/2018/poster/307', kind: 'page' },
      { url: 'https://openreview.net/forum?id=B12Js_yRb', kind: 'review' },
      { url: 'https://openreview.net/pdf?id=B12Js_yRb', kind: 'pdf' },
      { url: 'https://github.com/Cyanogenoid/vqa-counting', kind: 'code' },
      { url: 'https://paperswithcode.com/paper/?openreview=B12Js_yRb', kind: 'other' },
    ]);
  });

  it('reads "; "-separated NeurIPS lists, domain-only "email" slots and "+"-joined affiliations', () => {
    const paper = onlyPaper({
      id: '9061',
      title: '#Exploration',
      status: 'Spotlight',
      author: 'Haoran Tang; OpenAI Xi Chen',
      aff: 'UC Berkeley; UC Berkeley, EECS + OpenAI',
      email: 'math.berkeley.edu;openai.com',
      site: 'https://nips.cc/virtual/2017/poster/9061',
      github: 'https://github.com/openai/EXPLORATION.git',
    });
    expect(paper.authors).toEqual([
      { name: 'Haoran Tang', ids: {}, affiliations: ['UC Berkeley'] },
      { name: 'OpenAI Xi Chen', ids: {}, affiliations: ['UC Berkeley, EECS', 'OpenAI'] },
    ]);
    expect(paper).toMatchObject({ venue: 'NeurIPS', year: 2017, acceptance: 'spotlight', ids: {} });
    expect(paper.links).toContainEqual({ url: 'https://github.com/openai/EXPLORATION', kind: 'code' });
    expect(paper.ratings).toBeUndefined();
  });

  it('splits a comma-separated author list when the record has no ";"', () => {
    const paper = onlyPaper({
      title: 'A unified approach',
      status: 'Oral',
      author: 'Scott M Lundberg, Su-In Lee',
      site: 'https://nips.cc/virtual/2017/oral/10008',
    });
    expect(paper.authors.map((a) => a.name)).toEqual(['Scott M Lundberg', 'Su-In Lee']);
  });

  it('falls back to author_site when `author` is empty', () => {
    const paper = onlyPaper({
      title: 'Deep Multi-task GPs',
      status: 'Spotlight',
      author: '',
      author_site: 'Ahmed M. Alaa, Mihaela van der Schaar',
      aff: '',
    });
    expect(paper.authors.map((a) => a.name)).toEqual(['Ahmed M. Alaa', 'Mihaela van der Schaar']);
  });

  it('drops "Anonymous" and empty author slots, and skips a paper left with nobody', () => {
    const result = parse([
      iclrRecord({
        id: 'A1',
        author: 'Anonymous',
        authorids: 'ICLR.cc/2018/Conference/Paper1107/Authors',
        aff: '',
        email: '',
        dblp: '',
        google_scholar: '',
        orcid: '',
        homepage: '',
        status: 'Withdraw',
      }),
      iclrRecord({
        id: 'A2',
        author: 'Yan Zhang;;Anonymous',
        authorids: ';;',
        aff: ';;',
        email: ';;',
        dblp: ';;',
        google_scholar: ';;',
        orcid: ';;',
        homepage: ';;',
      }),
      iclrRecord({ id: 'A3', author: '', author_site: '' }),
    ]);
    expect(result.records.map((r) => (r as ImportedPaper).authors.map((a) => a.name))).toEqual([['Yan Zhang']]);
    expect(result.skipped).toEqual([
      { sourceRef: 'record 1 (A1)', reason: 'authors hidden ("Anonymous"): OpenReview does not name them for this submission' },
      { sourceRef: 'record 3 (A3)', reason: 'no author names' },
    ]);
  });

  it('skips a record without a title', () => {
    expect(parse([iclrRecord({ title: ' ' })]).skipped).toEqual([{ sourceRef: 'record 1 (B12Js_yRb)', reason: 'no title' }]);
  });

  it('names the workshop track after its host and keeps the venue of rejected and withdrawn submissions', () => {
    const result = parse([iclrRecord(), iclrRecord({ id: 'W', status: 'Workshop' }), iclrRecord({ id: 'R', status: 'Reject' })]);
    expect(result.records.map((r) => [(r as ImportedPaper).venue, (r as ImportedPaper).acceptance])).toEqual([
      ['ICLR', 'poster'],
      ['ICLR Workshop', 'workshop'],
      ['ICLR', 'rejected'],
    ]);
  });

  it('gives records without a venue of their own the one venue the rest of the file agrees on', () => {
    const withdrawn = iclrRecord({
      id: 'X',
      status: 'Withdraw',
      site: 'https://openreview.net/forum?id=X',
      openreview: undefined,
      pdf: undefined,
    });
    const fromBibtex = iclrRecord({
      id: 'Y',
      status: 'Reject',
      site: 'https://openreview.net/forum?id=Y',
      bibtex: '@inproceedings{y2018,\ntitle={Y},\nbooktitle={International Conference on Learning Representations},\nyear={2018}\n}',
    });
    expect(
      parse([iclrRecord(), withdrawn, fromBibtex]).records.map((r) => [(r as ImportedPaper).venue, (r as ImportedPaper).year]),
    ).toEqual([
      ['ICLR', 2018],
      ['ICLR', 2018],
      ['ICLR', 2018],
    ]);
    expect(
      parse([iclrRecord(), iclrRecord({ site: 'https://icml.cc/virtual/2019/poster/1' }), withdrawn]).records.map(
        (r) => (r as ImportedPaper).venue,
      ),
    ).toEqual(['ICLR', 'ICML', null]);
  });

  it('leaves out per-author fields that do not line up with the authors, and says so', () => {
    const result = parse([iclrRecord({ aff: 'Only one;slot' })]);
    expect((result.records[0] as ImportedPaper).authors.every((a) => a.affiliations.length === 0)).toBe(true);
    expect(result.warnings).toEqual([
      '1 record(s) have per-author fields (affiliations, emails, ids) that do not line up with the author list; those fields were left out',
    ]);
  });

  it('returns nothing for an empty list', () => {
    expect(parsePaperlistsJson('[]')).toEqual({ format: 'paperlists-json', records: [], skipped: [], warnings: [] });
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a truncated file', JSON.stringify([iclrRecord()]).slice(0, 200), /ends early/],
    ['broken JSON', '[{"title": "x",, }]', /not valid JSON/],
    ['a JSON object', '{"title": "x"}', /a JSON array of papers/],
    ['another JSON list', '[{"paper_url": "x", "repo_url": "y"}]', /no element has "title"/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parsePaperlistsJson(text)).toThrow(ImportFormatError);
    expect(() => parsePaperlistsJson(text)).toThrow(message);
  });
});
