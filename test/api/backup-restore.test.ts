import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createApp } from '@loopboard/api/app-factory';
import { TEST_PASSWORD } from '../support/api-app.js';
import { createDatabase, dropDatabase, uniqueName } from '../support/pg-server.js';
import { fileScorecard, scheduleInterview, startScorecardFixture, type ScorecardFixture } from '../support/scorecard-fixture.js';

/**
 * The backup and restore the README documents, performed: `pg_dump --format=custom` of a database
 * holding a pipeline with submitted scorecards, `pg_restore` into an empty database, and the app
 * started on the copy. Every table's content must come back identical, the audit chain must verify,
 * and the restored app must take new writes.
 */
const run = promisify(execFile);

async function toolMajor(tool: string): Promise<number | null> {
  try {
    const { stdout } = await run(tool, ['--version']);
    return Number(/(\d+)(?:\.\d+)?/.exec(stdout)?.[1] ?? NaN);
  } catch {
    return null;
  }
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0]!.v) / 10000);
  } finally {
    await client.end();
  }
}

/** pg_dump refuses a server newer than itself: the embedded PostgreSQL (18) ships no pg_dump. */
const adminUrl = inject('pgAdminUrl');
const dumpMajor = await toolMajor('pg_dump');
const restoreMajor = await toolMajor('pg_restore');
const major = await serverMajor(adminUrl);
const unusable =
  dumpMajor === null || restoreMajor === null
    ? 'pg_dump/pg_restore are not installed'
    : dumpMajor < major
      ? `pg_dump ${dumpMajor} cannot dump PostgreSQL ${major}`
      : null;
if (unusable && process.env.CI) throw new Error(`backup test needs pg_dump in CI: ${unusable}`);
if (unusable) console.warn(`[backup-restore] skipped: ${unusable}`);

/** Row count and an md5 of every row's text, ordered, for each table in the public schema. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const id = pg.escapeIdentifier(name);
      const { rows } = await client.query<{ n: string; h: string | null }>(
        `SELECT count(*) AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS h FROM ${id} t`,
      );
      out[name] = `${rows[0]!.n}:${rows[0]!.h ?? '-'}`;
    }
    const { rows: seqs } = await client.query<{ name: string; last: string | null }>(
      `SELECT sequencename AS name, last_value::text AS last FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
    );
    for (const s of seqs) out[`sequence ${s.name}`] = s.last ?? 'unused';
    return out;
  } finally {
    await client.end();
  }
}

describe.skipIf(unusable !== null)('backup and restore with pg_dump', () => {
  let f: ScorecardFixture;
  let dir: string;
  let restoredName: string;
  let restored: NestFastifyApplication | undefined;

  beforeAll(async () => {
    f = await startScorecardFixture({ applications: 3 });
    const type = Object.keys(f.focus)[0]!;
    for (const app of f.applications.slice(0, 2)) {
      const interviewId = await scheduleInterview(f, app.id, type, [f.interviewers[0]!.id, f.interviewers[1]!.id]);
      for (const [i, interviewer] of f.interviewers.slice(0, 2).entries()) {
        await fileScorecard(interviewer.client, interviewId, Object.fromEntries(f.focus[type]!.map((c) => [c, 2 + i])), i ? 'yes' : 'no');
      }
    }
    dir = await mkdtemp(join(tmpdir(), 'loopboard-backup-'));
    restoredName = uniqueName('loopboard_restored');
  });

  afterAll(async () => {
    await restored?.close();
    await f?.api.close();
    if (restoredName) await dropDatabase(adminUrl, restoredName);
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('restores every row, sequence and the audit chain, and the restored app works', async () => {
    const [{ current_database: source }] = await f.api.sql<{ current_database: string }>('SELECT current_database()');
    const sourceUrl = new URL(adminUrl);
    sourceUrl.pathname = `/${source}`;
    const before = await fingerprint(sourceUrl.toString());
    expect(Number(before.scorecard!.split(':')[0])).toBe(4);
    expect(Number(before.audit_log!.split(':')[0])).toBeGreaterThan(10);

    // The commands the README gives.
    const file = join(dir, 'loopboard.dump');
    await run('pg_dump', ['--format=custom', '--no-owner', '--no-privileges', `--dbname=${sourceUrl}`, `--file=${file}`]);
    expect((await stat(file)).size).toBeGreaterThan(10_000);
    const targetUrl = await createDatabase(adminUrl, restoredName);
    await run('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${targetUrl}`, file]);

    expect(await fingerprint(targetUrl)).toEqual(before);

    // The app starts on the copy (no migration pending), the same people sign in, the chain verifies.
    restored = await createApp({ databaseUrl: targetUrl, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false });
    await restored.listen({ port: 0, host: '127.0.0.1' });
    const address = restored.getHttpServer().address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: f.api.users.admin.email, password: TEST_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const session = (await signIn.json()) as { csrfToken: string };
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    const get = async (path: string) => (await fetch(base + path, { headers: { cookie } })).json();

    expect(await get('/api/audit/verify')).toMatchObject({ ok: true, firstBrokenId: null });
    const original = await f.admin.get(`/api/applications/${f.applications[0]!.id}/scorecards`);
    expect(await get(`/api/applications/${f.applications[0]!.id}/scorecards`)).toEqual(original.body);
    expect(await get(`/api/openings/${f.opening.id}/leaderboard`)).toEqual((await f.manager.get(`/api/openings/${f.opening.id}/leaderboard`)).body);

    // New writes on the copy: ids, sequences and the audit chain carry on from the backup.
    const created = await fetch(`${base}/api/candidates`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
      body: JSON.stringify({ name: 'Restored Later', primaryChannel: 'referral' }),
    });
    expect(created.status).toBe(201);
    expect(await get('/api/audit/verify')).toMatchObject({ ok: true, firstBrokenId: null });
  });
});
