import { describe, expect, it } from 'vitest';
import {
  isEmail,
  isOpenReviewProfileId,
  normalizeDblpPid,
  normalizeGithubLogin,
  normalizeGoogleScholarId,
  normalizeOpenAlexAuthorId,
  normalizeOrcid,
  splitEmails,
} from './person-ids.js';

describe('person id normalisers', () => {
  it('reads ORCIDs bare or as URLs, with the check digit X upper-cased', () => {
    expect(normalizeOrcid('https://orcid.org/0000-0003-1613-5981')).toBe('0000-0003-1613-5981');
    expect(normalizeOrcid(' 0000-0001-2345-678x ')).toBe('0000-0001-2345-678X');
    expect(normalizeOrcid('orcid.org/0000-0002-1825-0097/')).toBe('0000-0002-1825-0097');
    expect(normalizeOrcid('0000-0001-2345')).toBeNull();
    expect(normalizeOrcid('')).toBeNull();
    expect(normalizeOrcid(null)).toBeNull();
  });

  it('reads OpenAlex author ids bare or as URLs, and nothing else', () => {
    expect(normalizeOpenAlexAuthorId('https://openalex.org/A1969205032')).toBe('A1969205032');
    expect(normalizeOpenAlexAuthorId('a1969205032')).toBe('A1969205032');
    expect(normalizeOpenAlexAuthorId('https://openalex.org/W2741809807')).toBeNull();
    expect(normalizeOpenAlexAuthorId('https://openalex.org/I4200000001')).toBeNull();
  });

  it('reads GitHub logins from URLs, @handles and bare logins', () => {
    expect(normalizeGithubLogin('https://github.com/octo-cat')).toBe('octo-cat');
    expect(normalizeGithubLogin('github.com/octocat/')).toBe('octocat');
    expect(normalizeGithubLogin('https://github.com/octocat/hello-world')).toBe('octocat');
    expect(normalizeGithubLogin('@octocat')).toBe('octocat');
    expect(normalizeGithubLogin('octocat')).toBe('octocat');
    expect(normalizeGithubLogin('not a login')).toBeNull();
    expect(normalizeGithubLogin('-bad-')).toBeNull();
  });

  it('reads Google Scholar ids from profile URLs', () => {
    expect(normalizeGoogleScholarId('https://scholar.google.com/citations?hl=en&user=AbCdEfGhIjKL')).toBe('AbCdEfGhIjKL');
    expect(normalizeGoogleScholarId('AbCdEfGhIjKL')).toBe('AbCdEfGhIjKL');
    expect(normalizeGoogleScholarId('https://scholar.google.com/')).toBeNull();
  });

  it('reads DBLP pids from profile URLs', () => {
    expect(normalizeDblpPid('https://dblp.org/pid/12/3456.html')).toBe('12/3456');
    expect(normalizeDblpPid('https://dblp.uni-trier.de/pid/l/MichaelLey')).toBe('l/MichaelLey');
    expect(normalizeDblpPid('12/3456-1')).toBe('12/3456-1');
    expect(normalizeDblpPid('Michael Ley')).toBeNull();
  });

  it('tells OpenReview profile ids and emails apart from group ids', () => {
    expect(isOpenReviewProfileId('~Yan_Zhang1')).toBe(true);
    expect(isOpenReviewProfileId('ICLR.cc/2018/Conference/Paper1107/Authors')).toBe(false);
    expect(isEmail('apb@ecs.soton.ac.uk')).toBe(true);
    expect(isEmail('math.berkeley.edu')).toBe(false);
  });

  it('splits cells holding several emails and keeps their case', () => {
    expect(splitEmails('Ada@Example.org; ada@work.example, mailto:ada@x.org <ada@y.org> n/a')).toEqual([
      'Ada@Example.org',
      'ada@work.example',
      'ada@x.org',
      'ada@y.org',
    ]);
    expect(splitEmails('a@x.org, a@x.org')).toEqual(['a@x.org']);
    expect(splitEmails('')).toEqual([]);
  });
});
