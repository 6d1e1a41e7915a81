import type { AuditEntry, AuditPage, CandidateDetail, CreateCandidateRequest, DuplicatePage, DuplicatePair } from '@loopboard/contracts';
import { createApp } from '@loopboard/api/app-factory';
import { DEMO_PIPELINE_CANDIDATES } from '@loopboard/api/demo';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';
import { createDatabase, dropDatabase, uniqueName } from '../support/pg-server.js';

let api: TestApi;
let recruiter: ApiClient;
let admin: ApiClient;
let manager: ApiClient;
let interviewer: ApiClient;
beforeAll(async () => {
  api = await startApi();
  recruiter = await api.as('recruiter');
  admin = await api.as('admin');
  manager = await api.as('hiring_manager');
  interviewer = await api.as('interviewer');
});
afterAll(async () => {
  await api?.close();
});

/** A family name no other test uses, so each test's pairs are its own. */
function uniqueFamily(): string {
  const letters = Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
  return `Zz${letters}`;
}

async function createCandidate(input: Partial<CreateCandidateRequest> & { name: string }): Promise<CandidateDetail> {
  const res = await recruiter.post<CandidateDetail>('/api/candidates', { primaryChannel: 'paper', ...input });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function getCandidate(id: string): Promise<CandidateDetail> {
  const res = await recruiter.get<CandidateDetail>(`/api/candidates/${id}`);
  if (res.status !== 200) throw new Error(`get failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Papers arrive by import in real use; tests write them with SQL. */
async function insertPaper(title: string, authors: (string | { name: string; candidateId: string })[]): Promise<string> {
  const [row] = await api.sql<{ id: string }>(
    `INSERT INTO paper (title, title_key, venue, year, acceptance, author_count, links, provenance)
     VALUES ($1, lower($1), 'ICML', 2024, 'poster', $2, '[]', '{"source":"test"}') RETURNING id`,
    [title, authors.length],
  );
  for (const [index, author] of authors.entries()) {
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

async function insertReimplementation(repoUrl: string, authorIds: string[]): Promise<string> {
  const [row] = await api.sql<{ id: string }>(
    `INSERT INTO reimplementation (repo_url, paper_title, paper_ids, official, reproduced, links, provenance)
     VALUES ($1, 'Some paper', '[]', false, true, '[]', '{"source":"test"}') RETURNING id`,
    [repoUrl],
  );
  for (const id of authorIds) {
    await api.sql(`INSERT INTO reimplementation_author (reimplementation_id, candidate_id) VALUES ($1, $2)`, [row!.id, id]);
  }
  return row!.id;
}

async function page(query: string, client: ApiClient = recruiter): Promise<DuplicatePage> {
  const res = await client.get<DuplicatePage>(`/api/duplicates${query}`);
  if (res.status !== 200) throw new Error(`list failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Every suggested pair, following the cursor. */
async function allPairs(limit = 200): Promise<DuplicatePair[]> {
  const out: DuplicatePair[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 1000; i++) {
    const body: DuplicatePage = await page(`?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
    out.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return out;
  }
  throw new Error('the cursor never ended');
}

/** A valid ORCID iD no other test uses (ISO 7064 mod 11-2 check digit). */
function uniqueOrcid(): string {
  const digits = Array.from({ length: 15 }, () => Math.floor(Math.random() * 10));
  const total = digits.reduce((sum, d) => (sum + d) * 2, 0);
  const check = (12 - (total % 11)) % 11;
  const all = `${digits.join('')}${check === 10 ? 'X' : check}`;
  return `${all.slice(0, 4)}-${all.slice(4, 8)}-${all.slice(8, 12)}-${all.slice(12)}`;
}

const pairId = (x: string, y: string) => (x < y ? `${x}:${y}` : `${y}:${x}`);

async function pairsAmong(ids: string[]): Promise<DuplicatePair[]> {
  return (await allPairs()).filter((p) => ids.includes(p.a.id) && ids.includes(p.b.id));
}

async function auditOf(entityId: string): Promise<AuditEntry[]> {
  const res = await admin.get<AuditPage>(`/api/audit?entityId=${entityId}&limit=200`);
  if (res.status !== 200) throw new Error(`audit failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.items;
}

describe('GET /api/duplicates', () => {
  it('suggests active candidates whose names fold to the same key, with who they are', async () => {
    const family = uniqueFamily();
    const a = await createCandidate({
      name: `Łukasz ${family}`,
      emails: [`l1-${family}@example.org`],
      affiliations: ['University of Warsaw'],
    });
    const b = await createCandidate({ name: `${family}, Lukasz` });
    const other = await createCandidate({ name: `Marta ${family}` });
    await insertPaper(`Paper of ${family}`, [{ name: `Łukasz ${family}`, candidateId: a.id }, 'Somebody Else']);

    const pairs = await pairsAmong([a.id, b.id, other.id]);
    expect(pairs).toHaveLength(1);
    const [pair] = pairs;
    const [first, second] = a.id < b.id ? [a, b] : [b, a];
    expect(pair).toMatchObject({
      id: `${first.id}:${second.id}`,
      reason: 'same-name',
      a: { id: first.id, displayName: first.displayName, version: first.version, createdAt: first.createdAt },
      b: { id: second.id, displayName: second.displayName },
    });
    const ref = pair!.a.id === a.id ? pair!.a : pair!.b;
    expect(ref).toMatchObject({
      emails: [`l1-${family.toLowerCase()}@example.org`],
      affiliations: ['University of Warsaw'],
      paperCount: 1,
    });
    expect(pair!.explanation).toContain('same name');
  });

  it('says so when the two share a co-author, naming up to three of them', async () => {
    const family = uniqueFamily();
    const a = await createCandidate({ name: `Priyanka ${family}` });
    const b = await createCandidate({ name: `Priyanka ${family}` });
    const coauthor = await createCandidate({ name: `Coauthor ${uniqueFamily()}` });
    // Linked on one side, a differently spelled name on the other: still the same co-author.
    await insertPaper(`A ${family}`, [
      { name: `Priyanka ${family}`, candidateId: a.id },
      { name: coauthor.displayName, candidateId: coauthor.id },
      'José Müller',
      'Ann Lee',
      'Bo Chen',
      'Unshared Person',
    ]);
    await insertPaper(`B ${family}`, [
      `${coauthor.displayName.split(' ')[1]}, Coauthor`,
      { name: `P. ${family}`, candidateId: b.id },
      'Jose Muller',
      'Ann Lee',
      'Bo Chen',
    ]);
    const [pair] = await pairsAmong([a.id, b.id]);
    expect(pair!.reason).toBe('same-name-shared-coauthor');
    expect(pair!.explanation).toMatch(/4 shared co-authors \(.+, .+, .+, …\)/);
    expect(pair!.explanation).not.toContain('Unshared Person');
  });

  it('counts a co-author of a re-implementation as a shared co-author', async () => {
    const family = uniqueFamily();
    const a = await createCandidate({ name: `Barış ${family}` });
    const b = await createCandidate({ name: `Baris ${family}` });
    const partnerName = `Mert ${uniqueFamily()}`;
    // The partner was imported twice as well: two candidates of one name, one on each report.
    const partnerA = await createCandidate({ name: partnerName });
    const partnerB = await createCandidate({ name: partnerName });
    await insertReimplementation(`https://github.com/${family}/re-2020`, [a.id, partnerA.id]);
    await insertReimplementation(`https://github.com/${family}/re-2022`, [b.id, partnerB.id]);
    const [pair] = await pairsAmong([a.id, b.id]);
    expect(pair).toMatchObject({ reason: 'same-name-shared-coauthor' });
    expect(pair!.explanation).toContain(`1 shared co-author (${partnerName})`);
  });

  it('leaves out archived and erased candidates, and never pairs a candidate with itself', async () => {
    const family = uniqueFamily();
    const a = await createCandidate({ name: `Ada ${family}` });
    const b = await createCandidate({ name: `Ada ${family}` });
    const c = await createCandidate({ name: `Ada ${family}` });
    const d = await createCandidate({ name: `Ada ${family}` });
    expect(await pairsAmong([a.id, b.id, c.id, d.id])).toHaveLength(6);
    await recruiter.post(`/api/candidates/${c.id}/archive`, { version: c.version });
    // As an erasure leaves it: personal fields blank, the name key kept (so only erased_at keeps it off the list).
    await api.sql(
      `UPDATE candidate SET erased_at = now(), search_text = '', emails = '{}', affiliations = '{}', tags = '{}', notes = '',
              location = NULL, primary_credit = NULL, links = '[]' WHERE id = $1`,
      [d.id],
    );
    expect((await pairsAmong([a.id, b.id, c.id, d.id])).map((p) => p.id)).toEqual([pairId(a.id, b.id)]);
  });

  it('pages by pair id: every pair once, in order, and the last page says so', async () => {
    const family = uniqueFamily();
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await createCandidate({ name: `Grace ${family}` }));
    const ids = made.map((c) => c.id);
    const everything = await allPairs(200);
    const paged = await allPairs(2);
    expect(paged.map((p) => p.id)).toEqual(everything.map((p) => p.id));
    expect(new Set(paged.map((p) => p.id)).size).toBe(paged.length);
    expect(paged.map((p) => p.id)).toEqual([...paged.map((p) => p.id)].sort());
    expect(paged.filter((p) => ids.includes(p.a.id) && ids.includes(p.b.id))).toHaveLength(6);

    const last = await page(`?limit=200&cursor=${everything[everything.length - 1]!.id}`);
    expect(last).toEqual({ items: [], nextCursor: null });
  });

  it('answers 400 naming a bad cursor or limit', async () => {
    for (const [query, field] of [
      ['?cursor=nope', 'cursor'],
      ['?cursor=00000000-0000-4000-8000-000000000000', 'cursor'],
      ['?limit=0', 'limit'],
      ['?limit=201', 'limit'],
      ['?limit=many', 'limit'],
      ['?probe=true', 'probe'],
    ] as const) {
      const res = await recruiter.get(`/api/duplicates${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
  });

  it('is open to recruiters, hiring managers and admins only', async () => {
    expect((await manager.get('/api/duplicates')).status).toBe(200);
    expect((await admin.get('/api/duplicates')).status).toBe(200);
    expect((await interviewer.get('/api/duplicates')).status).toBe(403);
    expect((await api.get('/api/duplicates')).status).toBe(401);
  });
});

describe('POST /api/duplicates/dismiss', () => {
  it('stops suggesting the pair, whichever order it was given in, and audits it once', async () => {
    const family = uniqueFamily();
    const a = await createCandidate({ name: `Wei ${family}` });
    const b = await createCandidate({ name: `Wei ${family}` });
    const [low, high] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    expect(await pairsAmong([a.id, b.id])).toHaveLength(1);

    const res = await recruiter.post('/api/duplicates/dismiss', { aId: high, bId: low.toUpperCase() });
    expect(res.status).toBe(204);
    expect(await pairsAmong([a.id, b.id])).toEqual([]);
    const rows = await api.sql(`SELECT a_id, b_id, dismissed_by FROM duplicate_dismissal WHERE a_id = $1 OR b_id = $1`, [a.id]);
    expect(rows).toEqual([{ a_id: low, b_id: high, dismissed_by: api.users.recruiter.id }]);

    expect((await recruiter.post('/api/duplicates/dismiss', { aId: low, bId: high })).status).toBe(204);
    const audit = (await auditOf(low)).filter((e) => e.action === 'duplicate.dismissed');
    expect(audit).toEqual([expect.objectContaining({ entityType: 'candidate', entityId: low, changes: { aId: low, bId: high } })]);
    expect(audit[0]).toMatchObject({ actorId: api.users.recruiter.id });
  });

  it('refuses a candidate paired with itself, unknown ids and bad bodies, writing nothing', async () => {
    const a = await createCandidate({ name: `Solo ${uniqueFamily()}` });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const before = await api.sql(`SELECT count(*)::int AS n FROM duplicate_dismissal`);

    const same = await recruiter.post('/api/duplicates/dismiss', { aId: a.id, bId: a.id });
    expect(same.status).toBe(400);
    expect(same.body).toMatchObject({ code: 'MERGE_INVALID', fields: [{ field: 'bId' }] });

    const missing = await recruiter.post('/api/duplicates/dismiss', { aId: a.id, bId: unknown });
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'CANDIDATE_NOT_FOUND', fields: [{ field: 'bId' }] });

    for (const [body, field] of [
      [{ aId: 'x', bId: a.id }, 'aId'],
      [{ aId: a.id }, 'bId'],
      [{ aId: a.id, bId: unknown, probe: true }, 'probe'],
    ] as const) {
      const res = await recruiter.post('/api/duplicates/dismiss', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect((await manager.post('/api/duplicates/dismiss', { aId: a.id, bId: unknown })).status).toBe(403);
    expect(await api.sql(`SELECT count(*)::int AS n FROM duplicate_dismissal`)).toEqual(before);
  });
});

describe('POST /api/candidates/merge', () => {
  /** Two records of one person, each with evidence of every kind, some of it shared. */
  async function twoRecords() {
    const family = uniqueFamily();
    const target = await createCandidate({
      name: `Marie ${family}`,
      emails: [`marie-${family}@mit.example.org`],
      affiliations: ['MIT'],
      tags: ['nlp'],
      links: [{ label: 'Homepage', url: `https://example.org/${family}` }],
      notes: 'Strong NLP background.',
      identities: { orcid: uniqueOrcid() },
    });
    const source = await createCandidate({
      name: `${family}, Marie`,
      emails: [`marie@${family}.example.org`],
      affiliations: ['mit', 'DeepMind'],
      tags: ['NLP', 'rl'],
      links: [
        { label: 'GitHub', url: `https://github.com/${family}` },
        { label: 'Home', url: `https://example.org/${family}` },
      ],
      notes: 'Met at ICML; prefers remote.',
      primaryChannel: 'conference',
      primaryCredit: 'Riley Recruiter',
      location: 'London',
      identities: { githubLogin: `gh-${family}`, dblpPid: `${Math.floor(Math.random() * 1e4)}/${Math.floor(Math.random() * 1e6)}` },
    });
    const onlySource = await insertPaper(`Only source ${family}`, [{ name: source.displayName, candidateId: source.id }, 'Co Author']);
    const both = await insertPaper(`Both ${family}`, [
      { name: target.displayName, candidateId: target.id },
      { name: `M. ${family}`, candidateId: source.id },
    ]);
    const onlyTarget = await insertPaper(`Only target ${family}`, [{ name: target.displayName, candidateId: target.id }]);
    const sourceRepo = await insertReimplementation(`https://github.com/${family}/repro-a`, [source.id]);
    const sharedRepo = await insertReimplementation(`https://github.com/${family}/repro-b`, [target.id, source.id]);
    const sourceEncounter = await recruiter.post(`/api/candidates/${source.id}/encounters`, {
      event: 'ICML 2025',
      year: 2025,
      kind: 'poster',
    });
    const targetEncounter = await recruiter.post(`/api/candidates/${target.id}/encounters`, {
      event: 'NeurIPS 2024',
      year: 2024,
      kind: 'talk',
    });
    return {
      family,
      target: await getCandidate(target.id),
      source: await getCandidate(source.id),
      papers: { onlySource, both, onlyTarget },
      repos: [sourceRepo, sharedRepo],
      encounters: [sourceEncounter.body.id as string, targetEncounter.body.id as string],
    };
  }

  it('moves every evidence item of the source onto the target and removes the source', async () => {
    const { family, target, source, papers, repos, encounters } = await twoRecords();
    const other = await createCandidate({ name: `Other ${family}` });
    expect((await recruiter.post('/api/duplicates/dismiss', { aId: source.id, bId: other.id })).status).toBe(204);

    const res = await recruiter.post<CandidateDetail>('/api/candidates/merge', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: source.id,
      sourceVersion: source.version,
    });
    expect(res.status).toBe(200);
    const merged = res.body;
    expect(merged.id).toBe(target.id);
    expect(merged.version).toBe(target.version + 1);
    expect(merged.displayName).toBe(target.displayName);
    expect(merged.primaryChannel).toBe(target.primaryChannel);

    // Every item either of them had is on the target, once.
    const identities = (c: CandidateDetail) => c.identities.map((i) => `${i.kind}:${i.value}`).sort();
    expect(identities(merged)).toEqual([...new Set([...identities(target), ...identities(source)])].sort());
    expect(merged.emails).toEqual([...target.emails, ...source.emails]);
    expect(merged.affiliations).toEqual(['MIT', 'DeepMind']);
    expect(merged.tags).toEqual(['nlp', 'rl']);
    expect(merged.links.map((l) => l.url)).toEqual([`https://example.org/${family}`, `https://github.com/${family}`]);
    expect(merged.notes).toContain(target.notes);
    expect(merged.notes).toContain(source.notes);
    expect(merged.primaryCredit).toBe('Riley Recruiter');
    expect(merged.location).toBe('London');
    const paperIds = (c: CandidateDetail) => c.papers.map((p) => p.id).sort();
    expect(paperIds(merged)).toEqual([...new Set([...paperIds(target), ...paperIds(source)])].sort());
    expect(paperIds(merged)).toEqual(Object.values(papers).sort());
    expect(merged.reimplementations.map((r) => r.id).sort()).toEqual([...repos].sort());
    expect(merged.encounters.map((e) => e.id).sort()).toEqual([...encounters].sort());
    // 1/2 (source's paper) + 1/2 (the shared one, counted once) + 1 (target's own).
    expect(merged.signals.creditAdjusted).toBeCloseTo(0.5 + 0.5 + 1, 6);

    // The shared paper keeps the target's slot; the source's slot keeps the name as written.
    const slots = await api.sql(`SELECT position, name, candidate_id FROM paper_author WHERE paper_id = $1 ORDER BY position`, [
      papers.both,
    ]);
    expect(slots).toEqual([
      { position: 1, name: target.displayName, candidate_id: target.id },
      { position: 2, name: `M. ${family}`, candidate_id: null },
    ]);

    // The source is gone, and nothing points at it any more.
    expect((await recruiter.get(`/api/candidates/${source.id}`)).status).toBe(404);
    for (const table of ['candidate_identity', 'paper_author', 'reimplementation_author', 'encounter']) {
      expect(await api.sql(`SELECT 1 FROM ${table} WHERE candidate_id = $1`, [source.id]), table).toEqual([]);
    }
    // Its dismissal carries over: "source is not Other" now reads "target is not Other".
    expect(await api.sql(`SELECT a_id, b_id FROM duplicate_dismissal WHERE a_id = $1 OR b_id = $1`, [source.id])).toEqual([]);
    const [lo, hi] = target.id < other.id ? [target.id, other.id] : [other.id, target.id];
    expect(await api.sql(`SELECT a_id, b_id FROM duplicate_dismissal WHERE a_id = $1 AND b_id = $2`, [lo, hi])).toHaveLength(1);

    // Search finds the target by what it took from the source.
    const found = await recruiter.get(`/api/candidates?q=deepmind%20`);
    expect(found.body.items.map((c: { id: string }) => c.id)).toContain(target.id);

    const audit = (await auditOf(target.id)).filter((e) => e.action === 'candidate.merged');
    expect(audit).toHaveLength(1);
    expect(audit[0]!.changes).toMatchObject({
      sourceId: source.id,
      version: { from: target.version, to: target.version + 1 },
      sourceVersion: source.version,
      moved: { identities: 3, papers: 1, sharedPapers: 1, reimplementations: 2, encounters: 1, dismissals: 1 },
      fieldsAdded: { emails: source.emails, affiliations: ['DeepMind'], tags: ['rl'], notes: true, primaryCredit: 'Riley Recruiter' },
    });
  });

  it('merges nothing from a stale version of either candidate: 409 with the current version', async () => {
    const { target, source } = await twoRecords();
    const edited = await recruiter.patch<CandidateDetail>(`/api/candidates/${source.id}`, { version: source.version, tags: ['moved'] });
    expect(edited.status).toBe(200);
    const snapshot = async () => ({
      target: await getCandidate(target.id),
      source: await getCandidate(source.id),
      dismissals: await api.sql(`SELECT * FROM duplicate_dismissal WHERE a_id = ANY($1) OR b_id = ANY($1)`, [[target.id, source.id]]),
    });
    const before = await snapshot();

    const staleSource = await recruiter.post('/api/candidates/merge', {
      targetId: target.id,
      targetVersion: target.version,
      sourceId: source.id,
      sourceVersion: source.version,
    });
    expect(staleSource.status).toBe(409);
    expect(staleSource.body).toMatchObject({
      code: 'CANDIDATE_VERSION_CONFLICT',
      currentVersion: edited.body.version,
      fields: [{ field: 'sourceVersion' }],
    });

    const staleTarget = await recruiter.post('/api/candidates/merge', {
      targetId: target.id,
      targetVersion: target.version - 1 || 99,
      sourceId: source.id,
      sourceVersion: edited.body.version,
    });
    expect(staleTarget.status).toBe(409);
    expect(staleTarget.body).toMatchObject({
      code: 'CANDIDATE_VERSION_CONFLICT',
      currentVersion: target.version,
      fields: [{ field: 'targetVersion' }],
    });

    expect(await snapshot()).toEqual(before);
    expect((await auditOf(target.id)).map((e) => e.action)).not.toContain('candidate.merged');
  });

  it('refuses a merge into itself, unknown candidates and bad bodies, naming the field', async () => {
    const a = await createCandidate({ name: `Merge ${uniqueFamily()}` });
    const unknown = '00000000-0000-4000-8000-000000000000';
    const self = await recruiter.post('/api/candidates/merge', { targetId: a.id, targetVersion: 1, sourceId: a.id, sourceVersion: 1 });
    expect(self.status).toBe(400);
    expect(self.body).toMatchObject({ code: 'MERGE_INVALID', fields: [{ field: 'sourceId' }] });

    const missingSource = await recruiter.post('/api/candidates/merge', {
      targetId: a.id,
      targetVersion: 1,
      sourceId: unknown,
      sourceVersion: 1,
    });
    expect(missingSource.status).toBe(404);
    expect(missingSource.body).toMatchObject({ code: 'CANDIDATE_NOT_FOUND', fields: [{ field: 'sourceId' }] });
    const missingTarget = await recruiter.post('/api/candidates/merge', {
      targetId: unknown,
      targetVersion: 1,
      sourceId: a.id,
      sourceVersion: 1,
    });
    expect(missingTarget.status).toBe(404);
    expect(missingTarget.body).toMatchObject({ code: 'CANDIDATE_NOT_FOUND', fields: [{ field: 'targetId' }] });

    for (const [body, field] of [
      [{ targetId: a.id, targetVersion: 1, sourceId: 'nope', sourceVersion: 1 }, 'sourceId'],
      [{ targetId: a.id, sourceId: unknown, sourceVersion: 1 }, 'targetVersion'],
      [{ targetId: a.id, targetVersion: 0, sourceId: unknown, sourceVersion: 1 }, 'targetVersion'],
      [{ targetId: a.id, targetVersion: 1, sourceId: unknown, sourceVersion: 'two' }, 'sourceVersion'],
      [{ probe: true }, 'probe'],
    ] as const) {
      const res = await recruiter.post('/api/candidates/merge', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(
      (await manager.post('/api/candidates/merge', { targetId: a.id, targetVersion: 1, sourceId: unknown, sourceVersion: 1 })).status,
    ).toBe(403);
    expect((await getCandidate(a.id)).version).toBe(a.version);
  });

  it('takes the merged pair off the duplicates list', async () => {
    const family = uniqueFamily();
    const a = await createCandidate({ name: `Kai ${family}` });
    const b = await createCandidate({ name: `Kai ${family}` });
    const c = await createCandidate({ name: `Kai ${family}` });
    expect(await pairsAmong([a.id, b.id, c.id])).toHaveLength(3);
    const res = await admin.post('/api/candidates/merge', {
      targetId: a.id,
      targetVersion: a.version,
      sourceId: b.id,
      sourceVersion: b.version,
    });
    expect(res.status).toBe(200);
    expect((await pairsAmong([a.id, b.id, c.id])).map((p) => p.id)).toEqual([pairId(a.id, c.id)]);
  });
});

describe('demo candidates', () => {
  it('seeds a handful of candidates with one duplicate pair into an empty database, once', async () => {
    const adminUrl = inject('pgAdminUrl');
    const name = uniqueName('loopboard_demo');
    const databaseUrl = await createDatabase(adminUrl, name, inject('templateDatabase'));
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 1 });
    const start = () =>
      createApp({ databaseUrl, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false, bootstrap: { demoUsers: true } });
    try {
      const first = await start();
      await first.init();
      await first.close();
      // The demo candidates are the ones outside the demo pipeline (whose 180 people all have an application).
      const { rows: candidates } = await pool.query(
        `SELECT id, display_name, primary_channel FROM candidate c
          WHERE NOT EXISTS (SELECT 1 FROM application a WHERE a.candidate_id = c.id) ORDER BY display_name`,
      );
      expect(candidates.length).toBeGreaterThanOrEqual(6);
      expect(candidates.length).toBeLessThanOrEqual(10);
      const { rows: pipeline } = await pool.query(`SELECT count(*)::int AS n FROM application`);
      expect(pipeline[0].n).toBe(DEMO_PIPELINE_CANDIDATES);
      const { rows: total } = await pool.query(`SELECT count(*)::int AS n FROM candidate`);
      expect(candidates.map((c) => c.display_name)).toEqual(expect.arrayContaining(['Łukasz Nowak', 'Lukasz Nowak', 'Priya Raman']));
      const { rows: venues } = await pool.query(`SELECT DISTINCT venue FROM paper ORDER BY venue`);
      expect(venues.map((v) => v.venue)).toEqual(expect.arrayContaining(['NeurIPS', 'ICML']));
      const { rows: repos } = await pool.query(`SELECT count(*)::int AS n FROM reimplementation_author`);
      expect(repos[0].n).toBeGreaterThanOrEqual(1);

      // A second start (or a second instance) adds nothing.
      const second = await start();
      await second.init();
      await second.close();
      const { rows: after } = await pool.query(`SELECT count(*)::int AS n FROM candidate`);
      expect(after[0].n).toBe(total[0].n);
      expect((await pool.query(`SELECT count(*)::int AS n FROM application`)).rows[0].n).toBe(DEMO_PIPELINE_CANDIDATES);

      // The duplicates page shows the two Nowaks, with the co-author they share.
      const third = await start();
      await third.listen({ port: 0, host: '127.0.0.1' });
      try {
        const address = third.getHttpServer().address();
        const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
        const signIn = await fetch(`${base}/api/auth/sign-in`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'recruiter@loopboard.dev', password: 'loopboard-demo-2026' }),
        });
        expect(signIn.status).toBe(200);
        const cookie = signIn.headers
          .getSetCookie()
          .map((c) => c.split(';')[0])
          .join('; ');
        const duplicates: DuplicatePage = await (await fetch(`${base}/api/duplicates`, { headers: { cookie } })).json();
        expect(duplicates.items).toHaveLength(1);
        expect(duplicates.items[0]).toMatchObject({ reason: 'same-name-shared-coauthor' });
        expect([duplicates.items[0]!.a.displayName, duplicates.items[0]!.b.displayName].sort()).toEqual(['Lukasz Nowak', 'Łukasz Nowak']);
        expect(duplicates.items[0]!.explanation).toContain('Priya Raman');
      } finally {
        await third.close();
      }
    } finally {
      await pool.end();
      await dropDatabase(adminUrl, name);
    }
  });
});
