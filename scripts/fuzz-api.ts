/**
 * API fuzzing from the OpenAPI document, full version (issue 8); test/api/fuzz.test.ts is the short one.
 * Starts the real API on a fresh database (one user per role), seeds a little data through the API, then
 * for every operation of GET /api/openapi.json and every caller (anonymous, admin, recruiter, hiring_manager,
 * interviewer) sends --per-op generated requests and checks each answer: no 5xx, the documented schema, the
 * error shape, the authorization matrix (test/api/authorization-matrix.json), and no ids an interviewer is not
 * assigned to. Prints a table per operation and writes bench-results/fuzz.json. Exits 1 on any finding.
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded PostgreSQL.
 *   npm run fuzz [-- --per-op 1000 --seed 1 --ops '<regex>' --sign-in-per-op N]
 * A sign-in or a new password costs an argon2 hash, so sign-in, sign-out, POST /api/users and PATCH /api/users/{userId}
 * get --sign-in-per-op requests (default: --per-op); what else is kept out, and why, is at the top of test/support/fuzz/runner.ts.
 */
import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { USER_ROLES, type UserRole } from '@loopboard/contracts';
import { createApp } from '@loopboard/api/app-factory';
import { hashPassword } from '@loopboard/api/auth';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';
import {
  describeFinding,
  Fuzzer,
  HASHING_OPERATIONS,
  type Access,
  type Caller,
  type FuzzTarget,
  type OpStats,
} from '../test/support/fuzz/runner.js';

const { values } = parseArgs({
  options: {
    'per-op': { type: 'string', default: '1000' },
    'sign-in-per-op': { type: 'string' },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    ops: { type: 'string' },
  },
});
const PER_OP = Number(values['per-op']);
const SIGN_IN_PER_OP = Number(values['sign-in-per-op'] ?? PER_OP);
const SEED = Number(values.seed);
const OPS = values.ops ? new RegExp(values.ops) : undefined;
if (!(PER_OP > 0) || !(SIGN_IN_PER_OP > 0) || !Number.isInteger(SEED))
  throw new Error('--per-op and --sign-in-per-op must be positive, --seed an integer');

const matrix = JSON.parse(readFileSync(resolve(import.meta.dirname, '../test/api/authorization-matrix.json'), 'utf8')) as Record<
  string,
  Record<Caller, Access>
>;
delete (matrix as Record<string, unknown>)['$comment'];

const server = await acquirePgServer();
const dbName = uniqueName('fuzz_api');
const url = await createDatabase(server.adminUrl, dbName);
const app = await createApp({ databaseUrl: url, embeddedDatabase: false, logLevel: process.env.LOG_LEVEL ?? 'silent', prettyLogs: false });
const pool = new pg.Pool({ connectionString: url, max: 2 });
let exitCode = 0;

