import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { groupPeople, matchPerson, strongKeys, type PersonIdentity } from './match.js';
import { orcidCheckDigit } from './ids.js';

// ORCID documentation examples; the names paired with them below are made up.
const ORCID_A = '0000-0002-1825-0097';
const ORCID_B = '0000-0001-5109-3700';
const orcidFrom = (n: number): string => {
  const first15 = String(n).padStart(15, '0');
  const id = first15 + orcidCheckDigit(first15);
  return `${id.slice(0, 4)}-${id.slice(4, 8)}-${id.slice(8, 12)}-${id.slice(12)}`;
};

describe('strongKeys', () => {
  it('normalises every key and drops invalid ones', () => {
    expect(
      strongKeys({
        name: 'x',
        emails: [' A@Example.org', 'a@example.org', 'bad', 'mailto:b@example.org'],
        orcid: `https://orcid.org/${ORCID_A}`,
        dblpPid: 'https://dblp.org/pid/12/345.html',
        semanticScholarId: 'https://www.semanticscholar.org/author/2262347',
        openReviewId: 'https://openreview.net/profile?id=~Some_One1',
        githubLogin: 'https://github.com/Some-One/repo',
        openAlexId: 'https://openalex.org/A1969205032',
      }),
    ).toEqual({
      emails: ['a@example.org', 'b@example.org'],
      orcid: ORCID_A,
      dblpPid: '12/345',
      semanticScholarId: '2262347',
      openReviewId: '~Some_One1',
      githubLogin: 'some-one',
      openAlexId: 'A1969205032',
    });
    expect(strongKeys({ name: 'x', orcid: '0000-0002-1825-0098' }).orcid).toBeNull();
  });
});

describe('matchPerson', () => {
  it('matches on each strong key after normalisation, whatever the names say', () => {
    const cases: [Partial<PersonIdentity>, Partial<PersonIdentity>, string][] = [
      [{ emails: ['Apb@Ecs.Soton.ac.uk'] }, { emails: ['other@x.org', 'apb@ecs.soton.ac.uk'] }, 'email'],
      [{ orcid: ORCID_A }, { orcid: `https://orcid.org/${ORCID_A}` }, 'orcid'],
      [{ dblpPid: '12/345' }, { dblpPid: 'https://dblp.org/pid/12/345.html' }, 'dblpPid'],
      [{ semanticScholarId: '2262347' }, { semanticScholarId: 'https://www.semanticscholar.org/author/A-Turing/2262347' }, 'semanticScholarId'],
      [{ openReviewId: '~Some_One1' }, { openReviewId: 'https://openreview.net/profile?id=%7ESome_One1' }, 'openReviewId'],
      [{ githubLogin: 'Cyanogenoid' }, { githubLogin: 'https://github.com/Cyanogenoid/vqa-counting' }, 'githubLogin'],
      [{ openAlexId: 'A1969205032' }, { openAlexId: 'https://openalex.org/A1969205032' }, 'openAlexId'],
    ];
    for (const [a, b, key] of cases) {
      expect(matchPerson({ name: 'Yan Zhang', ...a }, { name: 'Y. Z.', ...b })).toEqual({ kind: 'strong', key });
    }
  });

  it('says two different ORCIDs are two people, even with the same name', () => {
    expect(matchPerson({ name: 'Wei Wang', orcid: ORCID_A }, { name: 'Wei Wang', orcid: ORCID_B })).toBeNull();
  });

  it('lets a conflicting single-valued key override a shared email', () => {
    expect(matchPerson({ name: 'Wei Wang', emails: ['lab@x.org'], dblpPid: '12/1' }, { name: 'Wei Wang', emails: ['lab@x.org'], dblpPid: '12/2' })).toBeNull();
  });

  it('does not treat two different emails as a conflict: people have several', () => {
    expect(matchPerson({ name: 'Bernhard Schölkopf', emails: ['a@x.org'] }, { name: 'Sch{\\"o}lkopf, Bernhard', emails: ['b@y.org'] })).toEqual({
      kind: 'name',
      confidence: 'exact',
    });
  });

  it('falls back to names only as a suggestion: exact key, then initials', () => {
    expect(matchPerson({ name: 'Bernhard SchÃ¶lkopf' }, { name: 'Schölkopf, Bernhard' })).toEqual({ kind: 'name', confidence: 'exact' });
    expect(matchPerson({ name: 'Adrian Del Maestro' }, { name: 'A. Del Maestro' })).toEqual({ kind: 'name', confidence: 'initials' });
    expect(matchPerson({ name: 'Adrian Del Maestro' }, { name: 'B. Del Maestro' })).toBeNull();
  });

  it('ignores invalid ids instead of letting them match or conflict', () => {
    expect(matchPerson({ name: 'Lu Liu', orcid: '0000-0002-1825-0098' }, { name: 'LIU, LU', orcid: ORCID_A })).toEqual({ kind: 'name', confidence: 'exact' });
    expect(matchPerson({ name: 'A', emails: ['not-an-email'] }, { name: 'B', emails: ['not-an-email'] })).toBeNull();
  });

  it('never suggests on a one-word or empty name', () => {
    expect(matchPerson({ name: 'Anonymous' }, { name: 'Anonymous' })).toBeNull();
    expect(matchPerson({ name: '' }, { name: '' })).toBeNull();
  });

  it('is symmetric (property)', () => {
    const person = fc.record({
      name: fc.constantFrom('Bernhard Schölkopf', 'Schölkopf, B.', 'Adrian Del Maestro', 'A. Del Maestro', 'Lu Liu', 'Anonymous'),
      emails: fc.array(fc.constantFrom('a@x.org', 'B@x.org', 'b@x.org'), { maxLength: 2 }),
      orcid: fc.option(fc.constantFrom(ORCID_A, ORCID_B), { nil: undefined }),
      githubLogin: fc.option(fc.constantFrom('octo', 'Octo', 'cat'), { nil: undefined }),
    });
    fc.assert(
      fc.property(person, person, (a, b) => {
        expect(matchPerson(a, b)).toEqual(matchPerson(b, a));
      }),
    );
  });
});

