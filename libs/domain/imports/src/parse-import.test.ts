import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ImportFormatError } from './model.js';
import { parseImport } from './parse-import.js';
import { FIXTURES_DIR, fixture, hasFixtures } from './test-support/fixtures.js';

describe('parseImport', () => {
  it('detects the format from the content and parses it', () => {
    const result = parseImport(null, '@inproceedings{k1, title={A Paper}, author={Doe, Jane and Roe, Rick}, booktitle={ICML}, year={2024}}');
    expect(result.format).toBe('bibtex');
    expect(result.records).toHaveLength(1);
  });

  it('lets the recruiter override the format, and refuses a file that is not that format', () => {
    expect(() => parseImport('x.json', '@article{k, title={T}, author={A B}}', { format: 'pwc-links' })).toThrow(ImportFormatError);
  });

  it('refuses a file whose format it cannot tell, naming the formats it knows', () => {
    expect(() => parseImport('notes.txt', 'just some notes')).toThrow(/Could not tell the format.*BibTeX/);
  });
});

describe.skipIf(!hasFixtures)('parseImport on every corpus file', () => {
  const names = hasFixtures ? readdirSync(FIXTURES_DIR).filter((n) => n !== 'SOURCES.md') : [];
  it.each(names)('%s is detected and either parses or is refused with a readable reason', (name) => {
    try {
      const result = parseImport(name, fixture(name));
      // standardstrings.bib holds only @string macros: it is passed as bibtexMacros with the bibliography.
      if (name === 'bib_curated_probml_standardstrings.bib') return expect(result.records).toEqual([]);
      expect(result.records.length + result.skipped.length).toBeGreaterThan(0);
      for (const skip of result.skipped) expect(skip.reason.length).toBeGreaterThan(5);
    } catch (error) {
      // Only the synthetic recruitment CSVs (no names) are refused as a whole (SOURCES.md).
      expect(name).toMatch(/^hiring_recruitment_/);
      expect(error).toBeInstanceOf(ImportFormatError);
      expect((error as Error).message).toMatch(/needs a 'name' or 'email' column/);
    }
  });
});
