import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  normalizeDblpPid,
  normalizeEmail,
  normalizeGithubLogin,
  normalizeOpenAlexId,
  normalizeOpenReviewId,
  normalizeOrcid,
  normalizeSemanticScholarId,
  orcidCheckDigit,
} from './ids.js';

// ORCID's own documentation examples (0000-0002-1825-0097 is the fictional Josiah Carberry).
const DOC_ORCIDS = ['0000-0002-1825-0097', '0000-0001-5109-3700', '0000-0002-1694-233X'];

describe('normalizeEmail', () => {
  it('lower-cases and trims, and removes mailto: and angle brackets', () => {
    expect(normalizeEmail('  Xiaoxiao.Guo@IBM.com ')).toBe('xiaoxiao.guo@ibm.com');
    expect(normalizeEmail('mailto:apb@ecs.soton.ac.uk')).toBe('apb@ecs.soton.ac.uk');
    expect(normalizeEmail('<Someone@Example.org>')).toBe('someone@example.org');
  });

  it('keeps plus tags and dots: they may be different mailboxes', () => {
    expect(normalizeEmail('first.last+hiring@gmail.com')).toBe('first.last+hiring@gmail.com');
  });

  it.each(['', '   ', 'not an email', 'a@b', '@example.org', 'a@@b.org', 'a b@c.org', 'ICLR.cc/2018/Conference/Paper1107/Authors', 'a@b.', null, undefined])(
    'rejects %s',
    (raw) => {
      expect(normalizeEmail(raw)).toBeNull();
    },
  );
});

describe('normalizeOrcid', () => {
  it.each([
    ['0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['http://orcid.org/0000-0002-1825-0097/', '0000-0002-1825-0097'],
    ['orcid.org/0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['https://www.orcid.org/0000-0002-1825-0097?lang=en', '0000-0002-1825-0097'],
    ['ORCID: 0000-0002-1825-0097', '0000-0002-1825-0097'],
    ['0000000218250097', '0000-0002-1825-0097'],
    ['0000 0002 1825 0097', '0000-0002-1825-0097'],
    ['0000-0002-1694-233x', '0000-0002-1694-233X'],
  ])('reads %s as %s', (raw, id) => {
    expect(normalizeOrcid(raw)).toBe(id);
  });

  it('computes the ISO 7064 MOD 11-2 check digit, X standing for 10', () => {
    expect(DOC_ORCIDS.map((id) => orcidCheckDigit(id.replace(/-/g, '').slice(0, 15)))).toEqual(['7', '0', 'X']);
  });

  it.each(['0000-0002-1825-0098', '0000-0002-1825-009X', '0000-0002-1825-009', '0000-0002-1825-00970', '0000-0002-18250097', 'https://example.org/0000-0002-1825-0097', 'x'])(
    'rejects %s (bad check digit, length or shape)',
    (raw) => {
      expect(normalizeOrcid(raw)).toBeNull();
    },
  );

  it('accepts exactly the ids whose last character is the check digit (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), fc.constantFrom(...'0123456789X'), (first15, last) => {
        const id = `${first15.slice(0, 4)}-${first15.slice(4, 8)}-${first15.slice(8, 12)}-${first15.slice(12)}${last}`;
        expect(normalizeOrcid(id) === id).toBe(orcidCheckDigit(first15) === last);
      }),
    );
  });

  it('catches every single-digit typo and every swap of two adjacent different digits (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), fc.nat(14), fc.nat(9), (first15, at, digit) => {
        const valid = first15 + orcidCheckDigit(first15);
        const typo = valid.slice(0, at) + String(digit) + valid.slice(at + 1);
        const swapped = valid.slice(0, at) + valid[at + 1] + valid[at] + valid.slice(at + 2);
        expect(normalizeOrcid(valid)).not.toBeNull();
        if (typo !== valid) expect(normalizeOrcid(typo)).toBeNull();
        if (swapped !== valid) expect(normalizeOrcid(swapped)).toBeNull();
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{15}$/), (first15) => {
        const id = normalizeOrcid(`https://orcid.org/${first15}${orcidCheckDigit(first15)}`);
        expect(id).not.toBeNull();
        expect(normalizeOrcid(id)).toBe(id);
      }),
    );
  });
});