describe('groupPeople', () => {
  it('merges strong-key matches transitively and keeps name-only matches as suggestions', () => {
    const people: PersonIdentity[] = [
      { name: 'Adrian Del Maestro', emails: ['adm@x.org'] }, // 0
      { name: 'A. Del Maestro', emails: ['ADM@x.org'], orcid: ORCID_A }, // 1: email → 0
      { name: 'Del Maestro, A.', orcid: `https://orcid.org/${ORCID_A}`, githubLogin: 'adm' }, // 2: ORCID → 1
      { name: 'Adrian Del Maestro', githubLogin: 'https://github.com/ADM' }, // 3: GitHub → 2
      { name: 'Adrian Del Maestro' }, // 4: name only
      { name: 'Bernhard Schölkopf' }, // 5
    ];
    const g = groupPeople(people);
    expect(g.clusters.map((c) => c.members)).toEqual([[0, 1, 2, 3], [4], [5]]);
    expect(g.clusterOf).toEqual([0, 0, 0, 0, 1, 2]);
    expect(g.clusters[0]?.keys).toEqual({ emails: ['adm@x.org'], orcid: ORCID_A, githubLogin: 'adm' });
    expect(g.suggestions).toEqual([{ confidence: 'exact', key: 'adrian del maestro', clusters: [0, 1] }]);
    expect(g.conflicts).toEqual([]);
  });

  it('suggests on initials when the full names differ', () => {
    const g = groupPeople([{ name: 'Adrian Del Maestro' }, { name: 'A. Del Maestro' }, { name: 'Del Maestro, Adrian' }]);
    expect(g.clusters).toHaveLength(3);
    expect(g.suggestions).toEqual([
      { confidence: 'exact', key: 'adrian del maestro', clusters: [0, 2] },
      { confidence: 'initials', key: 'a del maestro', clusters: [0, 1, 2] },
    ]);
  });

  it('does not repeat an exact suggestion as an initials one', () => {
    const g = groupPeople([{ name: 'Bernhard Schölkopf' }, { name: 'Sch{\\"o}lkopf, Bernhard' }]);
    expect(g.suggestions).toEqual([{ confidence: 'exact', key: 'bernhard scholkopf', clusters: [0, 1] }]);
  });

  it('refuses a merge that would join two ORCIDs and reports it', () => {
    const g = groupPeople([
      { name: 'Wei Wang', emails: ['shared@lab.org'], orcid: ORCID_A },
      { name: 'Wei Wang', emails: ['shared@lab.org'], orcid: ORCID_B },
    ]);
    expect(g.clusters.map((c) => c.members)).toEqual([[0], [1]]);
    expect(g.conflicts).toEqual([{ people: [1, 0], kind: 'orcid', values: [ORCID_B, ORCID_A] }]);
    // Not the same person, so not suggested by name either.
    expect(g.suggestions).toEqual([]);
  });

  it('refuses a transitive merge through a person without an ORCID', () => {
    const g = groupPeople([
      { name: 'Wei Wang', orcid: ORCID_A, emails: ['a@x.org'] },
      { name: 'W. Wang', emails: ['a@x.org', 'b@x.org'] },
      { name: 'Wei Wang', orcid: ORCID_B, emails: ['b@x.org'] },
    ]);
    expect(g.clusters.map((c) => c.members)).toEqual([[0, 1], [2]]);
    expect(g.conflicts).toEqual([{ people: [2, 1], kind: 'orcid', values: [ORCID_B, ORCID_A] }]);
  });

  it('splits a name suggestion so that no two clusters in it conflict, keeping clusters without ids in each', () => {
    const g = groupPeople([
      { name: 'Wei Wang', orcid: ORCID_A },
      { name: 'Wei Wang', orcid: ORCID_B },
      { name: 'Wei Wang' },
    ]);
    expect(g.suggestions).toEqual([
      { confidence: 'exact', key: 'wei wang', clusters: [0, 2] },
      { confidence: 'exact', key: 'wei wang', clusters: [1, 2] },
    ]);
  });

  it('never suggests on one-word names such as "Anonymous"', () => {
    const g = groupPeople([{ name: 'Anonymous' }, { name: 'Anonymous' }, { name: '' }]);
    expect(g.clusters).toHaveLength(3);
    expect(g.suggestions).toEqual([]);
  });

  it('returns nothing for nobody', () => {
    expect(groupPeople([])).toEqual({ clusters: [], clusterOf: [], suggestions: [], conflicts: [] });
  });

  it('agrees with matchPerson: strong matches share a cluster, conflicts never do (property)', () => {
    const person = fc.record({
      name: fc.constantFrom('Wei Wang', 'W. Wang', 'Lu Liu', 'LIU, LU'),
      emails: fc.array(fc.constantFrom('a@x.org', 'b@x.org', 'c@x.org', 'd@x.org'), { maxLength: 2 }),
      orcid: fc.option(fc.constantFrom(ORCID_A, ORCID_B), { nil: undefined }),
      dblpPid: fc.option(fc.constantFrom('1/1', '1/2'), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.array(person, { maxLength: 12 }), (people) => {
        const g = groupPeople(people);
        // Every person is in exactly one cluster.
        expect(g.clusters.flatMap((c) => c.members).sort((x, y) => x - y)).toEqual(people.map((_, i) => i));
        for (let i = 0; i < people.length; i++) {
          for (let j = i + 1; j < people.length; j++) {
            const m = matchPerson(people[i]!, people[j]!);
            const together = g.clusterOf[i] === g.clusterOf[j];
            const ki = strongKeys(people[i]!);
            const kj = strongKeys(people[j]!);
            const conflict = (ki.orcid && kj.orcid && ki.orcid !== kj.orcid) || (ki.dblpPid && kj.dblpPid && ki.dblpPid !== kj.dblpPid);
            if (conflict) expect(together).toBe(false);
            // A direct strong match is merged unless the merge was refused and reported.
            if (m?.kind === 'strong' && !together) expect(g.conflicts.length).toBeGreaterThan(0);
          }
        }
        // A cluster never holds two values of a single-valued kind.
        for (const c of g.clusters) {
          const orcids = new Set(c.members.map((i) => strongKeys(people[i]!).orcid).filter(Boolean));
          const pids = new Set(c.members.map((i) => strongKeys(people[i]!).dblpPid).filter(Boolean));
          expect(orcids.size).toBeLessThanOrEqual(1);
          expect(pids.size).toBeLessThanOrEqual(1);
        }
        // Two clusters sharing a key value are apart only because they conflict on another kind.
        const disagree = (x: number, y: number): boolean => {
          const kx = g.clusters[x]!.keys;
          const ky = g.clusters[y]!.keys;
          return Boolean((kx.orcid && ky.orcid && kx.orcid !== ky.orcid) || (kx.dblpPid && ky.dblpPid && kx.dblpPid !== ky.dblpPid));
        };
        for (let x = 0; x < g.clusters.length; x++) {
          for (let y = x + 1; y < g.clusters.length; y++) {
            const kx = g.clusters[x]!.keys;
            const ky = g.clusters[y]!.keys;
            const share =
              kx.emails.some((e) => ky.emails.includes(e)) || (kx.orcid && kx.orcid === ky.orcid) || (kx.dblpPid && kx.dblpPid === ky.dblpPid);
            if (share) expect(disagree(x, y)).toBe(true);
          }
        }
        // Suggestions join distinct clusters that do not conflict.
        for (const s of g.suggestions) {
          expect(new Set(s.clusters).size).toBe(s.clusters.length);
          for (const x of s.clusters) for (const y of s.clusters) if (x < y) expect(disagree(x, y)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('groups 100,000 people with index maps, not pairwise comparison', () => {
    const people: PersonIdentity[] = [];
    for (let i = 0; i < 100_000; i++) {
      const person = Math.floor(i / 2); // two records per person, linked by email
      const family = `Family${person % 5000}`; // ten people per family name
      const withOrcid = Math.floor(person / 5000) % 2 === 0; // five of those ten have an ORCID
      people.push(
        i % 2 === 0
          ? { name: `Given${person} ${family}`, emails: [`p${person}@x.org`] }
          : { name: `${family}, Given${person}`, emails: [`P${person}@X.org`], orcid: withOrcid ? orcidFrom(person) : null },
      );
    }
    const started = performance.now();
    const g = groupPeople(people);
    const elapsed = performance.now() - started;
    expect(g.clusters).toHaveLength(50_000);
    expect(g.clusters[123]?.members).toEqual([246, 247]);
    expect(g.clusters[123]?.keys.orcid).toBe(orcidFrom(123));
    expect(g.conflicts).toEqual([]);
    // Per family name: five ORCID holders, who are not one another, each suggested with the five without.
    expect(g.suggestions.filter((s) => s.confidence === 'exact')).toEqual([]);
    expect(g.suggestions).toHaveLength(25_000);
    expect(g.suggestions.every((s) => s.clusters.length === 6)).toBe(true);
    // Pairwise would be 5·10⁹ comparisons; the linear pass takes a few seconds at most on a small CI machine.
    expect(elapsed).toBeLessThan(20_000);
  }, 60_000);
});
