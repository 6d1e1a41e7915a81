import { describe, expect, it } from 'vitest';
import { arxivIdFromUrl, arxivIdIn, dblpKeyFrom, httpUrls, isArxivId, normaliseDoi, unescapeVerbatim } from './identifiers.js';

describe('unescapeVerbatim', () => {
  it('undoes the escapes exporters put in URLs and DOIs', () => {
    expect(unescapeVerbatim('http://dblp.uni-trier.de/papers/EGC06\\_ML\\_PR.pdf')).toBe('http://dblp.uni-trier.de/papers/EGC06_ML_PR.pdf');
    expect(unescapeVerbatim('http://www.informatik.uni-trier.de/\\%7Eley/db/')).toBe('http://www.informatik.uni-trier.de/%7Eley/db/');
    expect(unescapeVerbatim('http://x.org/{\\~{}}me?a=1\\&b=2')).toBe('http://x.org/~me?a=1&b=2');
  });
});

describe('normaliseDoi', () => {
  it.each([
    ['10.1007/11827405\\_23', '10.1007/11827405_23'],
    ['{10.14778/1687553.1687577}', '10.14778/1687553.1687577'],
    ['https://doi.org/10.1109/JCDL.2017.7991609', '10.1109/JCDL.2017.7991609'],
    ['doi:10.5281/zenodo.4833219', '10.5281/zenodo.4833219'],
  ])('reads %j', (raw, doi) => {
    expect(normaliseDoi(raw)).toBe(doi);
  });

  it.each(['', 'n/a', 'http://example.org/paper', undefined])('gives null for %j', (raw) => {
    expect(normaliseDoi(raw)).toBeNull();
  });
});

describe('arXiv ids', () => {
  it.each([
    ['arXiv preprint arXiv:1606.04934', '1606.04934'],
    ['arxiv:1811.00995v2', '1811.00995'],
    ['abs/1906.07413', '1906.07413'],
    ['2112.08810', '2112.08810'],
    ['abs/cs/0503050', 'cs/0503050'],
    ['hep-ph/0301050v2', 'hep-ph/0301050'],
    ['math.ST/0601001', 'math.ST/0601001'],
  ])('finds the id in %j', (text, id) => {
    expect(arxivIdIn(text)).toBe(id);
  });

  it('finds none in text without one', () => {
    expect(arxivIdIn('pages 1234--5678, 2019')).toBeNull();
    expect(arxivIdIn(undefined)).toBeNull();
  });

  it('reads arxiv.org URLs', () => {
    expect(arxivIdFromUrl('http://arxiv.org/abs/1906.07413')).toBe('1906.07413');
    expect(arxivIdFromUrl('https://arxiv.org/pdf/1705.07904v3.pdf')).toBe('1705.07904');
    expect(arxivIdFromUrl('https://proceedings.mlr.press/v80/abel18a.html')).toBeNull();
  });

  it('tells a whole id from text that merely contains one', () => {
    expect(isArxivId('1906.07413')).toBe(true);
    expect(isArxivId('arXiv:1906.07413v1')).toBe(true);
    expect(isArxivId('PMC1234567')).toBe(false);
    expect(isArxivId('see 1906.07413')).toBe(false);
  });
});

describe('dblpKeyFrom', () => {
  it('takes the key after "DBLP:" or the record path of a biburl', () => {
    expect(dblpKeyFrom('DBLP:conf/jcdl/MichelsFLSS17', undefined)).toBe('conf/jcdl/MichelsFLSS17');
    expect(dblpKeyFrom('LDAM-DRW', 'https://dblp.org/rec/journals/corr/abs-1906-07413.bib')).toBe('journals/corr/abs-1906-07413');
    expect(dblpKeyFrom('x', 'https://dblp.org/rec/bib/conf/jcdl/MichelsFLSS17')).toBe('conf/jcdl/MichelsFLSS17');
    expect(dblpKeyFrom('Smith2019', undefined)).toBeNull();
  });
});

describe('httpUrls', () => {
  it('keeps web URLs only, several when space-separated', () => {
    expect(httpUrls('https://a.org/x https://b.org/y')).toEqual(['https://a.org/x', 'https://b.org/y']);
    expect(httpUrls('ftp://a.org/x')).toEqual([]);
    expect(httpUrls('not a url')).toEqual([]);
    expect(httpUrls(undefined)).toEqual([]);
  });
});
