import type { CandidateDetail, CandidatePage, ErasureResult, ImportPreview } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let recruiter: ApiClient;
beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  recruiter = await api.as('recruiter');
});
afterAll(async () => {
  await api?.close();
});

/** Letters only, so a name made from it survives name normalisation unchanged. */
function unique(prefix: string): string {
  return `${prefix}${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 8)}`;
}

async function create(body: Record<string, unknown>): Promise<CandidateDetail> {
  const res = await recruiter.post<CandidateDetail>('/api/candidates', { primaryChannel: 'referral', ...body });
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function preview(content: string, fileName: string): Promise<ImportPreview> {
  const res = await recruiter.post<ImportPreview>('/api/imports', { fileName, content });
  if (res.status !== 201) throw new Error(`preview failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Every text-like column of every table, as (table, column). */
async function textColumns(): Promise<{ table_name: string; column_name: string }[]> {
  return api.sql(
    `SELECT c.table_name, c.column_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY') OR c.data_type = 'USER-DEFINED')
      ORDER BY 1, 2`,
  );
}

/** `table.column: hits` for every column where any of the strings still appears (case-insensitive). */
async function findAnywhere(strings: string[]): Promise<Record<string, number>> {
  const patterns = strings.map((s) => `%${s.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`);
  const hits: Record<string, number> = {};
  for (const { table_name, column_name } of await textColumns()) {
    const [{ n }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM "${table_name}" WHERE "${column_name}"::text ILIKE ANY($1::text[])`,
      [patterns],
    );
    if (n) hits[`${table_name}.${column_name}`] = n;
  }
  return hits;
}

async function snapshot(): Promise<Record<string, unknown>> {
  const [row] = await api.sql(
    `SELECT (SELECT count(*) FROM candidate)::int AS candidates,
            (SELECT count(*) FROM candidate WHERE erased_at IS NOT NULL)::int AS erased,
            (SELECT count(*) FROM candidate_identity)::int AS identities,
            (SELECT count(*) FROM encounter)::int AS encounters,
            (SELECT count(*) FROM paper_author WHERE candidate_id IS NOT NULL)::int AS linked_authors,
            (SELECT count(*) FROM candidate_data_key)::int AS keys,
            (SELECT count(*) FROM import_batch)::int AS imports,
            (SELECT count(*) FROM audit_log)::int AS audit,
            (SELECT string_agg(notes, '|' ORDER BY id) FROM candidate)::text AS notes`,
  );
  return row;
}

describe('sealed audit entries', () => {
  it('stores a candidate’s audit changes encrypted under their own key and shows them in the clear', async () => {
    const name = `Mina ${unique('Sealed')}`;
    const created = await create({ name, emails: [`${unique('mina')}@example.org`], notes: 'private note' });
    await recruiter.patch(`/api/candidates/${created.id}`, { version: 1, notes: 'second private note' });

    const raw = await api.sql<{ changes: Record<string, any> }>(`SELECT changes FROM audit_log WHERE entity_id = $1 ORDER BY id`, [
      created.id,
    ]);
    expect(raw).toHaveLength(2);
    for (const { changes } of raw) {
      expect(Object.keys(changes)).toEqual(['sealed']);
      expect(changes.sealed).toEqual({
        keyId: expect.any(String),
        iv: expect.any(String),
        tag: expect.any(String),
        data: expect.any(String),
      });
      expect(JSON.stringify(changes)).not.toContain('private note');
    }
    const keys = await api.sql(`SELECT id FROM candidate_data_key WHERE candidate_id = $1`, [created.id]);
    expect(keys).toEqual([{ id: raw[0]!.changes.sealed.keyId }]);
    expect(raw[1]!.changes.sealed.keyId).toBe(keys[0].id);

    const shown = (await admin.get(`/api/audit?entityType=candidate&entityId=${created.id}`)).body.items;
    expect(shown.map((e: { action: string }) => e.action)).toEqual(['candidate.updated', 'candidate.created']);
    expect(shown[0].changes).toMatchObject({
      notes: {
        from: expect.stringMatching(/^\(\d+ characters, #[0-9a-f]{8}\)$/),
        to: expect.stringMatching(/^\(\d+ characters, #[0-9a-f]{8}\)$/),
      },
    });
    expect(shown[1].changes).toMatchObject({ name, notes: expect.stringMatching(/^\(\d+ characters, #[0-9a-f]{8}\)$/) });
    expect(JSON.stringify(shown)).not.toContain('private note');
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true });
  });
});

describe('erasing a candidate', () => {
  it('removes their personal data from every table and free-text field, keeps counts and a verifiable audit chain', async () => {
    const family = unique('Qorvath');
    const fullName = `Ada ${family}`;
    const inverted = `${family}, Ada`;
    const email = `ada.${family.toLowerCase()}@example.org`;
    const github = `ada-${family.toLowerCase()}`;
    const coauthor = `Alan ${unique('Tessaly')}`;
    const paperDoi = `10.1000/erasure.${unique('p')}`;

    // Ada comes in through an import (so a stored file, a paper and an author slot hold her name), then gets edited.
    const bib = `@inproceedings{entry1,
  author = {${inverted} and ${coauthor.split(' ')[1]}, Alan},
  title = {Sparse Things at Scale},
  booktitle = {International Conference on Machine Learning},
  year = {2021},
  doi = {${paperDoi}}
}
`;
    const imported = await preview(bib, 'batch-one.bib');
    const done = await recruiter.post(`/api/imports/${imported.id}/commit`, { select: 'all' });
    expect(done.status).toBe(200);
    const leftover = await preview(bib.replace('entry1', 'entry2'), 'batch-two.bib');
    const [{ id: adaId }] = await api.sql(`SELECT id FROM candidate WHERE display_name = $1`, [fullName]);
    const [{ id: alanId }] = await api.sql(`SELECT id FROM candidate WHERE display_name = $1`, [coauthor]);
    const edited = await recruiter.patch<CandidateDetail>(`/api/candidates/${adaId}`, {
      version: 1,
      emails: [email],
      identities: { githubLogin: github },
      notes: `${fullName} prefers email (${email}); ask about her sparse work`,
      location: 'Lisbon',
      tags: ['sparsity'],
    });
    expect(edited.status).toBe(200);
    expect(
      (await recruiter.post(`/api/candidates/${adaId}/encounters`, { event: 'ICML', year: 2024, kind: 'poster', notes: 'great poster' }))
        .status,
    ).toBe(201);

    // Someone else's records mention her by name and email, in any case.
    const grace = await create({
      primaryChannel: 'referral',
      name: `Grace ${unique('Holm')}`,
      notes: `Referred by ${fullName.toUpperCase()} <${email}>; worked with ${inverted.toLowerCase()} before`,
      primaryCredit: fullName,
    });
    const met = await recruiter.post(`/api/candidates/${grace.id}/encounters`, {
      event: 'NeurIPS',
      year: 2024,
      kind: 'talk',
      notes: `came with ada   ${family.toLowerCase()}`,
    });
    expect(met.status).toBe(201);

    const needles = [fullName, inverted, email, github, family];
    expect(Object.keys(await findAnywhere(needles)).length).toBeGreaterThan(3);
    const before = await snapshot();
    const byChannel = await api.sql(
      `SELECT primary_channel, date_trunc('month', created_at) AS month, count(*)::int AS n FROM candidate GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    const current = (await admin.get<CandidateDetail>(`/api/candidates/${adaId}`)).body;

    const res = await admin.post<ErasureResult>(`/api/candidates/${adaId}/erase`, {
      version: current.version,
      reason: 'GDPR art. 17 request, ticket 4411',
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      candidateId: adaId,
      erasedAt: expect.any(String),
      removed: {
        candidate: 1,
        candidate_identity: 2,
        encounter: 1,
        paper_author: 1,
        reimplementation_author: 0,
        candidate_data_key: 1,
        import_batch: 1,
        'candidate.notes': 1,
        'candidate.primary_credit': 1,
        'encounter.notes': 1,
      },
    });

    // Nowhere: every text, varchar, json and array column of every table, the audit log included.
    expect(await findAnywhere(needles)).toEqual({});

    // Counts stay: the row is an anonymous tombstone with its channel and creation date.
    const after = await snapshot();
    expect(after).toMatchObject({
      candidates: before.candidates,
      erased: 1,
      identities: (before.identities as number) - 2,
      encounters: (before.encounters as number) - 1,
    });
    expect(
      await api.sql(
        `SELECT primary_channel, date_trunc('month', created_at) AS month, count(*)::int AS n FROM candidate GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
    ).toEqual(byChannel);
    const [tombstone] = await api.sql(
      `SELECT display_name, given_name, family_name, name_key, search_text, emails, affiliations, location, links, tags, notes, primary_credit, primary_channel FROM candidate WHERE id = $1`,
      [adaId],
    );
    expect(tombstone).toEqual({
      display_name: 'Erased candidate',
      given_name: '',
      family_name: '',
      name_key: '',
      search_text: '',
      emails: [],
      affiliations: [],
      location: null,
      links: [],
      tags: [],
      notes: '',
      primary_credit: null,
      primary_channel: 'paper',
    });

    // Others' free text keeps its sense, without her.
    const graceNow = (await recruiter.get<CandidateDetail>(`/api/candidates/${grace.id}`)).body;
    expect(graceNow.notes).toBe('Referred by [erased] <[erased]>; worked with [erased] before');
    expect(graceNow.primaryCredit).toBe('[erased]');
    expect(graceNow.encounters[0]!.notes).toBe('came with [erased]');

    // The paper is a public record and stays, with her slot anonymised and unlinked; the co-author keeps his.
    const slots = await api.sql(
      `SELECT pa.position, pa.name, pa.candidate_id FROM paper_author pa JOIN paper p ON p.id = pa.paper_id WHERE p.doi = $1 ORDER BY 1`,
      [paperDoi],
    );
    expect(slots).toEqual([
      { position: 1, name: '[erased]', candidate_id: null },
      { position: 2, name: coauthor, candidate_id: alanId },
    ]);
    // The committed import kept its record, not its file (dropped at commit); the uncommitted preview is gone.
    expect(await api.sql(`SELECT id, status, content FROM import_batch WHERE id = ANY($1::uuid[])`, [[imported.id, leftover.id]])).toEqual([
      { id: imported.id, status: 'committed', content: '' },
    ]);

    // The candidate is gone from the API: 410 on read and write, never listed or found.
    const gone = await recruiter.get(`/api/candidates/${adaId}`);
    expect(gone.status).toBe(410);
    expect(gone.body.code).toBe('CANDIDATE_ERASED');
    expect((await recruiter.patch(`/api/candidates/${adaId}`, { version: current.version + 1, notes: 'x' })).status).toBe(410);
    expect((await recruiter.post(`/api/candidates/${adaId}/encounters`, { event: 'ICML', year: 2025, kind: 'talk' })).status).toBe(410);
    const again = await admin.post(`/api/candidates/${adaId}/erase`, { version: current.version + 1, reason: 'second request' });
    expect(again.status).toBe(410);
    expect(again.body.code).toBe('CANDIDATE_ERASED');
    const listed: string[] = [];
    for (let cursor: string | null = null, first = true; first || cursor; first = false) {
      const page: CandidatePage = (await recruiter.get<CandidatePage>(`/api/candidates?limit=200${cursor ? `&cursor=${cursor}` : ''}`))
        .body;
      listed.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    }
    expect(listed).toContain(grace.id);
    expect(listed).not.toContain(adaId);
    expect((await recruiter.get(`/api/candidates?q=erased`)).body.items.map((c: { id: string }) => c.id)).not.toContain(adaId);

    // The audit log keeps that it happened, not who it was; the chain still verifies.
    const trail = (await admin.get(`/api/audit?entityType=candidate&entityId=${adaId}`)).body.items;
    expect(trail[0]).toMatchObject({
      action: 'candidate.erased',
      changes: { reason: 'GDPR art. 17 request, ticket 4411', removed: res.body.removed },
    });
    expect(trail.map((e: { action: string; changes: unknown }) => [e.action, e.changes])).toEqual([
      ['candidate.erased', { reason: 'GDPR art. 17 request, ticket 4411', removed: res.body.removed }],
      ['candidate.encounter_added', { erased: true }],
      ['candidate.updated', { erased: true }],
    ]);
    const verified = (await admin.get('/api/audit/verify')).body;
    expect(verified).toMatchObject({ ok: true, firstBrokenId: null });
    expect(verified.checked).toBe(after.audit);
    // Grace's own history is still readable (her key is untouched).
    const graceTrail = (await admin.get(`/api/audit?entityType=candidate&entityId=${grace.id}`)).body.items;
    expect(graceTrail.at(-1)).toMatchObject({ action: 'candidate.created', changes: { name: grace.displayName } });
    // …and, read in the clear, it names Ada nowhere: her notes and credit were kept as fingerprints only.
    const readable = JSON.stringify(graceTrail).toLowerCase();
    for (const needle of [fullName, email, family]) expect(readable, needle).not.toContain(needle.toLowerCase());
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const name = `Bo ${unique('Stale')}`;
    const bo = await create({ name, emails: [`${unique('bo')}@example.org`], notes: 'keep me' });
    await recruiter.patch(`/api/candidates/${bo.id}`, { version: 1, notes: 'edited meanwhile' });
    const before = await snapshot();
    const res = await admin.post(`/api/candidates/${bo.id}/erase`, { version: 1, reason: 'GDPR request 12' });
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ code: 'CANDIDATE_VERSION_CONFLICT', currentVersion: 2, fields: [{ field: 'version' }] });
    expect(await snapshot()).toEqual(before);
    expect((await recruiter.get<CandidateDetail>(`/api/candidates/${bo.id}`)).body).toMatchObject({
      displayName: name,
      notes: 'edited meanwhile',
    });
  });

  it('is for admins only, and names the bad field', async () => {
    const name = `Cy ${unique('Guard')}`;
    const cy = await create({ name, emails: [`${unique('cy')}@example.org`] });
    // Signing in is audited, so the callers sign in before the snapshot.
    const others = await Promise.all(
      (['recruiter', 'hiring_manager', 'interviewer'] as const).map(async (role) => [role, await api.as(role)] as const),
    );
    const before = await snapshot();
    for (const [role, client] of others) {
      const res = await client.post(`/api/candidates/${cy.id}/erase`, { version: 1, reason: 'GDPR request 13' });
      expect(res.status, role).toBe(403);
    }
    const cases: [unknown, string][] = [
      [{ version: 1 }, 'reason'],
      [{ version: 1, reason: '  x ' }, 'reason'],
      [{ version: 1, reason: 'y'.repeat(501) }, 'reason'],
      [{ version: 1, reason: 42 }, 'reason'],
      [{ reason: 'GDPR request 14' }, 'version'],
      [{ version: 0, reason: 'GDPR request 14' }, 'version'],
      [{ version: 1, reason: `asked by ${name.toLowerCase()}` }, 'reason'],
    ];
    for (const [body, field] of cases) {
      const res = await admin.post(`/api/candidates/${cy.id}/erase`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(
        res.body.fields.map((f: { field: string }) => f.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const unknown = await admin.post(`/api/candidates/00000000-0000-4000-8000-000000000000/erase`, {
      version: 1,
      reason: 'GDPR request 15',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('CANDIDATE_NOT_FOUND');
    expect(await snapshot()).toEqual(before);
  });
});

describe('erasing a candidate with an accented name', () => {
  it('also cuts the name where others typed it without accents', async () => {
    const family = `Núñez${unique('x')}`;
    const name = `José ${family}`;
    const folded = `Jose ${family.replace('ú', 'u').replace('ñ', 'n')}`;
    const jose = await create({ name });
    const other = await create({ name: `Rita ${unique('Other')}`, notes: `met ${folded.toLowerCase()} and ${name}` });
    const res = await admin.post<ErasureResult>(`/api/candidates/${jose.id}/erase`, { version: 1, reason: 'erasure request 90' });
    expect(res.status).toBe(200);
    expect((await recruiter.get<CandidateDetail>(`/api/candidates/${other.id}`)).body.notes).toBe('met [erased] and [erased]');
    expect(await findAnywhere([name, folded])).toEqual({});
  });
});

describe('what erasing leaves alone, and what it takes with it', () => {
  it('cuts whole words only, keeps namesakes on other papers, deletes repositories only they wrote and every pending preview', async () => {
    const tag = unique('');
    const liNa = await create({ name: 'Li Na', emails: [`li.na.${tag}@example.org`] });
    // Words that merely contain the name stay as they are.
    const other = await create({ name: `Natali ${unique('Nash')}`, notes: `Natali Nash knows li na well; quality work (${tag})` });
    // Two repositories: one by Li Na alone, one shared with the other candidate.
    const [solo, shared] = await api.sql<{ id: string }>(
      `INSERT INTO reimplementation (repo_url, paper_title, paper_ids, official, framework, year, links, provenance)
       VALUES ($1, 'Solo paper', '{}', false, 'jax', 2024, '[]', '{}'), ($2, 'Shared paper', '{}', false, 'jax', 2024, '[]', '{}')
       RETURNING id`,
      [`https://github.com/lina-${tag}/solo`, `https://github.com/team-${tag}/shared`],
    );
    await api.sql(`INSERT INTO reimplementation_author (reimplementation_id, candidate_id) VALUES ($1, $3), ($2, $3), ($2, $4)`, [
      solo!.id,
      shared!.id,
      liNa.id,
      other.id,
    ]);
    // A namesake on a paper Li Na is not on keeps their name.
    const [paper] = await api.sql<{ id: string }>(
      `INSERT INTO paper (title, title_key, year, acceptance, author_count, links, provenance)
       VALUES ('Namesake ${tag}', 'namesake ${tag}', 2020, 'poster', 1, '[]', '{}') RETURNING id`,
    );
    await api.sql(`INSERT INTO paper_author (paper_id, position, name, candidate_id) VALUES ($1, 1, 'Li Na', NULL)`, [paper!.id]);
    // A pending preview naming someone else entirely, with a LaTeX-escaped name no pattern would find.
    const pending = await preview(
      `@article{p, author = {G{\\"o}del, Kurt}, title = {Pending ${tag}}, journal = {J}, year = {1931}}`,
      'pending.bib',
    );

    const res = await admin.post<ErasureResult>(`/api/candidates/${liNa.id}/erase`, { version: 1, reason: 'erasure request 91' });
    expect(res.status).toBe(200);
    expect((await recruiter.get<CandidateDetail>(`/api/candidates/${other.id}`)).body.notes).toBe(
      `Natali Nash knows [erased] well; quality work (${tag})`,
    );
    expect(await api.sql(`SELECT id FROM reimplementation WHERE id = ANY($1::uuid[]) ORDER BY repo_url`, [[solo!.id, shared!.id]])).toEqual(
      [{ id: shared!.id }],
    );
    expect(await api.sql(`SELECT name FROM paper_author WHERE paper_id = $1`, [paper!.id])).toEqual([{ name: 'Li Na' }]);
    expect((await recruiter.get(`/api/imports/${pending.id}`)).status).toBe(404);
    expect(res.body.removed).toMatchObject({ reimplementation: 1, reimplementation_author: 2 });
  });
});

describe('erasing a candidate with applications', () => {
  it('keeps their applications for the funnel counts, without the notes about them or mentions of them in others’ notes', async () => {
    const roles = (await admin.get<{ id: string; key: string }[]>('/api/roles')).body;
    const opening = await recruiter.post<{ id: string }>('/api/openings', {
      title: `Erasure opening ${unique('')}`,
      roleId: roles.find((r) => r.key === 'ml-researcher')!.id,
      level: 'mid',
      headcount: 1,
      hiringManagerId: api.users.hiring_manager.id,
    });
    expect(opening.status).toBe(201);
    const name = `Petra ${unique('Applicant')}`;
    const petra = await create({ name });
    const other = await create({ name: `Olaf ${unique('Other')}` });
    const reject = async (candidateId: string, note: string) => {
      const app = await recruiter.post<{ id: string; currentStage: { id: string } }>('/api/applications', {
        candidateId,
        openingId: opening.body.id,
      });
      expect(app.status).toBe(201);
      const res = await recruiter.post(`/api/applications/${app.body.id}/reject`, {
        fromStageId: app.body.currentStage.id,
        reasonKey: 'skills-gap',
        note,
      });
      expect(res.status).toBe(200);
      return app.body.id;
    };
    const petraApp = await reject(petra.id, 'weak on proofs, good attitude');
    const otherApp = await reject(other.id, `not as strong as ${name}`);

    const res = await admin.post<ErasureResult>(`/api/candidates/${petra.id}/erase`, { version: 1, reason: 'erasure request 92' });
    expect(res.status).toBe(200);
    expect(await api.sql(`SELECT count(*)::int AS n FROM application WHERE id = $1`, [petraApp])).toEqual([{ n: 1 }]);
    expect(await api.sql(`SELECT note FROM application_event WHERE application_id = $1 AND note IS NOT NULL`, [petraApp])).toEqual([]);
    expect(await api.sql(`SELECT note FROM application_event WHERE application_id = $1 AND note IS NOT NULL`, [otherApp])).toEqual([
      { note: 'not as strong as [erased]' },
    ]);
    expect(await findAnywhere([name, 'weak on proofs'])).toEqual({});
    // Olaf's application history is still readable, and names Petra nowhere: notes are kept there as fingerprints.
    const trail = (await admin.get(`/api/audit?entityType=application&entityId=${otherApp}`)).body.items;
    expect(trail.length).toBeGreaterThan(0);
    expect(JSON.stringify(trail)).not.toContain(name);
  });
});

describe('erasing a candidate that absorbed a merge', () => {
  it('also shreds the audit entries the merged-away duplicate had', async () => {
    const name = `Ines ${unique('Merged')}`;
    const email = `${unique('ines')}@example.org`;
    const target = await create({ name, notes: 'target notes' });
    const source = await create({ name, emails: [email], notes: `source notes for ${name}` });
    const merged = await recruiter.post(`/api/candidates/merge`, {
      targetId: target.id,
      targetVersion: 1,
      sourceId: source.id,
      sourceVersion: 1,
    });
    expect(merged.status).toBe(200);
    // The source's key went with its data to the target.
    expect(await api.sql(`SELECT count(*)::int AS n FROM candidate_data_key WHERE candidate_id = $1`, [source.id])).toEqual([{ n: 0 }]);
    expect(await api.sql(`SELECT count(*)::int AS n FROM candidate_data_key WHERE candidate_id = $1`, [target.id])).toEqual([{ n: 2 }]);
    const sourceTrail = (await admin.get(`/api/audit?entityType=candidate&entityId=${source.id}`)).body.items;
    expect(sourceTrail.at(-1).changes).toMatchObject({ name, notes: expect.stringMatching(/^\(\d+ characters, #[0-9a-f]{8}\)$/) });

    const erased = await admin.post<ErasureResult>(`/api/candidates/${target.id}/erase`, {
      version: merged.body.version,
      reason: 'erasure request 77',
    });
    expect(erased.status).toBe(200);
    expect(erased.body.removed).toMatchObject({ candidate_data_key: 2, candidate_identity: 1 });
    for (const id of [source.id, target.id]) {
      const trail = (await admin.get(`/api/audit?entityType=candidate&entityId=${id}`)).body.items;
      for (const entry of trail)
        if (entry.action !== 'candidate.erased') expect(entry.changes, `${entry.action} of ${id}`).toEqual({ erased: true });
    }
    expect(await findAnywhere([name, email])).toEqual({});
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: true });
  });
});

// Last in the file: it breaks the chain on purpose.
describe('a sealed entry altered behind the trigger', () => {
  it('reads as unreadable and fails verification, naming the entry', async () => {
    const victim = await create({ name: `Ed ${unique('Tamper')}`, notes: 'sealed note' });
    const [row] = await api.sql<{ id: string; changes: { sealed: { data: string } } }>(
      `SELECT id, changes FROM audit_log WHERE entity_id = $1 AND action = 'candidate.created'`,
      [victim.id],
    );
    const flipped = Buffer.from(row!.changes.sealed.data, 'base64');
    flipped[0] = flipped[0]! ^ 1;
    await api.sql(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`);
    await api.sql(`UPDATE audit_log SET changes = jsonb_set(changes, '{sealed,data}', to_jsonb($2::text)) WHERE id = $1`, [
      row!.id,
      flipped.toString('base64'),
    ]);
    await api.sql(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`);
    const [entry] = (await admin.get(`/api/audit?entityId=${victim.id}`)).body.items;
    expect(entry).toMatchObject({ id: row!.id, changes: { unreadable: true } });
    expect((await admin.get('/api/audit/verify')).body).toMatchObject({ ok: false, firstBrokenId: row!.id });
  });
});