describe('normalizeGithubLogin', () => {
  it.each([
    ['https://github.com/Cyanogenoid/vqa-counting', 'cyanogenoid'],
    ['https://github.com/Cyanogenoid', 'cyanogenoid'],
    ['http://www.github.com/some-user/', 'some-user'],
    ['https:/github.com/some-user/repo', 'some-user'],
    ['github.com/some-user/repo.git', 'some-user'],
    ['git@github.com:some-user/repo.git', 'some-user'],
    ['git+https://github.com/some-user/repo.git', 'some-user'],
    ['https://gist.github.com/some-user/abc123', 'some-user'],
    ['https://some-user.github.io/project/', 'some-user'],
    ['@Some-User', 'some-user'],
    ['SomeUser42', 'someuser42'],
  ])('reads %s as %s', (raw, login) => {
    expect(normalizeGithubLogin(raw)).toBe(login);
  });

  it.each(['', 'some-user/repo', 'https://github.com/orgs/some-org', 'https://github.com/topics/ml', 'https://gitlab.com/some-user', '-leading', 'has space', 'a'.repeat(40), 'https://example.org/github.com/x'])(
    'rejects %s',
    (raw) => {
      expect(normalizeGithubLogin(raw)).toBeNull();
    },
  );
});

describe('normalizeDblpPid', () => {
  it.each([
    ['https://dblp.org/pid/12/345', '12/345'],
    ['https://dblp.org/pid/12/345.html', '12/345'],
    ['http://dblp.uni-trier.de/pid/12/345-1.html', '12/345-1'],
    ['dblp.org/pid/123/4567.xml', '123/4567'],
    ['https://dblp.org/pid/12/345.html?view=by-type', '12/345'],
    ['12/345', '12/345'],
    ['homepages/12/345', '12/345'],
    ['h/GeoffreyEHinton', 'h/GeoffreyEHinton'],
  ])('reads %s as %s', (raw, pid) => {
    expect(normalizeDblpPid(raw)).toBe(pid);
  });

  it.each(['Alan M. Turing', '', '12', '12/', '/345', 'https://dblp.org/pers/hd/t/Turing:Alan_M=', 'https://dblp.org/rec/conf/nips/X17'])('rejects %s', (raw) => {
    expect(normalizeDblpPid(raw)).toBeNull();
  });
});

describe('normalizeOpenReviewId', () => {
  it.each([
    ['~First_Last1', '~First_Last1'],
    [' ~Jean-Marc_Azais2 ', '~Jean-Marc_Azais2'],
    ['https://openreview.net/profile?id=~First_Last1', '~First_Last1'],
    ['https://openreview.net/profile?id=%7EFirst_Last1', '~First_Last1'],
    ['https://openreview.net/profile?mode=view&id=~First_Middle_Last12', '~First_Middle_Last12'],
  ])('reads %s as %s', (raw, id) => {
    expect(normalizeOpenReviewId(raw)).toBe(id);
  });

  it.each(['First_Last1', '~First_Last', '~1', 'someone@example.org', 'ICLR.cc/2018/Conference/Paper1107/Authors', ''])('rejects %s', (raw) => {
    expect(normalizeOpenReviewId(raw)).toBeNull();
  });
});

describe('normalizeSemanticScholarId', () => {
  it.each([
    ['2262347', '2262347'],
    [' 2262347 ', '2262347'],
    ['https://www.semanticscholar.org/author/2262347', '2262347'],
    ['https://www.semanticscholar.org/author/A.-Turing/2262347', '2262347'],
    ['https://api.semanticscholar.org/graph/v1/author/2262347?fields=name', '2262347'],
  ])('reads %s as %s', (raw, id) => {
    expect(normalizeSemanticScholarId(raw)).toBe(id);
  });

  it.each(['', 'A. Turing', '649def34f8be52c8b66281af98ae884c09aef38b', 'https://www.semanticscholar.org/paper/649def34f8be52c8b66281af98ae884c09aef38b'])(
    'rejects %s',
    (raw) => {
      expect(normalizeSemanticScholarId(raw)).toBeNull();
    },
  );
});

describe('normalizeOpenAlexId', () => {
  it.each([
    ['https://openalex.org/A1969205032', 'A1969205032'],
    ['https://api.openalex.org/authors/A1969205032', 'A1969205032'],
    ['a1969205032', 'A1969205032'],
  ])('reads %s as %s', (raw, id) => {
    expect(normalizeOpenAlexId(raw)).toBe(id);
  });

  it.each(['', 'https://openalex.org/I4200000001', 'https://openalex.org/W2741809807', '1969205032'])('rejects %s (not an author id)', (raw) => {
    expect(normalizeOpenAlexId(raw)).toBeNull();
  });
});