try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const password = 'fuzz-password-long-enough';
  const hash = await hashPassword(password);
  const users = {} as FuzzTarget['users'];
  for (const role of USER_ROLES as readonly UserRole[]) {
    const email = `fuzz-${role.replace('_', '-')}@test.loopboard.dev`;
    const { rows } = await pool.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [
      email,
      `Fuzz ${role}`,
      role,
      hash,
    ]);
    users[role] = { id: rows[0].id, email, password };
  }
  const target: FuzzTarget = { baseUrl, users, sql: async (text, params) => (await pool.query(text, params as unknown[])).rows };
  const fuzzer = await Fuzzer.create(target, matrix);
  const ops = fuzzer.ordered(OPS);
  console.log(`fuzzing ${ops.length} operations × ${5} callers, ${PER_OP} requests each (sign-in/out ${SIGN_IN_PER_OP}), seed ${SEED}`);

  const started = performance.now();
  const stats: OpStats[] = [];
  for (const [i, op] of ops.entries()) {
    const count = HASHING_OPERATIONS.test(op.id) ? SIGN_IN_PER_OP : PER_OP;
    const t = performance.now();
    const opStats = await fuzzer.fuzzAllCallers(op, count, SEED);
    stats.push(...opStats);
    const n = opStats.reduce((s, x) => s + x.requests, 0);
    const bad = opStats.reduce(
      (s, x) => s + x.status['5xx'] + x.schemaFailures + x.errorShapeFailures + x.authorizationFailures + x.leaks,
      0,
    );
    console.log(
      `  [${i + 1}/${ops.length}] ${op.id}: ${n} requests in ${((performance.now() - t) / 1000).toFixed(1)} s${bad ? `, ${bad} FINDINGS` : ''}`,
    );
  }
  const seconds = (performance.now() - started) / 1000;

  // One row per operation (callers summed), and the totals.
  type Row = {
    op: string;
    requests: number;
    '2xx': number;
    '3xx': number;
    '4xx': number;
    '5xx': number;
    schema: number;
    errorShape: number;
    authz: number;
    leaks: number;
    preAuth: number;
    undocumented: string;
  };
  const rows: Row[] = ops.map((op) => {
    const mine = stats.filter((s) => s.op === op.id);
    const sum = (f: (s: OpStats) => number) => mine.reduce((n, s) => n + f(s), 0);
    const undocumented: Record<string, number> = {};
    for (const s of mine) for (const [k, v] of Object.entries(s.undocumentedStatuses)) undocumented[k] = (undocumented[k] ?? 0) + v;
    return {
      op: op.id,
      requests: sum((s) => s.requests),
      '2xx': sum((s) => s.status['2xx']),
      '3xx': sum((s) => s.status['3xx']),
      '4xx': sum((s) => s.status['4xx']),
      '5xx': sum((s) => s.status['5xx']),
      schema: sum((s) => s.schemaFailures),
      errorShape: sum((s) => s.errorShapeFailures),
      authz: sum((s) => s.authorizationFailures),
      leaks: sum((s) => s.leaks),
      preAuth: sum((s) => s.preAuthRefusals),
      undocumented: Object.entries(undocumented)
        .map(([k, v]) => `${k}×${v}`)
        .join(' '),
    };
  });
  const total = (k: keyof Row) => rows.reduce((n, r) => n + (r[k] as number), 0);
  const width = Math.max(...rows.map((r) => r.op.length), 10);
  console.log(
    `\n| ${'operation'.padEnd(width)} | requests | 2xx | 4xx | 5xx | schema | error shape | authz | leaks | refused pre-auth | undocumented statuses |`,
  );
  console.log(`|${'-'.repeat(width + 2)}|---------:|----:|----:|----:|-------:|------------:|------:|------:|-----------------:|------|`);
  for (const r of rows) {
    console.log(
      `| ${r.op.padEnd(width)} | ${String(r.requests).padStart(8)} | ${r['2xx']} | ${r['4xx']} | ${r['5xx']} | ${r.schema} | ${r.errorShape} | ${r.authz} | ${r.leaks} | ${r.preAuth} | ${r.undocumented} |`,
    );
  }
  console.log(
    `| ${'TOTAL'.padEnd(width)} | ${String(total('requests')).padStart(8)} | ${total('2xx')} | ${total('4xx')} | ${total('5xx')} | ${total('schema')} | ${total('errorShape')} | ${total('authz')} | ${total('leaks')} | ${total('preAuth')} | |`,
  );
  console.log(
    `\n${total('requests')} requests in ${seconds.toFixed(0)} s (${(total('requests') / seconds).toFixed(0)} requests/s), seed ${SEED}`,
  );
  if (fuzzer.findings.length) {
    exitCode = 1;
    console.log(`\n${fuzzer.findings.length} findings (replay with --seed ${SEED}${values.ops ? ` --ops '${values.ops}'` : ''}):`);
    for (const f of fuzzer.findings.slice(0, 50)) console.log(`  ${describeFinding(f)}`);
  } else console.log('no findings');

  mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
  writeFileSync(
    resolve(import.meta.dirname, '../bench-results/fuzz.json'),
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        seed: SEED,
        perOp: PER_OP,
        signInPerOp: SIGN_IN_PER_OP,
        ops: values.ops ?? null,
        seconds: Math.round(seconds),
        requestsPerSecond: Math.round(total('requests') / seconds),
        totals: {
          operations: rows.length,
          requests: total('requests'),
          '5xx': total('5xx'),
          schemaFailures: total('schema'),
          errorShapeFailures: total('errorShape'),
          authorizationFailures: total('authz'),
          leaks: total('leaks'),
          refusedBeforeAuthentication: total('preAuth'),
          undocumentedStatuses: stats.reduce((n, s) => n + Object.values(s.undocumentedStatuses).reduce((a, b) => a + b, 0), 0),
        },
        operations: rows,
        perCaller: stats.map(({ ms, ...s }) => ({ ...s, seconds: Math.round(ms) / 1000 })),
        findings: fuzzer.findings.slice(0, 200).map((f) => ({ ...f, request: { ...f.request, body: f.request.body?.slice(0, 2000) } })),
      },
      null,
      1,
    )}\n`,
  );
  console.log('written: bench-results/fuzz.json');
} finally {
  await app.close();
  await pool.end();
  await dropDatabase(server.adminUrl, dbName);
  await server.stop();
}
process.exit(exitCode);
