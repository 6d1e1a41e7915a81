/**
 * Issue 8, concurrency (full version): many clients moving, scoring and editing the same records
 * at once, on a fresh database. Every scenario of test/support/concurrency/scenarios.ts (the same
 * drivers `npm test` runs with 4 clients × 3 rounds) with more clients and rounds; prints one row
 * per scenario (attempts, 2xx, 409, gone = the documented 404/400 for a record removed meanwhile, other, lost updates) and
 * writes bench-results/concurrency.json. Exits 1 when any answer was not 2xx/409 or an update was lost.
 *   npm run concurrency [-- --clients 16 --rounds 10 --seed 1]
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded PostgreSQL.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { USER_ROLES, type UserRole } from '@loopboard/contracts';
import { createApp } from '@loopboard/api/app-factory';
import { hashPassword } from '@loopboard/api/auth';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';
import { formatTable, seededRandom, withSessionPool, type Client, type ScenarioResult, type World } from '../test/support/concurrency/harness.js';
import { SCENARIOS, verifyAuditChain } from '../test/support/concurrency/scenarios.js';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '16' },
    rounds: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    only: { type: 'string' },
  },
});
const CLIENTS = Number(values.clients);
const ROUNDS = Number(values.rounds);
const SEED = Number(values.seed);
if (!(CLIENTS >= 2 && ROUNDS >= 1 && Number.isFinite(SEED))) throw new Error('--clients must be ≥ 2, --rounds ≥ 1, --seed a number');

const PASSWORD = 'concurrency-password-long';
const SAFE = new Set(['GET', 'HEAD']);

const server = await acquirePgServer();
const dbName = uniqueName('load_concurrency');
const url = await createDatabase(server.adminUrl, dbName);
const app = await createApp({ databaseUrl: url, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false });
const pool = new pg.Pool({ connectionString: url, max: 4 });
const results: ScenarioResult[] = [];
let auditProblem: string | null = null;

try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const hash = await hashPassword(PASSWORD);
  const users = {} as Record<UserRole, { id: string; email: string }>;
  for (const role of USER_ROLES) {
    const email = `${role.replace('_', '-')}@concurrency.loopboard.dev`;
    const { rows } = await pool.query<{ id: string }>(
      `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`,
      [email, `Concurrency ${role.replace('_', ' ')}`, role, hash],
    );
    users[role] = { id: rows[0]!.id, email };
  }
  const session = async (role: UserRole): Promise<Client> => {
    const res = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: users[role].email, password: PASSWORD }),
    });
    const body = (await res.json()) as { csrfToken: string };
    if (res.status !== 200) throw new Error(`sign-in as ${role}: ${res.status} ${JSON.stringify(body)}`);
    const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return {
      async request(method, path, payload) {
        const headers: Record<string, string> = { cookie };
        if (!SAFE.has(method)) headers['x-csrf-token'] = body.csrfToken;
        if (payload !== undefined) headers['content-type'] = 'application/json';
        const r = await fetch(base + path, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) });
        const text = await r.text();
        return { status: r.status, body: (r.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text };
      },
    };
  };
  const world: World = withSessionPool(
    { session, userId: (role) => users[role].id, sql: async (text, params) => (await pool.query(text, params as unknown[])).rows },
    CLIENTS + 1,
  );
  for (const [index, scenario] of SCENARIOS.entries()) {
    if (values.only && !scenario.name.includes(values.only)) continue;
    const result = await scenario.run(world, { clients: CLIENTS, rounds: ROUNDS, rng: seededRandom(SEED + index) });
    results.push(result);
    console.log(`${scenario.name}: ${result.ok} ok, ${result.conflicts} 409, ${result.other} other, ${result.lostUpdates} lost (${result.ms} ms)`);
    for (const p of result.problems) console.log(`  ! ${p}`);
  }
  auditProblem = await verifyAuditChain(world);
} finally {
  await app.close();
  await pool.end();
  await dropDatabase(server.adminUrl, dbName);
  await server.stop();
}

console.log(`\nConcurrency: ${CLIENTS} clients × ${ROUNDS} rounds per scenario, seed ${SEED}\n`);
console.log(formatTable(results));
const codes = new Map<string, number>();
for (const r of results) for (const [code, n] of Object.entries(r.codes)) codes.set(code, (codes.get(code) ?? 0) + n);
console.log(`\nrefusals by code: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
console.log(`audit hash chain after the run: ${auditProblem ?? 'verified'}`);
const failed = results.some((r) => r.other > 0 || r.lostUpdates > 0 || r.problems.length > 0) || auditProblem !== null;
console.log(failed ? '\nFAILED: see the problems above' : '\nOK: every answer 2xx or a documented 409 (or 404/400 for a record removed meanwhile), no update lost');
mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, '../bench-results/concurrency.json'),
  JSON.stringify({ at: new Date().toISOString(), clients: CLIENTS, rounds: ROUNDS, seed: SEED, auditChain: auditProblem ?? 'verified', results }, null, 2),
);
if (failed) process.exitCode = 1;
