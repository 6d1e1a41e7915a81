import type { CandidateDetail, CandidatePage, CandidateSummary, CreateCandidateRequest } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let recruiter: ApiClient;
let admin: ApiClient;
let manager: ApiClient;
beforeAll(async () => {
  api = await startApi();
  recruiter = await api.as('recruiter');
  admin = await api.as('admin');
  manager = await api.as('hiring_manager');
});
afterAll(async () => {
  await api?.close();
});

let counter = 0;
/** A tag unique to one test, so its list queries see only its own candidates. */
function uniqueTag(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

async function createCandidate(input: Partial<CreateCandidateRequest> & { name: string }): Promise<CandidateDetail> {
  const res = await recruiter.post<CandidateDetail>('/api/candidates', { primaryChannel: 'paper', ...input });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function list(query: Record<string, string | number | boolean>, client: ApiClient = recruiter): Promise<CandidatePage> {
  const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
  const res = await client.get<CandidatePage>(`/api/candidates?${qs}`);
  if (res.status !== 200) throw new Error(`list failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const names = (page: CandidatePage) => page.items.map((c: CandidateSummary) => c.displayName);

interface PaperSeed {
  title: string;
  venue?: string | null;
  year?: number | null;
  acceptance: string;
  /** As the source states it; defaults to the named authors. */
  authorCount?: number;
  authors: (string | { name: string; candidateId: string })[];
}

/** Papers arrive by import in real use; tests write them with SQL. */
async function insertPaper(seed: PaperSeed): Promise<string> {
  const [row] = await api.sql<{ id: string }>(
    `INSERT INTO paper (title, title_key, venue, year, acceptance, author_count, authors_truncated, links, provenance)
     VALUES ($1, lower($1), $2, $3, $4, $5, $6, '[]', '{"source":"test","importedAt":"2026-01-01T00:00:00Z"}') RETURNING id`,
    [
      seed.title,
      seed.venue ?? null,
      seed.year ?? null,
      seed.acceptance,
      seed.authorCount ?? seed.authors.length,
      (seed.authorCount ?? seed.authors.length) < seed.authors.length,
    ],
  );
  for (const [index, author] of seed.authors.entries()) {
    const { name, candidateId } = typeof author === 'string' ? { name: author, candidateId: null } : author;
    await api.sql(`INSERT INTO paper_author (paper_id, position, name, candidate_id) VALUES ($1, $2, $3, $4)`, [
      row!.id,
      index + 1,
      name,
      candidateId,
    ]);
  }
  return row!.id;
}

async function insertReimplementation(candidateId: string, repoUrl: string, reproduced: boolean | null): Promise<string> {
  const [row] = await api.sql<{ id: string }>(
    `INSERT INTO reimplementation (repo_url, paper_title, paper_ids, official, reproduced, links, provenance)
     VALUES ($1, 'Some paper', '[]', false, $2, '[]', '{"source":"test"}') RETURNING id`,
    [repoUrl, reproduced],
  );
  await api.sql(`INSERT INTO reimplementation_author (reimplementation_id, candidate_id) VALUES ($1, $2)`, [row!.id, candidateId]);
  return row!.id;
}

describe('creating and searching candidates', () => {
  it('normalises the name, stores strong keys and writes an audit entry in the same transaction', async () => {
    const tag = uniqueTag('create');
    const res = await recruiter.post<CandidateDetail>('/api/candidates', {
      name: 'Sch{\\"o}lkopf, Bernhard',
      emails: ['  B.Schoelkopf@Tuebingen.MPG.de '],
      affiliations: ['Max-Planck-Institut für Intelligente Systeme'],
      tags: ['kernels', tag],
      primaryChannel: 'paper',
      primaryCredit: 'Ada Recruiter',
      identities: { orcid: 'https://orcid.org/0000-0002-1825-0097', githubLogin: '@BSchoelkopf' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      displayName: 'Bernhard Schölkopf',
      givenName: 'Bernhard',
      familyName: 'Schölkopf',
      emails: ['b.schoelkopf@tuebingen.mpg.de'],
      primaryChannel: 'paper',
      primaryCredit: 'Ada Recruiter',
      version: 1,
      archivedAt: null,
      signals: { firstAuthorTopTier: 0, creditAdjusted: 0, bestVenueTier: null, reproducedReimplementations: 0 },
    });
    expect(res.body.identities).toEqual([
      { kind: 'email', value: 'b.schoelkopf@tuebingen.mpg.de' },
      { kind: 'github_login', value: 'bschoelkopf' },
      { kind: 'orcid', value: '0000-0002-1825-0097' },
    ]);
    const [row] = await api.sql(`SELECT name_key, search_text FROM candidate WHERE id = $1`, [res.body.id]);
    expect(row.name_key).toBe('bernhard scholkopf');
    expect(row.search_text).toContain('max-planck-institut fur intelligente systeme');
    const audit = await api.sql(`SELECT action, actor_email FROM audit_log WHERE entity_type = 'candidate' AND entity_id = $1`, [
      res.body.id,
    ]);
    expect(audit).toEqual([{ action: 'candidate.created', actor_email: api.users.recruiter.email }]);
  });

  it('finds a candidate regardless of accents and case, by name, email, affiliation and tag', async () => {
    const tag = uniqueTag('Search-Tag');
    const created = await createCandidate({
      name: 'Schölkopf, Bernhard',
      emails: ['bernhard.s@example.org'],
      affiliations: ['ELLIS Institute Tübingen'],
      tags: [tag],
    });
    await createCandidate({ name: 'Someone Else', tags: [`${tag}-other`], emails: ['other@example.org'] });
    for (const q of [
      'scholkopf',
      'SCHÖLKOPF',
      'bernhard sch',
      'Bernhard.S@EXAMPLE.org',
      'tubingen',
      'ellis institute tübingen',
      tag.toUpperCase(),
    ]) {
      const page = await list({ q });
      expect(
        page.items.map((c) => c.id),
        `q=${q}`,
      ).toContain(created.id);
      if (q !== tag.toUpperCase())
        expect(
          page.items.map((c) => c.displayName),
          `q=${q}`,
        ).not.toContain('Someone Else');
    }
    // LIKE wildcards in q are taken literally.
    expect((await list({ q: '%' })).items).toEqual([]);
  });

  it('lets a hiring manager read but not write', async () => {
    const tag = uniqueTag('manager');
    const created = await createCandidate({ name: 'Grace Hopper', tags: [tag] });
    expect((await list({ q: tag }, manager)).items.map((c) => c.id)).toEqual([created.id]);
    expect((await manager.get(`/api/candidates/${created.id}`)).status).toBe(200);
    expect((await manager.patch(`/api/candidates/${created.id}`, { version: 1, notes: 'x' })).status).toBe(403);
  });
});

describe('filters, sorting and pagination', () => {
  it('filters by channel, venue, tier, year and the signal flags', async () => {
    const tag = uniqueTag('filters');
    const paperPerson = await createCandidate({ name: 'Paper Person', tags: [tag], primaryChannel: 'paper' });
    const repoPerson = await createCandidate({ name: 'Repo Person', tags: [tag], primaryChannel: 'reimplementation' });
    const referral = await createCandidate({ name: 'Referred Person', tags: [tag], primaryChannel: 'referral' });
    await insertPaper({
      title: `${tag} top`,
      venue: 'ICLR',
      year: 2024,
      acceptance: 'poster',
      authors: [{ name: 'Paper Person', candidateId: paperPerson.id }, 'X Y'],
    });
    await insertPaper({
      title: `${tag} mid`,
      venue: 'AAAI',
      year: 2022,
      acceptance: 'accepted',
      authors: ['X Y', { name: 'Referred Person', candidateId: referral.id }],
    });
    await insertReimplementation(repoPerson.id, `https://github.com/${tag}/repro`, true);

    const ids = async (q: Record<string, string | number | boolean>) => (await list({ q: tag, ...q })).items.map((c) => c.id).sort();
    expect(await ids({ channel: 'reimplementation' })).toEqual([repoPerson.id]);
    expect(await ids({ venue: 'ICLR' })).toEqual([paperPerson.id]);
    expect(await ids({ tier: 1 })).toEqual([paperPerson.id]);
    expect(await ids({ tier: 2 })).toEqual([paperPerson.id, referral.id].sort());
    expect(await ids({ year: 2022 })).toEqual([referral.id]);
    expect(await ids({ hasFirstAuthorTopTier: true })).toEqual([paperPerson.id]);
    expect(await ids({ hasFirstAuthorTopTier: false })).toEqual([repoPerson.id, referral.id].sort());
    expect(await ids({ hasReproducedReimplementation: true })).toEqual([repoPerson.id]);
  });

  it('sorts by name, creation time and the signals, either way', async () => {
    const tag = uniqueTag('sort');
    const b = await createCandidate({ name: 'Bea Berg', tags: [tag] });
    const a = await createCandidate({ name: 'Ana Ávila', tags: [tag] });
    const c = await createCandidate({ name: 'Cem Çelik', tags: [tag] });
    await insertPaper({
      title: `${tag} 1`,
      venue: 'NeurIPS',
      year: 2023,
      acceptance: 'oral',
      authors: [{ name: 'Cem Çelik', candidateId: c.id }, 'Q R'],
    });
    await insertPaper({
      title: `${tag} 2`,
      venue: 'ICML',
      year: 2023,
      acceptance: 'poster',
      authors: ['Q R', 'S T', 'U V', { name: 'Ana Ávila', candidateId: a.id }],
    });

    expect(names(await list({ q: tag, sort: 'name' }))).toEqual(['Ana Ávila', 'Bea Berg', 'Cem Çelik']);
    expect(names(await list({ q: tag, sort: 'name', order: 'desc' }))).toEqual(['Cem Çelik', 'Bea Berg', 'Ana Ávila']);
    expect((await list({ q: tag, sort: 'createdAt', order: 'asc' })).items.map((x) => x.id)).toEqual([b.id, a.id, c.id]);
    expect(names(await list({ q: tag, sort: 'creditAdjusted' }))).toEqual(['Cem Çelik', 'Ana Ávila', 'Bea Berg']);
    expect(names(await list({ q: tag, sort: 'firstAuthorTopTier' })).slice(0, 1)).toEqual(['Cem Çelik']);
  });

  it('pages with an opaque cursor: every candidate once, no overlap, for every sort', async () => {
    const tag = uniqueTag('pages');
    const created: string[] = [];
    for (const name of ['Ola Nord', 'Ola Nord', 'Pia Ost', 'Rui Sul', 'Sam West', 'Tao Ost', 'Uma Ost'])
      created.push((await createCandidate({ name, tags: [tag] })).id);
    await insertPaper({
      title: `${tag} p`,
      venue: 'ICML',
      year: 2021,
      acceptance: 'poster',
      authors: [{ name: 'Pia Ost', candidateId: created[2]! }],
    });
    for (const sort of ['name', 'createdAt', 'firstAuthorTopTier', 'creditAdjusted']) {
      for (const order of ['asc', 'desc']) {
        const seen: string[] = [];
        let cursor: string | null = null;
        let pages = 0;
        do {
          const page: CandidatePage = await list({ q: tag, sort, order, limit: 2, ...(cursor ? { cursor } : {}) });
          expect(page.items.length).toBeLessThanOrEqual(2);
          seen.push(...page.items.map((c) => c.id));
          cursor = page.nextCursor;
          pages += 1;
        } while (cursor && pages < 10);
        expect(seen.length, `${sort} ${order}`).toBe(created.length);
        expect(new Set(seen).size, `${sort} ${order}`).toBe(created.length);
        expect([...seen].sort()).toEqual([...created].sort());
      }
    }
  });

  it('refuses a cursor made for another sort, or one it did not make', async () => {
    const tag = uniqueTag('cursor');
    for (const name of ['A One', 'B Two', 'C Three']) await createCandidate({ name, tags: [tag] });
    const first = await list({ q: tag, sort: 'name', limit: 1 });
    const other = await recruiter.get(`/api/candidates?q=${tag}&sort=createdAt&cursor=${first.nextCursor}`);
    expect(other.status).toBe(400);
    expect(other.body.fields).toEqual([expect.objectContaining({ field: 'cursor' })]);
    const forged = Buffer.from(JSON.stringify({ s: 'name', o: 'asc', v: 'x', id: 'nope' })).toString('base64url');
    const bad = await recruiter.get(`/api/candidates?cursor=${forged}`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('cursor');
  });
});

describe('identity and concurrency', () => {
  it('answers 409 CANDIDATE_IDENTITY_TAKEN naming the field and the existing candidate, and writes nothing', async () => {
    const tag = uniqueTag('identity');
    const first = await createCandidate({
      name: 'Yoshua Bengio',
      emails: ['yoshua@example.org'],
      identities: { dblpPid: 'https://dblp.org/pid/56/953.html' },
      tags: [tag],
    });
    const before = await api.sql(`SELECT count(*)::int AS n FROM candidate`);

    const byEmail = await recruiter.post('/api/candidates', {
      name: 'Y. Bengio',
      emails: ['YOSHUA@example.org'],
      primaryChannel: 'inbound',
    });
    expect(byEmail.status).toBe(409);
    expect(byEmail.body).toMatchObject({
      code: 'CANDIDATE_IDENTITY_TAKEN',
      existingCandidateId: first.id,
      fields: [{ field: 'emails', reason: expect.stringContaining(first.id) }],
    });

    const byPid = await recruiter.post('/api/candidates', { name: 'Y Bengio', identities: { dblpPid: '56/953' }, primaryChannel: 'paper' });
    expect(byPid.status).toBe(409);
    expect(byPid.body.fields[0].field).toBe('identities.dblpPid');
    expect(await api.sql(`SELECT count(*)::int AS n FROM candidate`)).toEqual(before);

    const other = await createCandidate({ name: 'Other Person', tags: [tag] });
    const patch = await recruiter.patch(`/api/candidates/${other.id}`, { version: 1, emails: ['yoshua@example.org'] });
    expect(patch.status).toBe(409);
    expect(patch.body.code).toBe('CANDIDATE_IDENTITY_TAKEN');
    const [row] = await api.sql(`SELECT version, emails FROM candidate WHERE id = $1`, [other.id]);
    expect(row).toEqual({ version: 1, emails: [] });
  });

  it('applies a PATCH made from the current version and refuses a stale one with the current version, changing nothing', async () => {
    const created = await createCandidate({ name: 'Fei-Fei Li', notes: 'first', tags: [uniqueTag('patch')] });
    const ok = await recruiter.patch<CandidateDetail>(`/api/candidates/${created.id}`, {
      version: 1,
      notes: 'second',
      affiliations: ['Stanford'],
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, notes: 'second', affiliations: ['Stanford'], displayName: 'Fei-Fei Li' });

    const stale = await recruiter.patch(`/api/candidates/${created.id}`, { version: 1, notes: 'overwrites second' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'CANDIDATE_VERSION_CONFLICT', currentVersion: 2, fields: [{ field: 'version' }] });
    const [row] = await api.sql(`SELECT version, notes FROM candidate WHERE id = $1`, [created.id]);
    expect(row).toEqual({ version: 2, notes: 'second' });
    // Candidate entries are stored sealed under the candidate's data key; the audit API reads them in the clear.
    const audit = (await admin.get(`/api/audit?entityType=candidate&entityId=${created.id}`)).body.items.reverse();
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['candidate.created', 'candidate.updated']);
    // Notes may name other people: the log keeps a fingerprint showing that they changed, never the text.
    expect(audit[1].changes).toMatchObject({
      version: { from: 1, to: 2 },
      notes: {
        from: expect.stringMatching(/^\(\d+ characters, #[0-9a-f]{8}\)$/),
        to: expect.stringMatching(/^\(\d+ characters, #[0-9a-f]{8}\)$/),
      },
    });
    expect(audit[1].changes.notes.from).not.toBe(audit[1].changes.notes.to);
    expect(JSON.stringify(audit)).not.toMatch(/first|second/);
  });

  it('requires version on PATCH', async () => {
    const created = await createCandidate({ name: 'No Version', tags: [uniqueTag('nov')] });
    const res = await recruiter.patch(`/api/candidates/${created.id}`, { notes: 'x' });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('version');
  });
});

describe('archiving and encounters', () => {
  it('hides archived candidates from the default list and brings them back on unarchive', async () => {
    const tag = uniqueTag('archive');
    const kept = await createCandidate({ name: 'Kept One', tags: [tag] });
    const gone = await createCandidate({ name: 'Gone One', tags: [tag] });
    const archived = await recruiter.post<CandidateDetail>(`/api/candidates/${gone.id}/archive`, { version: gone.version });
    expect(archived.status).toBe(200);
    expect(archived.body.archivedAt).not.toBeNull();
    expect(archived.body.version).toBe(gone.version + 1);
    expect((await list({ q: tag })).items.map((c) => c.id)).toEqual([kept.id]);
    expect((await list({ q: tag, archived: true })).items.map((c) => c.id)).toEqual([gone.id]);
    expect((await recruiter.get(`/api/candidates/${gone.id}`)).status).toBe(200);

    const back = await recruiter.post<CandidateDetail>(`/api/candidates/${gone.id}/unarchive`, { version: archived.body.version });
    expect(back.status).toBe(200);
    expect(back.body.archivedAt).toBeNull();
    expect((await list({ q: tag })).items.map((c) => c.id).sort()).toEqual([kept.id, gone.id].sort());
    const audit = await api.sql(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [gone.id]);
    expect(audit.map((a) => a.action)).toEqual(['candidate.created', 'candidate.archived', 'candidate.unarchived']);
  });

  it('refuses to archive from a stale version: 409 with the current version, nothing written', async () => {
    const created = await createCandidate({ name: 'Stale Archive', tags: [uniqueTag('stale')] });
    const edited = await recruiter.patch<CandidateDetail>(`/api/candidates/${created.id}`, { version: created.version, notes: 'moved on' });
    expect(edited.body.version).toBe(created.version + 1);

    const res = await recruiter.post(`/api/candidates/${created.id}/archive`, { version: created.version });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({
      code: 'CANDIDATE_VERSION_CONFLICT',
      currentVersion: edited.body.version,
      fields: [{ field: 'version' }],
    });
    const [row] = await api.sql(`SELECT archived_at, version FROM candidate WHERE id = $1`, [created.id]);
    expect(row).toEqual({ archived_at: null, version: edited.body.version });
    const audit = await api.sql(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((a) => a.action)).toEqual(['candidate.created', 'candidate.updated']);

    const again = await recruiter.post(`/api/candidates/${created.id}/unarchive`, { version: created.version });
    expect(again.status).toBe(409);
  });

  it('archives an archived candidate again without writing anything', async () => {
    const created = await createCandidate({ name: 'Twice Archived', tags: [uniqueTag('twice')] });
    const first = await recruiter.post<CandidateDetail>(`/api/candidates/${created.id}/archive`, { version: created.version });
    const second = await recruiter.post<CandidateDetail>(`/api/candidates/${created.id}/archive`, { version: first.body.version });
    expect(second.status).toBe(200);
    expect(second.body.version).toBe(first.body.version);
    expect(second.body.archivedAt).toBe(first.body.archivedAt);
    const audit = await api.sql(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [created.id]);
    expect(audit.map((a) => a.action)).toEqual(['candidate.created', 'candidate.archived']);
  });

  it('needs the version to archive or unarchive', async () => {
    const created = await createCandidate({ name: 'No Archive Version', tags: [uniqueTag('nav')] });
    for (const body of [undefined, {}, { version: 'one' }, { version: 0 }]) {
      const res = await recruiter.post(`/api/candidates/${created.id}/archive`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('version');
    }
    expect((await api.sql(`SELECT archived_at FROM candidate WHERE id = $1`, [created.id]))[0].archived_at).toBeNull();
  });

  it('records an encounter with provenance and shows it on the profile', async () => {
    const created = await createCandidate({ name: 'Met Atconf', primaryChannel: 'conference', tags: [uniqueTag('enc')] });
    const res = await recruiter.post(`/api/candidates/${created.id}/encounters`, {
      event: 'NeurIPS 2025',
      year: 2025,
      kind: 'poster',
      notes: 'great poster',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      candidateId: created.id,
      event: 'NeurIPS 2025',
      year: 2025,
      kind: 'poster',
      provenance: { source: 'manual', by: api.users.recruiter.email },
    });
    const profile = (await recruiter.get<CandidateDetail>(`/api/candidates/${created.id}`)).body;
    expect(profile.encounters.map((e) => e.id)).toEqual([res.body.id]);
    const bad = await recruiter.post(`/api/candidates/${created.id}/encounters`, { event: 'X', year: 2025, kind: 'party' });
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('kind');
  });
});

describe('signals', () => {
  it('computes first-author top-tier papers, credit-adjusted count, best tier and reproduced re-implementations, and explains them', async () => {
    const tag = uniqueTag('signals');
    const me = await createCandidate({ name: 'Ilya Researcher', tags: [tag] });
    const coauthor = await createCandidate({ name: 'Co Author', tags: [tag] });
    const me_ = { name: 'I. Researcher', candidateId: me.id };
    const firstTop = await insertPaper({
      title: 'First at NeurIPS',
      venue: 'NeurIPS',
      year: 2024,
      acceptance: 'oral',
      authors: [me_, { name: 'Co Author', candidateId: coauthor.id }, 'Third Person'],
    });
    const secondIcml = await insertPaper({
      title: 'Second at ICML',
      venue: 'ICML',
      year: 2023,
      acceptance: 'poster',
      authors: ['A B', me_, 'C D', 'E F'],
    });
    // The source names three authors and says "and others", with a stated count too low: at least three count.
    const truncated = await insertPaper({
      title: 'Truncated list',
      venue: 'AAAI',
      year: 2022,
      acceptance: 'unknown',
      authorCount: 2,
      authors: [me_, 'G H', 'I J'],
    });
    await insertPaper({ title: 'A preprint', venue: 'NeurIPS', year: 2025, acceptance: 'preprint', authors: [me_] });
    await insertPaper({ title: 'Rejected one', venue: 'ICLR', year: 2024, acceptance: 'rejected', authors: [me_] });
    await insertPaper({ title: 'Unknown venue', venue: 'Some Workshop', year: 2021, acceptance: 'workshop', authors: [me_, 'K L'] });
    const reproduced = await insertReimplementation(me.id, `https://github.com/${tag}/reproduced`, true);
    await insertReimplementation(me.id, `https://github.com/${tag}/not-reproduced`, false);

    const profile = (await recruiter.get<CandidateDetail>(`/api/candidates/${me.id}`)).body;
    const expectedCredit = Math.round((1 / 3 + 1 / 4 + 1 / 3 + 1 / 2) * 1e6) / 1e6;
    expect(profile.signals).toEqual({
      firstAuthorTopTier: 1,
      creditAdjusted: expectedCredit,
      bestVenueTier: 1,
      reproducedReimplementations: 1,
    });
    expect(profile.explanation.firstAuthorTopTier.map((p) => p.paperId)).toEqual([firstTop]);
    expect(profile.explanation.creditAdjusted.map((p) => [p.title, p.authorCount])).toEqual([
      ['First at NeurIPS', 3],
      ['Second at ICML', 4],
      ['Truncated list', 3],
      ['Unknown venue', 2],
    ]);
    expect(profile.explanation.bestVenueTier).toMatchObject({ paperId: firstTop, tier: 1 });
    expect(profile.explanation.reproducedReimplementations.map((r) => r.reimplementationId)).toEqual([reproduced]);
    expect(profile.explanation.rules.length).toBeGreaterThan(0);

    const icml = profile.papers.find((p) => p.id === secondIcml)!;
    expect(icml).toMatchObject({ authorPosition: 2, authorCount: 4, venueTier: 1, acceptance: 'poster' });
    expect(icml.coAuthors.map((a) => a.name)).toEqual(['A B', 'C D', 'E F']);
    expect(profile.papers.find((p) => p.id === truncated)).toMatchObject({ authorCount: 3, authorsTruncated: true });
    expect(profile.papers).toHaveLength(6);
    expect(profile.reimplementations).toHaveLength(2);

    // The paper is shared: the co-author sees it at their own position, with credit 1/3.
    const theirs = (await recruiter.get<CandidateDetail>(`/api/candidates/${coauthor.id}`)).body;
    expect(theirs.papers.map((p) => [p.id, p.authorPosition])).toEqual([[firstTop, 2]]);
    expect(theirs.papers[0]!.coAuthors.map((a) => a.candidateId)).toEqual([me.id, null]);
    expect(theirs.signals).toMatchObject({ firstAuthorTopTier: 0, creditAdjusted: 0.333333, bestVenueTier: 1 });
  });

  it('follows a venue tier change made by an admin', async () => {
    const tag = uniqueTag('venue');
    const me = await createCandidate({ name: 'Venue Mover', tags: [tag] });
    await insertPaper({
      title: `${tag} paper`,
      venue: 'AISTATS',
      year: 2024,
      acceptance: 'accepted',
      authors: [{ name: 'Venue Mover', candidateId: me.id }],
    });
    expect((await recruiter.get<CandidateDetail>(`/api/candidates/${me.id}`)).body.signals).toMatchObject({
      firstAuthorTopTier: 0,
      bestVenueTier: 2,
    });

    const venues = await recruiter.get('/api/venues');
    expect(venues.status).toBe(200);
    expect(venues.body).toContainEqual({ venue: 'NeurIPS', tier: 1, fullName: 'Conference on Neural Information Processing Systems' });
    expect(venues.body).toContainEqual(expect.objectContaining({ venue: 'AISTATS', tier: 2 }));

    const set = await admin.request('PUT', '/api/venues/AISTATS', { tier: 1 });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ venue: 'AISTATS', tier: 1 });
    expect((await recruiter.get<CandidateDetail>(`/api/candidates/${me.id}`)).body.signals).toMatchObject({
      firstAuthorTopTier: 1,
      bestVenueTier: 1,
    });
    const audit = await api.sql(`SELECT changes FROM audit_log WHERE action = 'venue.tier_set' AND entity_id = 'AISTATS'`);
    expect(audit).toEqual([{ changes: { tier: { from: 2, to: 1 } } }]);

    const newVenue = await admin.request('PUT', '/api/venues/LoG', { tier: 3 });
    expect(newVenue.status).toBe(400);
    expect(newVenue.body.fields[0].field).toBe('fullName');
    const badTier = await admin.request('PUT', '/api/venues/LoG', { tier: 4, fullName: 'Learning on Graphs' });
    expect(badTier.status).toBe(400);
    expect(badTier.body.fields[0].field).toBe('tier');
  });
});

describe('bad input', () => {
  it('answers 400 naming the field', async () => {
    const cases: [string, string, unknown, string][] = [
      ['POST', '/api/candidates', { name: 'X', primaryChannel: 'paper', probe: true }, 'probe'],
      ['POST', '/api/candidates', { name: '   ', primaryChannel: 'paper' }, 'name'],
      ['POST', '/api/candidates', { name: '{}', primaryChannel: 'paper' }, 'name'],
      ['POST', '/api/candidates', { name: 'X Y', primaryChannel: 'billboard' }, 'primaryChannel'],
      ['POST', '/api/candidates', { name: 'X Y', primaryChannel: 'paper', emails: ['not-an-email'] }, 'emails.0'],
      [
        'POST',
        '/api/candidates',
        { name: 'X Y', primaryChannel: 'paper', identities: { orcid: '0000-0002-1825-0098' } },
        'identities.orcid',
      ],
      [
        'POST',
        '/api/candidates',
        { name: 'X Y', primaryChannel: 'paper', links: [{ label: 'x', url: 'javascript:alert(1)' }] },
        'links.0.url',
      ],
      ['GET', '/api/candidates/not-a-uuid', undefined, 'candidateId'],
      ['PATCH', '/api/candidates/not-a-uuid', { version: 1 }, 'candidateId'],
      ['GET', '/api/candidates?limit=0', undefined, 'limit'],
      ['GET', '/api/candidates?limit=201', undefined, 'limit'],
      ['GET', '/api/candidates?channel=billboard', undefined, 'channel'],
      ['GET', '/api/candidates?tier=4', undefined, 'tier'],
      ['GET', '/api/candidates?year=soon', undefined, 'year'],
      ['GET', '/api/candidates?hasFirstAuthorTopTier=yes', undefined, 'hasFirstAuthorTopTier'],
      ['GET', '/api/candidates?sort=hIndex', undefined, 'sort'],
      ['GET', '/api/candidates?order=up', undefined, 'order'],
      ['GET', '/api/candidates?bogus=1', undefined, 'bogus'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await recruiter.request(method, path, body);
      expect(res.status, `${method} ${path} ${JSON.stringify(body)}`).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(
        res.body.fields.map((f: { field: string }) => f.field),
        `${method} ${path}`,
      ).toContain(field);
    }
  });

  it('validates each field of an edit with the same rule and message as a create', async () => {
    const created = await createCandidate({ name: 'Same Rules', tags: [uniqueTag('rules')] });
    const bad: Record<string, unknown>[] = [
      { name: '' },
      { primaryChannel: 'billboard' },
      { emails: ['x'.repeat(400)] },
      { affiliations: [''] },
      { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
      { links: [{ label: 'x', url: 'ftp://example.org' }] },
      { location: 42 },
      { notes: 'n'.repeat(10_001) },
      { identities: { orcid: 7 } },
    ];
    for (const fields of bad) {
      const onCreate = await recruiter.post('/api/candidates', { name: 'Some Body', primaryChannel: 'paper', ...fields });
      const onUpdate = await recruiter.patch(`/api/candidates/${created.id}`, { version: created.version, ...fields });
      expect(onCreate.status, JSON.stringify(fields)).toBe(400);
      expect(onUpdate.status, JSON.stringify(fields)).toBe(400);
      expect(onUpdate.body.fields, JSON.stringify(fields)).toEqual(onCreate.body.fields);
    }
    expect((await recruiter.get<CandidateDetail>(`/api/candidates/${created.id}`)).body.version).toBe(created.version);
  });

  it('answers 404 CANDIDATE_NOT_FOUND for an unknown id', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    for (const [method, path, body] of [
      ['GET', `/api/candidates/${id}`, undefined],
      ['PATCH', `/api/candidates/${id}`, { version: 1, notes: 'x' }],
      ['POST', `/api/candidates/${id}/archive`, { version: 1 }],
      ['POST', `/api/candidates/${id}/encounters`, { event: 'ICML 2025', year: 2025, kind: 'talk' }],
    ] as const) {
      const res = await recruiter.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toMatchObject({ code: 'CANDIDATE_NOT_FOUND', fields: [{ field: 'candidateId' }] });
    }
  });
});
