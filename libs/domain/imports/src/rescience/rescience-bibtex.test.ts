import { describe, expect, it } from 'vitest';
import { ImportFormatError, type ImportedReimplementation } from '../model.js';
import { parseResearchReimplementationsBibtex } from './rescience-bibtex.js';

// Invented people and repositories in the exact layout of ReScience C's all_articles.bib.
function article(key: string, fields: Record<string, string>): string {
  const defaults: Record<string, string> = {
    author: 'Ana Rivera and Tomás Quintero',
    title: '{[Re] Learning Things Quickly}',
    journal: 'ReScience C',
    year: '2021',
    month: '5',
    volume: '7',
    number: '2',
    pages: '{#3}',
    doi: '10.5281/zenodo.1111111',
    url: 'https://zenodo.org/record/1111111/files/article.pdf',
    code_url: 'https://github.com/example/learning-things',
    code_doi: '',
    code_swh: 'swh:1:dir:8887a5d45dac9427457c6b5869728e1ba3cfd37c',
    data_url: '',
    data_doi: '',
    review_url: 'https://openreview.net/forum?id=AbCdEf',
    type: 'Replication',
    language: 'Python',
    domain: 'ML Reproducibility Challenge 2020',
    keywords: 'rescience c, rescience x, python, pytorch',
  };
  const body = Object.entries({ ...defaults, ...fields })
    .map(([name, value]) => `  ${`${name} =`.padEnd(15)} {${value}}`)
    .join(',\n');
  return `@Article {${key},\n${body}\n}\n`;
}

function reimplementations(text: string): ImportedReimplementation[] {
  return parseResearchReimplementationsBibtex(text).records as ImportedReimplementation[];
}

describe('parseResearchReimplementationsBibtex', () => {
  it('turns a replication article into a re-implementation by its authors', () => {
    const result = parseResearchReimplementationsBibtex(article('Rivera:2021', {}));
    expect(result).toEqual({
      format: 'rescience-bibtex',
      records: [
        {
          kind: 'reimplementation',
          sourceRef: 'Rivera:2021',
          repoUrl: 'https://github.com/example/learning-things',
          paper: { title: 'Learning Things Quickly', ids: {}, url: null },
          official: false,
          reproduced: true,
          framework: 'pytorch',
          authors: [
            { name: 'Ana Rivera', ids: {}, affiliations: [] },
            { name: 'Tomás Quintero', ids: {}, affiliations: [] },
          ],
          year: 2021,
          links: [
            { url: 'https://zenodo.org/record/1111111/files/article.pdf', kind: 'page' },
            { url: 'https://doi.org/10.5281/zenodo.1111111', kind: 'page' },
            { url: 'https://openreview.net/forum?id=AbCdEf', kind: 'review' },
            { url: 'https://archive.softwareheritage.org/swh:1:dir:8887a5d45dac9427457c6b5869728e1ba3cfd37c', kind: 'code' },
          ],
          notes: 'ReScience C 7(2) #3 "[Re] Learning Things Quickly"; Software Heritage swh:1:dir:8887a5d45dac9427457c6b5869728e1ba3cfd37c',
        },
      ],
      skipped: [],
      warnings: [],
    });
  });

  it('repairs "https:/github.com", drops ".git" and says so in the notes', () => {
    const [broken, dotGit] = reimplementations(
      article('A:2021', { code_url: 'https:/github.com/example/mnad' }) + article('B:2021', { code_url: 'https://github.com/example/fixmatch.git' }),
    );
    expect(broken.repoUrl).toBe('https://github.com/example/mnad');
    expect(broken.notes).toContain('code_url normalised from "https:/github.com/example/mnad"');
    expect(dotGit.repoUrl).toBe('https://github.com/example/fixmatch');
  });

  it('repairs a broken Software Heritage id and keeps the code DOI and data URL as links', () => {
    const [record] = reimplementations(
      article('A:2021', { code_swh: '1:dir:120b52bc3dfe115b3329698a39ea71c7cd5862d1', code_doi: '10.5281/zenodo.2222222', data_url: 'https://example.org/data/' }),
    );
    expect(record.links).toContainEqual({ url: 'https://archive.softwareheritage.org/swh:1:dir:120b52bc3dfe115b3329698a39ea71c7cd5862d1', kind: 'code' });
    expect(record.links).toContainEqual({ url: 'https://doi.org/10.5281/zenodo.2222222', kind: 'code' });
    expect(record.links).toContainEqual({ url: 'https://example.org/data/', kind: 'other' });
  });

  it('keeps an unreadable Software Heritage id in the notes only', () => {
    const [record] = reimplementations(article('A:2021', { code_swh: 'see zenodo' }));
    expect(record.notes).toContain('unreadable code_swh "see zenodo"');
    expect(record.links.some((link) => link.url.includes('softwareheritage'))).toBe(false);
  });

  it('reads "[¬Re]" as not reproduced and takes the original title from a wrapped one', () => {
    const [record] = reimplementations(article('A:2023', { title: '{[¬Re] Reproducibility study of ‘Proto Parts: A Study of Things’}' }));
    expect(record.reproduced).toBe(false);
    expect(record.paper.title).toBe('Proto Parts: A Study of Things');
  });

  it('reads "Last, First" names, accents and a key with a space', () => {
    const [record] = reimplementations(article('Garcia Lopez:2021', { author: 'Garc{\\\'i}a L{\\\'o}pez, Marta and Men{\\c{s}}e, Sami and K{\\i}nl{\\i}, Deniz' }));
    expect(record.sourceRef).toBe('Garcia Lopez:2021');
    expect(record.authors.map((author) => author.name)).toEqual(['Marta García López', 'Sami Menşe', 'Deniz Kınlı']);
  });

  it('skips the editorial and articles without a usable code URL, with reasons', () => {
    const result = parseResearchReimplementationsBibtex(
      article('Editors:2021', { title: '{ML Reproducibility Challenge 2020}', type: 'Editorial', code_url: '', code_swh: '', review_url: '' }) +
        article('Empty:2023', { code_url: '' }) +
        article('Prose:2023', { code_url: 'available on request' }) +
        article('Good:2023', {}),
    );
    expect(result.records.map((record) => record.sourceRef)).toEqual(['Good:2023']);
    expect(result.skipped).toEqual([
      { sourceRef: 'Editors:2021', reason: 'entry Editors:2021: editorial, not a replication' },
      { sourceRef: 'Empty:2023', reason: 'entry Empty:2023: no code_url' },
      { sourceRef: 'Prose:2023', reason: 'entry Prose:2023: code_url "available on request" is not a repository URL' },
    ]);
  });

  it('skips an article without authors', () => {
    const result = parseResearchReimplementationsBibtex(article('NoOne:2021', { author: '' }));
    expect(result.skipped).toEqual([{ sourceRef: 'NoOne:2021', reason: 'entry NoOne:2021: no authors' }]);
  });

  it('refuses an ordinary bibliography', () => {
    expect(() => parseResearchReimplementationsBibtex('@article{k, author = {A, B}, title = {T}, journal = {JMLR}}')).toThrow(
      new ImportFormatError('not a ReScience article list: no entry has a code_url, a review_url or the journal ReScience'),
    );
  });

  it('refuses what is not BibTeX, or is cut off, like the paper importer', () => {
    expect(() => parseResearchReimplementationsBibtex('title: not bibtex')).toThrow(ImportFormatError);
    expect(() => parseResearchReimplementationsBibtex(article('A:2021', {}).slice(0, 200))).toThrow(/file truncated/);
  });
});
