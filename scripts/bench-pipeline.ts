/**
 * Issue 5's figures, in one run on a fresh database, over HTTP:
 *   - a concurrency run: 50 clients move the same application at once from the same stage;
 *     how many succeeded (must be exactly 1), how many got 409, and how many moves the history holds;
 *   - board load latency (p50, p95): GET /api/openings/:id/applications for an opening with
 *     5,000 applications, and GET /api/openings/:id (the board's header and columns).
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded PostgreSQL.
 *   npm run bench:pipeline [-- --applications 5000 --loads 50]
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp } from '@loopboard/api/app-factory';
import { hashPassword } from '@loopboard/api/auth';
import { ImportUseCase, systemContext } from '@loopboard/api/imports';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

const { values } = parseArgs({
  options: {
    applications: { type: 'string', default: '5000' },
    loads: { type: 'string', default: '50' },
  },
});
const APPLICATIONS = Number(values.applications);
const LOADS = Number(values.loads);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const results: { figure: string; value: string }[] = [];

const server = await acquirePgServer();
const dbName = uniqueName('loopboard_bench');
const url = await createDatabase(server.adminUrl, dbName);
const app = await createApp({ databaseUrl: url, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false });
const pool = new pg.Pool({ connectionString: url, max: 4 });

try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const password = 'bench-password-long';
  const hash = await hashPassword(password);
  const { rows: users } = await pool.query<{ id: string; role: string }>(
    `INSERT INTO app_user (email, name, role, password_hash) VALUES
       ('bench-recruiter@loopboard.dev', 'Bench Recruiter', 'recruiter', $1),
       ('bench-manager@loopboard.dev', 'Bench Manager', 'hiring_manager', $1)
     RETURNING id, role`,
    [hash],
  );
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'bench-recruiter@loopboard.dev', password }),
  });
  const session = (await signIn.json()) as { csrfToken: string };
  const headers = {
    cookie: signIn.headers.getSetCookie()[0]!.split(';')[0]!,
    'x-csrf-token': session.csrfToken,
    'content-type': 'application/json',
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as any };
  };

  // An ML researcher opening and its candidates (imported as a CSV, the way recruiters bring them in).
  const roles = (await call('GET', '/api/roles')).body as { id: string; key: string }[];
  const opening = await call('POST', '/api/openings', {
    title: 'Bench: ML researcher',
    roleId: roles.find((r) => r.key === 'ml-researcher')!.id,
    level: 'senior',
    headcount: 2,
    hiringManagerId: users.find((u) => u.role === 'hiring_manager')!.id,
  });
  if (opening.status !== 201) throw new Error(`opening: ${opening.status} ${JSON.stringify(opening.body)}`);
  const openingId: string = opening.body.id;
  const stages: { id: string }[] = opening.body.loop.stages;
  const imports = app.get(ImportUseCase);
  const csv = ['name,email', ...Array.from({ length: APPLICATIONS + 1 }, (_, i) => `Bench Person${i},bench${i}@example.org`)].join('\n');
  const preview = await imports.preview(systemContext('bench'), { fileName: 'bench.csv', content: csv });
  const imported = await imports.commit(systemContext('bench'), preview.id, { select: 'all' });
  const candidateIds = imported.createdCandidateIds;

  // 1. Concurrency: 50 clients move one application from its first stage to the second at once.
  const contested = await call('POST', '/api/applications', { candidateId: candidateIds[APPLICATIONS]!, openingId });
  const move = { fromStageId: stages[0]!.id, toStageId: stages[1]!.id };
  const answers = await Promise.all(Array.from({ length: 50 }, () => call('POST', `/api/applications/${contested.body.id}/move`, move)));
  const succeeded = answers.filter((a) => a.status === 200).length;
  const conflicts = answers.filter((a) => a.status === 409).length;
  const { rows: moves } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM application_event WHERE application_id = $1 AND kind = 'moved'`,
    [contested.body.id],
  );
  results.push({
    figure: 'concurrency run: 50 clients move the same application from the same stage',
    value: `${succeeded} succeeded, ${conflicts} got 409, ${answers.length - succeeded - conflicts} other; ${moves[0]!.n} move in the history`,
  });
  if (succeeded !== 1 || moves[0]!.n !== 1) process.exitCode = 1;

  // 2. 5,000 applications, spread over the stages, through the API (8 at a time).
  const started = performance.now();
  for (let i = 0; i < APPLICATIONS; i += 8) {
    await Promise.all(
      candidateIds.slice(i, Math.min(i + 8, APPLICATIONS)).map(async (candidateId, j) => {
        const created = await call('POST', '/api/applications', { candidateId, openingId });
        if (created.status !== 201) throw new Error(`application: ${created.status} ${JSON.stringify(created.body)}`);
        const target = (i + j) % stages.length;
        if (target > 0) {
          const moved = await call('POST', `/api/applications/${created.body.id}/move`, {
            fromStageId: stages[0]!.id,
            toStageId: stages[target]!.id,
          });
          if (moved.status !== 200) throw new Error(`move: ${moved.status} ${JSON.stringify(moved.body)}`);
        }
      }),
    );
  }
  results.push({
    figure: `setup: ${APPLICATIONS} applications created (and moved) through the API`,
    value: `${((performance.now() - started) / 1000).toFixed(1)} s`,
  });
  await pool.query('ANALYZE');

  const time = async (path: string) => {
    const times: number[] = [];
    for (let i = 0; i < LOADS + 5; i++) {
      const t = performance.now();
      const res = await fetch(base + path, { headers });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      if (i >= 5) times.push(performance.now() - t); // 5 warm-up loads
    }
    return `p50 ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms`;
  };
  results.push({
    figure: `board load: GET /api/openings/:id/applications, ${APPLICATIONS + 1} applications (${LOADS} loads)`,
    value: await time(`/api/openings/${openingId}/applications`),
  });
  results.push({
    figure: `board header: GET /api/openings/:id with stage counts (${LOADS} loads)`,
    value: await time(`/api/openings/${openingId}`),
  });
} finally {
  await app.close();
  await pool.end();
  await dropDatabase(server.adminUrl, dbName);
  await server.stop();
}

const width = Math.max(...results.map((r) => r.figure.length));
console.log(`\n${'figure'.padEnd(width)} | value`);
console.log(`${'-'.repeat(width)}-|------`);
for (const r of results) console.log(`${r.figure.padEnd(width)} | ${r.value}`);
mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, '../bench-results/pipeline.json'),
  JSON.stringify({ at: new Date().toISOString(), results }, null, 2),
);
