/**
 * Accounts figures (issue 3), in one run on this machine:
 *  - Argon2id hash time (median of 15) with the production parameters;
 *  - successful sign-ins per second (4 concurrent clients), the rate the server
 *    sustains before any throttling (which only counts failures);
 *  - requests per second of an authenticated GET /api/competencies through the
 *    session guard, next to the same query served by a bare Fastify route
 *    with no guard, as a ratio.
 * Prints a table and writes bench-results/auth.json.  Run: npm run bench:auth
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pg from 'pg';
import { createApp } from '@loopboard/api/app-factory';
import { ARGON2_OPTIONS, hashPassword } from '@loopboard/api/auth';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

const results: { figure: string; value: string }[] = [];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const hashTimes: number[] = [];
for (let i = 0; i < 15; i++) {
  const t = performance.now();
  await hashPassword(`bench-password-${i}`);
  hashTimes.push(performance.now() - t);
}
results.push({ figure: `Argon2id hash, m=${ARGON2_OPTIONS.memoryCost / 1024} MiB t=${ARGON2_OPTIONS.timeCost} p=1 (median of 15)`, value: `${median(hashTimes).toFixed(1)} ms` });

const server = await acquirePgServer();
const dbName = uniqueName('loopboard_bench');
const url = await createDatabase(server.adminUrl, dbName);
const app = await createApp({ databaseUrl: url, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false });
// The same query as GET /api/competencies, on a bare Fastify route: no Nest pipeline, no guard.
const pool = new pg.Pool({ connectionString: url, max: 10 });
app
  .getHttpAdapter()
  .getInstance()
  .get('/bench/competencies', async () => (await pool.query('SELECT key, name, description FROM competency ORDER BY position')).rows);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.getHttpServer().address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
const email = 'bench@loopboard.dev';
const password = 'bench-password-long';
await pool.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Bench', 'recruiter', $2)`, [email, await hashPassword(password)]);

try {
  const signIns = await autocannon({
    url: `${base}/api/auth/sign-in`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    connections: 4,
    duration: 8,
  });
  results.push({ figure: 'sign-ins per second (successful, 4 clients, 8 s)', value: `${signIns.requests.average.toFixed(1)} req/s (${signIns.non2xx} non-2xx)` });

  const signedIn = await fetch(`${base}/api/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const cookie = signedIn.headers.getSetCookie()[0]!.split(';')[0]!;
  const load = (path: string, headers: Record<string, string> = {}) => autocannon({ url: base + path, headers, connections: 16, duration: 10 });
  await load('/bench/competencies'); // warm-up both paths once
  const guarded = await load('/api/competencies', { cookie });
  const bare = await load('/bench/competencies');
  if (guarded.non2xx || bare.non2xx) throw new Error(`errors under load: guarded ${guarded.non2xx}, bare ${bare.non2xx}`);
  results.push({ figure: 'GET /api/competencies, signed in, through the session guard', value: `${guarded.requests.average.toFixed(0)} req/s, p99 ${guarded.latency.p99} ms` });
  results.push({ figure: 'same query on a bare Fastify route (no guard, no Nest)', value: `${bare.requests.average.toFixed(0)} req/s, p99 ${bare.latency.p99} ms` });
  results.push({ figure: 'ratio guarded / bare', value: (guarded.requests.average / bare.requests.average).toFixed(2) });
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
writeFileSync(resolve(import.meta.dirname, '../bench-results/auth.json'), JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
