import type { ImportBatch, ImportCommitResult, ImportPreview, ImportProgress } from '@loopboard/contracts';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let recruiter: ApiClient;
beforeAll(async () => {
  api = await startApi();
  recruiter = await api.as('recruiter');
});
afterAll(async () => {
  await api?.close();
});

let counter = 0;
/** Names unique to one test, so tests sharing the database do not match each other's candidates. */
function unique(prefix: string): string {
  counter += 1;
  return `${prefix}${'abcdefghij'[counter % 10]}${Math.random()
    .toString(36)
    .replace(/[^a-z]/g, '')
    .slice(0, 6)}`;
}

function bibtex(family: string, coauthor: string): string {
  return `@string{icml = "International Conference on Machine Learning"}
@inproceedings{${family}2020a,
  author = {${family}, Ada and ${coauthor}, Alan},
  title = {Learning {${family}} Machines},
  booktitle = icml,
  year = {2020},
  doi = {10.1000/${family.toLowerCase()}.1}
}
@article{${family}2021b,
  author = {${coauthor}, Alan and Sch{\\"o}lkopf, Bernhard},
  title = {Second Paper of ${family}},
  journal = {Journal of Machine Learning Research},
  year = {2021}
}
`;
}

function arxivFeed(family: string, arxivId: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query: search_query=au:${family}</title>
  <id>http://arxiv.org/api/test</id>
  <updated>2016-10-09T00:00:00-04:00</updated>
  <entry>
    <id>http://arxiv.org/abs/${arxivId}v1</id>
    <updated>2006-03-02T02:22:45Z</updated>
    <published>2006-03-02T02:22:45Z</published>
    <title>Checkerboard order of ${family}</title>
    <summary>An abstract.</summary>
    <author><name>Adrian ${family}</name></author>
    <author><name>Bernd Rosenow</name></author>
    <link href="http://arxiv.org/abs/${arxivId}v1" rel="alternate" type="text/html"/>
    <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cond-mat.str-el" scheme="http://arxiv.org/schemas/atom"/>
  </entry>
</feed>
`;
}

const ERROR_FEED = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/</id>
  <title>arXiv Search Results</title>
  <updated>2026-04-12T22:59:06Z</updated>
  <opensearch:totalResults>1</opensearch:totalResults>
  <entry>
    <id>https://arxiv.org/api/errors#incorrect_id_format_for_abc</id>
    <title>Error</title>
    <updated>2026-04-12T22:59:06Z</updated>
    <link href="https://arxiv.org/api/errors#incorrect_id_format_for_abc" rel="alternate" type="text/html"/>
    <summary>incorrect id format for abc</summary>
    <author><name>arXiv api core</name></author>
  </entry>
</feed>
`;

async function preview(content: string, fileName: string, client: ApiClient = recruiter): Promise<ImportPreview> {
  const res = await client.post<ImportPreview>('/api/imports', { fileName, content });
  if (res.status !== 201) throw new Error(`preview failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function commit(id: string, select: 'all' | 'first-authors' = 'all'): Promise<ImportCommitResult> {
  const res = await recruiter.post<ImportCommitResult>(`/api/imports/${id}/commit`, { select });
  if (res.status !== 200) throw new Error(`commit failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

async function counts(): Promise<Record<string, number>> {
  const [row] = await api.sql(
    `SELECT (SELECT count(*) FROM candidate)::int AS candidates, (SELECT count(*) FROM candidate_identity)::int AS identities,
            (SELECT count(*) FROM paper)::int AS papers, (SELECT count(*) FROM paper_author)::int AS authors,
            (SELECT count(*) FROM import_batch WHERE status = 'committed')::int AS committed, (SELECT count(*) FROM audit_log)::int AS audit`,
  );
  return row;
}

describe('importing a BibTeX file', () => {
  it('previews the people with their evidence, then commits them with their papers', async () => {
    const family = unique('Lovelace');
    const coauthor = unique('Turing');
    const shown = await preview(bibtex(family, coauthor), 'refs.bib');
    expect(shown).toMatchObject({ format: 'bibtex', status: 'preview', summary: { people: 3, papers: 2, toCreate: 3, toMerge: 0 } });
    const turing = shown.people.find((p) => p.displayName === `Alan ${coauthor}`)!;
    expect(turing.papers.map((p) => [p.position, p.firstAuthor])).toEqual([
      [2, false],
      [1, true],
    ]);
    expect(turing.actionText).toBe('will create a new candidate');
    expect(shown.people.map((p) => p.displayName)).toContain('Bernhard Schölkopf');
    expect(await api.sql(`SELECT count(*)::int AS n FROM paper WHERE title LIKE $1`, [`%${family}%`])).toEqual([{ n: 0 }]);

    const done = await commit(shown.id);
    expect(done).toMatchObject({ created: 3, merged: 0, papersCreated: 2 });
    const [paper] = await api.sql(`SELECT venue, year, doi, provenance FROM paper WHERE doi = $1`, [`10.1000/${family.toLowerCase()}.1`]);
    expect(paper).toMatchObject({
      venue: 'ICML',
      year: 2020,
      provenance: { importId: shown.id, format: 'bibtex', sourceRef: expect.any(String) },
    });
    const authors = await api.sql(
      `SELECT pa.position, c.display_name, c.primary_channel FROM paper_author pa JOIN paper p ON p.id = pa.paper_id JOIN candidate c ON c.id = pa.candidate_id
       WHERE p.doi = $1 ORDER BY pa.position`,
      [`10.1000/${family.toLowerCase()}.1`],
    );
    expect(authors).toEqual([
      { position: 1, display_name: `Ada ${family}`, primary_channel: 'paper' },
      { position: 2, display_name: `Alan ${coauthor}`, primary_channel: 'paper' },
    ]);
    const batch = (await recruiter.get<ImportBatch>(`/api/imports/${shown.id}`)).body;
    expect(batch).toMatchObject({ status: 'committed', fileName: 'refs.bib', summary: { people: 3 }, result: { created: 3 } });
    const [audit] = await api.sql(`SELECT action, changes FROM audit_log WHERE entity_id = $1`, [shown.id]);
    expect(audit).toMatchObject({ action: 'import.committed', changes: { created: done.created, merged: done.merged } });
  });

  it('refuses a second commit of the same batch', async () => {
    const shown = await preview(bibtex(unique('Hopper'), unique('Knuth')), 'again.bib');
    await commit(shown.id);
    const before = await counts();
    const res = await recruiter.post(`/api/imports/${shown.id}/commit`, { select: 'all' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('IMPORT_ALREADY_COMMITTED');
    expect(await counts()).toEqual(before);
  });

  it('imports first authors only when asked', async () => {
    const family = unique('Noether');
    const coauthor = unique('Gauss');
    const shown = await preview(bibtex(family, coauthor), 'first.bib');
    const done = await commit(shown.id, 'first-authors');
    expect(done.created).toBe(2);
    const names = await api.sql(`SELECT display_name FROM candidate WHERE id = ANY($1::uuid[]) ORDER BY display_name`, [
      done.createdCandidateIds,
    ]);
    expect(names.map((n) => n.display_name)).toEqual([`Ada ${family}`, `Alan ${coauthor}`]);
    expect(done.skipped).toContainEqual({
      sourceRef: 'name:bernhard scholkopf',
      reason: 'Bernhard Schölkopf: not selected (first-authors)',
    });
  });
});

describe('re-importing', () => {
  it('merges into the candidates of the first import instead of duplicating them', async () => {
    const family = unique('Maestro');
    const feed = arxivFeed(family, `cond-mat/${Math.floor(Math.random() * 9_000_000) + 1_000_000}`);
    const first = await commit((await preview(feed, 'first.xml')).id);
    expect(first.created).toBe(2);
    const before = await counts();

    const again = await preview(feed, 'second.xml');
    const adrian = again.people.find((p) => p.displayName === `Adrian ${family}`)!;
    expect(adrian).toMatchObject({ action: 'merge', match: { kind: 'authorship', candidateId: first.createdCandidateIds[0] } });
    expect(adrian.actionText).toMatch(new RegExp(`^will merge into Adrian ${family} \\(on author 1 of`));
    const second = await commit(again.id);
    expect(second).toMatchObject({ created: 0, merged: 2, papersCreated: 0, papersMatched: 1 });
    const after = await counts();
    expect({ ...after, committed: after.committed - 1, audit: before.audit }).toEqual({ ...before });
  });

  it('merges on a strong key and keeps the ids the candidate had', async () => {
    const name = `Grace ${unique('Orcid')}`;
    const created = await recruiter.post('/api/candidates', { name, primaryChannel: 'referral', emails: ['grace@example.org'] });
    const content = `name,email,orcid\n${name},grace@example.org,0000-0002-1825-0097\n`;
    const shown = await preview(content, 'people.csv');
    expect(shown.people[0]).toMatchObject({ action: 'merge', actionText: `will merge into ${name} (on email)` });
    await commit(shown.id);
    const ids = await api.sql(`SELECT kind, value FROM candidate_identity WHERE candidate_id = $1 ORDER BY kind`, [created.body.id]);
    expect(ids).toEqual([
      { kind: 'email', value: 'grace@example.org' },
      { kind: 'orcid', value: '0000-0002-1825-0097' },
    ]);
    const [row] = await api.sql(`SELECT primary_channel FROM candidate WHERE id = $1`, [created.body.id]);
    expect(row.primary_channel).toBe('referral');
  });

  it('only suggests a candidate with the same name, never merges into it', async () => {
    const family = unique('Namesake');
    await recruiter.post('/api/candidates', { name: `Ada ${family}`, primaryChannel: 'inbound' });
    const shown = await preview(bibtex(family, unique('Other')), 'names.bib');
    const ada = shown.people.find((p) => p.displayName === `Ada ${family}`)!;
    expect(ada).toMatchObject({ action: 'create', match: null, possibleDuplicates: [{ candidateName: `Ada ${family}` }] });
    expect(ada.actionText).toBe(`will create a new candidate; possible duplicate of Ada ${family}`);
  });
});

describe('files that create nothing', () => {
  it('an arXiv error feed is previewed and committed without a single candidate', async () => {
    const before = await counts();
    const shown = await preview(ERROR_FEED, 'error.xml');
    expect(shown.people).toEqual([]);
    expect(shown.skipped.length).toBeGreaterThan(0);
    const done = await commit(shown.id);
    expect(done).toMatchObject({ created: 0, merged: 0, papersCreated: 0 });
    const after = await counts();
    expect({ candidates: after.candidates, papers: after.papers }).toEqual({ candidates: before.candidates, papers: before.papers });
  });

  it('a malformed file is a 400 naming the problem, and nothing is stored', async () => {
    const [{ n: batches }] = await api.sql(`SELECT count(*)::int AS n FROM import_batch`);
    const res = await recruiter.post('/api/imports', {
      fileName: 'broken.xml',
      content: '<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<entry><title>x</title>\n',
      format: 'arxiv-atom',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('IMPORT_FILE_INVALID');
    expect(res.body.message).toMatch(/^broken\.xml: /);
    const unknown = await recruiter.post('/api/imports', { fileName: 'notes.txt', content: 'just some words\nand more' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.code).toBe('IMPORT_FILE_INVALID');
    expect(unknown.body.message).toMatch(/Could not tell the format/);
    expect(await api.sql(`SELECT count(*)::int AS n FROM import_batch`)).toEqual([{ n: batches }]);
  });

  it('an upload over the import limit is a 413, while imports above the 1 MB default are taken', async () => {
    const big = await recruiter.post('/api/imports', {
      fileName: 'big.bib',
      content: `${bibtex(unique('Big'), unique('File'))}\n%${'x'.repeat(2 * 1024 * 1024)}\n`,
    });
    expect(big.status).toBe(201);
    const tooBig = await recruiter.post('/api/imports', { fileName: 'huge.bib', content: 'x'.repeat(21 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
    expect(tooBig.body).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/^Import files are limited to 20 MB; this upload is 21\.0 MB/),
    });
    const elsewhere = await recruiter.post('/api/candidates', {
      name: 'Big Body',
      primaryChannel: 'other',
      notes: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(elsewhere.status).toBe(413);
  });
});

describe('all or nothing', () => {
  it('rolls everything back when one person cannot be imported', async () => {
    const a = await recruiter.post('/api/candidates', {
      name: `Holder ${unique('One')}`,
      primaryChannel: 'other',
      emails: ['first-holder@example.org'],
    });
    const b = await recruiter.post('/api/candidates', {
      name: `Holder ${unique('Two')}`,
      primaryChannel: 'other',
      emails: ['second-holder@example.org'],
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    const content = `name,email\n${`Fresh ${unique('Person')}`},fresh@example.org\n${`Torn ${unique('Person')}`},first-holder@example.org;second-holder@example.org\n`;
    const shown = await preview(content, 'conflict.csv');
    expect(shown.people.map((p) => p.action)).toEqual(['create', 'conflict']);
    const before = await counts();
    const res = await recruiter.post(`/api/imports/${shown.id}/commit`, { select: 'all' });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('IMPORT_CONFLICT');
    expect(await counts()).toEqual(before);
    expect(await api.sql(`SELECT status FROM import_batch WHERE id = $1`, [shown.id])).toEqual([{ status: 'preview' }]);
  });
});

describe('odd text', () => {
  it('stores a name with a lone UTF-16 surrogate with U+FFFD in its place instead of failing the commit', async () => {
    const family = unique('Surrogate');
    const shown = await preview(`name,email\nAna\ud800 ${family},ana.${family.toLowerCase()}@example.org\n`, 'odd.csv');
    const done = await recruiter.post<ImportCommitResult>(`/api/imports/${shown.id}/commit`, { select: 'all' });
    expect(done.status).toBe(200);
    const rows = await api.sql(`SELECT display_name FROM candidate WHERE id = ANY($1::uuid[])`, [done.body.createdCandidateIds]);
    expect(rows).toEqual([{ display_name: `Ana\ufffd ${family}` }]);
  });
});

describe('access', () => {
  it('lets recruiters and admins import, and nobody else', async () => {
    for (const role of ['interviewer', 'hiring_manager'] as const) {
      const client = await api.as(role);
      const res = await client.post('/api/imports', { fileName: 'x.bib', content: bibtex(unique('Denied'), unique('Denied')) });
      expect(res.status, role).toBe(403);
    }
    const admin = await api.as('admin');
    expect((await admin.post('/api/imports', { fileName: 'x.bib', content: bibtex(unique('Admin'), unique('Ok')) })).status).toBe(201);
  });
});

describe('commit progress', () => {
  const progressOf = (id: string, client: ApiClient = recruiter) => client.get<ImportProgress>(`/api/imports/${id}/progress`);

  it('is idle before the commit and done with every person and paper written after it', async () => {
    const shown = await preview(bibtex(unique('Progress'), unique('Idle')), 'progress.bib');
    expect((await progressOf(shown.id)).body).toEqual({ importId: shown.id, phase: 'idle', done: 0, total: 0 });
    await commit(shown.id);
    const after = await progressOf(shown.id);
    expect(after.status).toBe(200);
    expect(after.body).toEqual({ importId: shown.id, phase: 'done', done: 5, total: 5 }); // 3 people, then 2 papers
    const admin = await api.as('admin');
    expect((await progressOf(shown.id, admin)).body.phase).toBe('done');
  });

  it('is a 404 for an unknown import', async () => {
    const res = await progressOf('5a0c3f3e-6d5e-4f41-9a57-3c1d2b0a9e11');
    expect(res.status).toBe(404);
    expect((res.body as unknown as { code: string }).code).toBe('IMPORT_NOT_FOUND');
  });

  it('shows the commit writing, part way through, while it runs', async () => {
    // The second person merges into a candidate whose row this test holds locked, so the
    // commit stops there, after writing the first person, until the test lets it go: no timing involved.
    const held = `Held ${unique('Lock')}`;
    const created = await recruiter.post('/api/candidates', { name: held, primaryChannel: 'other', emails: ['held-by-test@example.org'] });
    expect(created.status).toBe(201);
    const content = `name,email\nFirst ${unique('Writer')},first-writer@example.org\n${held},held-by-test@example.org\nThird ${unique('Writer')},third-writer@example.org\n`;
    const shown = await preview(content, 'locked.csv');
    expect(shown.people.map((p) => p.action)).toEqual(['create', 'merge', 'create']);

    const lock = api.app.get(DataSource, { strict: false }).createQueryRunner();
    await lock.connect();
    let committing: Promise<ImportCommitResult> | undefined;
    try {
      await lock.startTransaction();
      await lock.query(`SELECT id FROM candidate WHERE id = $1 FOR UPDATE`, [created.body.id]);
      committing = commit(shown.id);
      let seen = (await progressOf(shown.id)).body;
      for (let i = 0; i < 500 && !(seen.phase === 'writing' && seen.done === 1); i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        seen = (await progressOf(shown.id)).body;
      }
      expect(seen).toEqual({ importId: shown.id, phase: 'writing', done: 1, total: 3 });
    } finally {
      if (lock.isTransactionActive) await lock.rollbackTransaction();
      await lock.release();
    }
    expect(await committing).toMatchObject({ created: 2, merged: 1 });
    expect((await progressOf(shown.id)).body).toEqual({ importId: shown.id, phase: 'done', done: 3, total: 3 });
  });

  it('reports a failed commit as failed, and leaves nothing written', async () => {
    const a = await recruiter.post('/api/candidates', {
      name: `Owner ${unique('One')}`,
      primaryChannel: 'other',
      emails: ['progress-one@example.org'],
    });
    const b = await recruiter.post('/api/candidates', {
      name: `Owner ${unique('Two')}`,
      primaryChannel: 'other',
      emails: ['progress-two@example.org'],
    });
    expect([a.status, b.status]).toEqual([201, 201]);
    const content = `name,email\nFresh ${unique('Person')},progress-fresh@example.org\nTorn ${unique('Person')},progress-one@example.org;progress-two@example.org\n`;
    const shown = await preview(content, 'fails.csv');
    const res = await recruiter.post(`/api/imports/${shown.id}/commit`, { select: 'all' });
    expect(res.status).toBe(409);
    expect((await progressOf(shown.id)).body).toEqual({ importId: shown.id, phase: 'failed', done: 1, total: 2 });
  });
});
