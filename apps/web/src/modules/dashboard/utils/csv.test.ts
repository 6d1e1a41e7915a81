import { describe, expect, it } from 'vitest';
import { csvFileName, toCsv } from './csv';
import { percent, reportCsv, type ReportColumn } from './reportColumns';

describe('toCsv', () => {
  it('writes a header and one CRLF-ended line per row, empty cells for null', () => {
    expect(
      toCsv(
        ['Stage', 'Entered', 'Pass-through'],
        [
          ['Recruiter screen', 4, '75 %'],
          ['Technical', 3, null],
        ],
      ),
    ).toBe('Stage,Entered,Pass-through\r\nRecruiter screen,4,75 %\r\nTechnical,3,\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(toCsv(['Name'], [['Lovelace, Ada'], ['Ada "the first"'], ['two\nlines']])).toBe(
      'Name\r\n"Lovelace, Ada"\r\n"Ada ""the first"""\r\n"two\nlines"\r\n',
    );
  });

  it('defuses text a spreadsheet would run as a formula, but keeps negative numbers', () => {
    expect(toCsv(['a', 'b', 'c'], [['=HYPERLINK("x")', '@cmd', -0.5]])).toBe('a,b,c\r\n"\'=HYPERLINK(""x"")",\'@cmd,-0.5\r\n');
  });

  it('names files after the report and the UTC day', () => {
    expect(csvFileName('funnel', new Date('2026-11-30T23:30:00Z'))).toBe('loopboard-funnel-2026-11-30.csv');
  });
});

describe('reportCsv', () => {
  it('uses the same columns as the table view', () => {
    const columns: ReportColumn<{ name: string; rate: number | null }>[] = [
      { header: 'Stage', value: (r) => r.name },
      { header: 'Pass-through', value: (r) => percent(r.rate) },
    ];
    expect(
      reportCsv(columns, [
        { name: 'Screen', rate: 0.666 },
        { name: 'Offer', rate: null },
      ]),
    ).toBe('Stage,Pass-through\r\nScreen,67 %\r\nOffer,\r\n');
  });
});
