import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedCandidateRow } from '../model.js';
import { parseCandidatesCsv, splitTags } from './candidates.js';

const rows = (text: string) => parseCandidatesCsv(text).records as ImportedCandidateRow[];

describe('parseCandidatesCsv', () => {
  it('reads the recognised columns into the person and keeps every other column as an attribute', () => {
    const text = [
      'Name,Email,Affiliation,Location,GitHub,ORCID,Homepage,Tags,Notes,Source,Years of experience',
      'Ada Lovelace,ada@example.org,Analytical Engines Ltd,London,https://github.com/ada-l,https://orcid.org/0000-0002-1825-0097,https://ada.example.org,ml; compilers,Met at NeurIPS,referral,7',
    ].join('\n');
    expect(parseCandidatesCsv(text)).toEqual({
      format: 'candidates-csv',
      records: [
        {
          kind: 'candidate',
          sourceRef: 'line 2',
          person: {
            name: 'Ada Lovelace',
            ids: { emails: ['ada@example.org'], githubLogin: 'ada-l', orcid: '0000-0002-1825-0097' },
            affiliations: ['Analytical Engines Ltd'],
            homepage: 'https://ada.example.org',
          },
          location: 'London',
          tags: ['ml', 'compilers'],
          notes: 'Met at NeurIPS',
          attributes: { Source: 'referral', 'Years of experience': '7' },
        },
      ],
      skipped: [],
      warnings: [],
    });
  });

  it('recognises headers case-insensitively and whatever their punctuation', () => {
    const [row] = rows('FIRST_NAME,Last Name,E-Mail,Organisation\nGrace,Hopper,grace@navy.example,US Navy');
    expect(row.person).toEqual({ name: 'Grace Hopper', ids: { emails: ['grace@navy.example'] }, affiliations: ['US Navy'] });
  });

  it('reads given/family names and a lone family name', () => {
    expect(rows('given,family\nAlan,Turing')[0].person.name).toBe('Alan Turing');
    expect(rows('surname,email\nTuring,alan@example.org')[0].person.name).toBe('Turing');
  });

  it('parses quoted fields with commas, quotes and line breaks, and reports the line a row starts on', () => {
    const text = 'name,affiliation,notes\n"Lovelace, Ada","Analytical Engines, Ltd","Said ""hello"",\nthen left"\nAlan Turing,,ok';
    const result = rows(text);
    expect(result.map((r) => [r.sourceRef, r.person.name, r.person.affiliations, r.notes])).toEqual([
      ['line 2', 'Lovelace, Ada', ['Analytical Engines, Ltd'], 'Said "hello",\nthen left'],
      ['line 4', 'Alan Turing', [], 'ok'],
    ]);
  });

  it('takes several emails from one cell and from several email columns', () => {
    const [row] = rows('name,email,work email\nAda,"ada@a.org; ada@b.org",ada@work.org');
    expect(row.person.ids.emails).toEqual(['ada@a.org', 'ada@b.org', 'ada@work.org']);
  });

  it('imports a row with only an email, with an empty name rather than a made-up one', () => {
    const [row] = rows('name,email\n,solo@example.org');
    expect(row.person).toEqual({ name: '', ids: { emails: ['solo@example.org'] }, affiliations: [] });
  });

  it('skips rows with neither a name nor an email', () => {
    const result = parseCandidatesCsv('name,email,notes\n,,great candidate\nAda,,\n,not-an-email,');
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toEqual([
      { sourceRef: 'line 2', reason: 'no name or email' },
      { sourceRef: 'line 4', reason: 'no name or email' },
    ]);
  });

  it('ignores blank lines and rows of empty cells', () => {
    const result = parseCandidatesCsv('name,email\n\nAda,ada@x.org\n,,\n   \n');
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toEqual([]);
  });

  it('reads a row missing trailing cells as empty, with one warning for the file', () => {
    const result = parseCandidatesCsv('name,email,location\nAda,ada@x.org\nAlan\nGrace,g@x.org,Arlington');
    expect(result.records.map((r) => (r as ImportedCandidateRow).person.name)).toEqual(['Ada', 'Alan', 'Grace']);
    expect(result.warnings).toEqual(['2 row(s) have fewer cells than the header (line 2, 3); the missing cells were read as empty']);
  });

  it('skips a row with more cells than the header, whose columns cannot be trusted', () => {
    const result = parseCandidatesCsv('name,email\nLovelace, Ada,ada@x.org\nAlan,alan@x.org');
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toEqual([
      { sourceRef: 'line 2', reason: 'the row has 3 cells but the header names 2 columns (a comma inside an unquoted cell?)' },
    ]);
  });

  it('accepts trailing empty cells beyond the header', () => {
    const result = parseCandidatesCsv('name,email\nAda,ada@x.org,,\n');
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toEqual([]);
  });

  it('reads semicolon- and tab-separated files', () => {
    expect(rows('name;email;affiliation\nAda;ada@x.org;Foo, Inc.')[0].person.affiliations).toEqual(['Foo, Inc.']);
    expect(rows('name\temail\nAda\tada@x.org')[0].person.ids.emails).toEqual(['ada@x.org']);
  });

  it('reads the other person keys and keeps cells it cannot read as attributes', () => {
    const text =
      'name,github,orcid,google scholar,dblp,openreview,semantic scholar,linkedin,links\n' +
      'Ada,not a login!,1234,https://scholar.google.com/citations?user=AbCdEfGhIjKL,https://dblp.org/pid/12/3456.html,~Ada_Lovelace1,https://www.semanticscholar.org/author/2262347,https://linkedin.com/in/ada,https://ada.dev https://blog.ada.dev';
    const [row] = rows(text);
    expect(row.person).toEqual({
      name: 'Ada',
      ids: { googleScholarId: 'AbCdEfGhIjKL', dblpPid: '12/3456', openReviewId: '~Ada_Lovelace1', semanticScholarId: '2262347' },
      affiliations: [],
      homepage: 'https://ada.dev',
    });
    expect(row.attributes).toEqual({
      github: 'not a login!',
      orcid: '1234',
      linkedin: 'https://linkedin.com/in/ada',
      links: 'https://ada.dev https://blog.ada.dev',
    });
  });

  it('uses LinkedIn as the homepage when nothing else gives one', () => {
    expect(rows('name,LinkedIn URL\nAda,https://www.linkedin.com/in/ada')[0].person.homepage).toBe('https://www.linkedin.com/in/ada');
  });

  it('keeps an unreadable email cell next to a name', () => {
    const [row] = rows('name,email\nAda,ask Sam');
    expect(row.person.ids).toEqual({});
    expect(row.attributes).toEqual({ email: 'ask Sam' });
  });

  it('makes duplicate and blank headers into distinct attribute keys', () => {
    const [row] = rows('name,score,score,\nAda,1,2,3');
    expect(row.attributes).toEqual({ score: '1', 'score (2)': '2', 'column 4': '3' });
  });

  it('returns nothing for a header with no rows', () => {
    expect(parseCandidatesCsv('name,email\n')).toEqual({ format: 'candidates-csv', records: [], skipped: [], warnings: [] });
  });

  it('refuses a file without a name or email column, listing what it found', () => {
    expect(() => parseCandidatesCsv('Age,Gender,EducationLevel\n26,1,2')).toThrow(
      new ImportFormatError(
        "a candidates CSV needs a 'name' or 'email' column (or first_name and last_name); found: Age, Gender, EducationLevel",
        1,
      ),
    );
  });

  it('lists at most twelve headers in that message', () => {
    const headers = Array.from({ length: 14 }, (_, i) => `c${i + 1}`).join(',');
    expect(() => parseCandidatesCsv(`${headers}\n`)).toThrow(/found: c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, …/);
  });

  it('says so when the first row is data instead of a header', () => {
    expect(() => parseCandidatesCsv('Ada Lovelace,ada@example.org\nAlan Turing,alan@example.org')).toThrow(
      /needs a header row .* looks like data/,
    );
  });

  it.each([
    ['an empty file', '', /the file is empty; expected a candidates CSV with a header row/],
    ['a file of blank lines', '\n\n  \n', /the file is empty/],
    ['an unclosed quote', 'name,email\n"Ada,ada@x.org\n', /a candidates CSV could not be read: a quoted cell is never closed/],
  ])('refuses %s', (_label, text, message) => {
    expect(() => parseCandidatesCsv(text)).toThrow(ImportFormatError);
    expect(() => parseCandidatesCsv(text)).toThrow(message);
  });
});

describe('splitTags', () => {
  it('splits on semicolons when present, else on commas, trimming and de-duplicating', () => {
    expect(splitTags('ml; nlp, speech; ml')).toEqual(['ml', 'nlp, speech']);
    expect(splitTags('ml, nlp ,, ml')).toEqual(['ml', 'nlp']);
    expect(splitTags(null)).toEqual([]);
  });
});
