import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedPaper } from '../model.js';
import { acceptanceFromDecision, parseOpenReviewCsv, readNumbers } from './openreview-csv.js';

const HEADER = 'id,title,keywords,ratings,confidences,withdraw,review_lengths,decision';

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join('\n');
}

describe('acceptanceFromDecision', () => {
  it.each([
    ['Accept: poster', false, 'poster'],
    ['Accept: notable-top-5%', false, 'oral'],
    ['Accept: notable-top-25%', false, 'spotlight'],
    ['Accept (Oral)', false, 'oral'],
    ['Accept (Spotlight)', false, 'spotlight'],
    ['Accept', false, 'accepted'],
    ['Reject', false, 'rejected'],
    ['', true, 'withdrawn'],
    ['', false, 'unknown'],
    ['Withdrawn', false, 'withdrawn'],
  ] as const)('reads %j (withdraw=%s) as %s', (decision, withdrawn, acceptance) => {
    expect(acceptanceFromDecision(decision, withdrawn)).toBe(acceptance);
  });
});

describe('readNumbers', () => {
  it('reads Python lists of numbers and refuses anything else', () => {
    expect(readNumbers('[5, 6, 8]')).toEqual([5, 6, 8]);
    expect(readNumbers('')).toEqual([]);
    expect(readNumbers('[]')).toEqual([]);
    expect(readNumbers("['5']")).toBeNull();
    expect(readNumbers('[5, 6')).toBeNull();
  });
});

describe('parseOpenReviewCsv', () => {
  it('makes a paper per row with its decision, ratings and OpenReview id, and no authors', () => {
    const result = parseOpenReviewCsv(
      csv(
        'N3kGYG3ZcTi,Suppression helps,"[\'Lateral Inhibition\', "Dale\'s Principle"]","[5, 6, 8]","[4, 3, 3]",0,"[443, 274, 401]",Accept: notable-top-5%',
      ),
    );
    expect(result.records).toEqual([
      {
        kind: 'paper',
        sourceRef: 'line 2 (N3kGYG3ZcTi)',
        title: 'Suppression helps',
        venue: 'ICLR',
        year: 2023,
        acceptance: 'oral',
        authors: [],
        authorsTruncated: false,
        ids: { openReviewId: 'N3kGYG3ZcTi' },
        links: [{ url: 'https://openreview.net/forum?id=N3kGYG3ZcTi', kind: 'review' }],
        ratings: [5, 6, 8],
      },
    ]);
    expect(result.skipped).toEqual([]);
    expect(result.warnings).toEqual([
      'this file names no authors (OpenReview keeps ICLR submissions anonymous): its 1 papers only add decisions and ratings to papers imported from elsewhere; no candidate comes from it',
    ]);
  });

  it('reads an empty decision on a withdrawn row as withdrawn', () => {
    const [paper] = parseOpenReviewCsv(csv('RUzSobdYy0V,Label errors,[],"[1, 1]","[5, 5]",1,"[45, 49]",')).records as ImportedPaper[];
    expect(paper.acceptance).toBe('withdrawn');
  });

  it('keeps curly quotes, LaTeX and commas inside quoted titles', () => {
    const [paper] = parseOpenReviewCsv(csv('x1,"On $k$-means, “robustly”",[],[],[],0,[],Reject')).records as ImportedPaper[];
    expect(paper.title).toBe('On $k$-means, “robustly”');
  });

  it('names no venue when neither columns nor decision labels say which conference', () => {
    const [paper] = parseOpenReviewCsv(csv('x1,A,[],"[3]",[],0,[],Accept: poster')).records as ImportedPaper[];
    expect(paper).toMatchObject({ venue: null, year: null });
    const withColumns = 'id,title,ratings,decision,venue,year\nx2,B,"[6]",Accept (Oral),NeurIPS,2024';
    expect(parseOpenReviewCsv(withColumns).records[0]).toMatchObject({ venue: 'NeurIPS', year: 2024, acceptance: 'oral' });
  });

  it('reads authors when the CSV has an authors column', () => {
    const text = "id,title,authors,ratings,decision\nx1,A,\"['Ada Lovelace', 'Anonymous', 'Alan Turing']\",\"[6]\",Accept: poster";
    const result = parseOpenReviewCsv(text);
    expect((result.records[0] as ImportedPaper).authors.map((a) => a.name)).toEqual(['Ada Lovelace', 'Alan Turing']);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a paper whose ratings cell is unreadable, without ratings, and warns', () => {
    const result = parseOpenReviewCsv(csv('x1,A,[],"[5, 6",[],0,[],Reject'));
    expect(result.records[0]).not.toHaveProperty('ratings');
    expect(result.warnings[1]).toBe('ratings could not be read on 1 row(s) (line 2 (x1)); those papers have no ratings');
  });

  it('skips a row without a title and reads short rows as far as they go', () => {
    const result = parseOpenReviewCsv(csv('x1,,[],[],[],0,[],Reject', 'x2,Short row,[]'));
    expect(result.skipped).toEqual([{ sourceRef: 'line 2 (x1)', reason: 'no title' }]);
    expect(result.records[0]).toMatchObject({ title: 'Short row', acceptance: 'unknown' });
  });

  it.each([
    ['an empty file', '', /the file is empty/],
    ['a CSV without a decision column', 'id,title,ratings\nx,A,[5]', /needs a 'decision' column; found: id, title, ratings/],
    ['a CSV without a title column', 'id,ratings,decision\nx,[5],Reject', /needs a 'title' column/],
    ['a CSV with an unclosed quote', `${HEADER}\nx,"Open title,[],[],[],0,[],Reject`, /a quoted cell is never closed/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseOpenReviewCsv(text)).toThrow(ImportFormatError);
    expect(() => parseOpenReviewCsv(text)).toThrow(message);
  });
});
