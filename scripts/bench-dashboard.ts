/**
 * Issue 7's figures: p50/p95 of every hiring-manager dashboard endpoint at the 100k-candidate data set,
 * for one opening, one role and all openings, next to the same SQL run straight on the database (the
 * report's services on a plain pg pool, no HTTP) and their ratio. On a fresh database unless --url names
 * an existing, already generated one (kept as it is: nothing is dropped).
 *   npm run bench:dashboard [-- --size S|M|L --loads 30 --url postgres://…]
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded PostgreSQL. Writes bench-results/dashboard.json.
 */
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createApp } from '@loopboard/api/app-factory';
import { hashPassword } from '@loopboard/api/auth';
import { generatePipelineData, SCALE_SIZES, type ScaleSize } from '@loopboard/api/demo';
import { leaderboardSql } from '@loopboard/api/scorecards';
import { DataSource } from 'typeorm';
import { AdverseImpactService } from '../apps/api/src/modules/analytics/adverse-impact.service.js';
import { AnalyticsService } from '../apps/api/src/modules/analytics/analytics.service.js';
import { ScoresService } from '../apps/api/src/modules/scorecards/scores.service.js';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    loads: { type: 'string', default: '30' },
    url: { type: 'string' },
  },
});
const SIZE = values.size as ScaleSize;
if (!(SIZE in SCALE_SIZES)) throw new Error(`--size must be one of ${Object.keys(SCALE_SIZES).join(', ')}`);
const LOADS = Number(values.loads);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error('--loads must be a positive integer');
const WARMUP = 3;

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

interface Row {
  endpoint: string;
  scope: string;
  apiP50: number;
  apiP95: number;
  sqlP50: number | null;
  sqlP95: number | null;
}
const rows: Row[] = [];

const server = values.url ? null : await acquirePgServer();
const dbName = uniqueName('loopboard_benchdash');
const url = values.url ?? (await createDatabase(server!.adminUrl, dbName));
const app = await createApp({ databaseUrl: url, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false });
const pool = new pg.Pool({ connectionString: url, max: 8 });
// The services read through `db.query` and `db.manager.query` only: on a plain pool they run the very
// same SQL without Nest, Fastify or TypeORM in between.
const direct = { query: (text: string, params?: unknown[]) => pool.query(text, params).then((r) => r.rows) };
const plainDb = { ...direct, manager: direct } as unknown as DataSource;
const analytics = new AnalyticsService(plainDb);
const adverse = new AdverseImpactService(plainDb, undefined as never);
const scores = new ScoresService(plainDb);
let dataSet = '';

try {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const password = 'bench-password-long';
  const passwordHash = await hashPassword(password);

  if (!values.url) {
    const runner = app.get(DataSource).createQueryRunner();
    const counts = await generatePipelineData(runner, {
      candidates: SCALE_SIZES[SIZE].candidates,
      tag: 'scale',
      passwordHash,
      log: (line) => console.log(line),
    }).finally(() => runner.release());
    console.log(`generated in ${counts.seconds.toFixed(1)} s`);
  }
  const [size] = (
    await pool.query<{ candidates: number; applications: number; ratings: number; events: number; interviews: number }>(
      `SELECT (SELECT count(*) FROM candidate)::int AS candidates, (SELECT count(*) FROM application)::int AS applications,
              (SELECT count(*) FROM scorecard_rating WHERE rating IS NOT NULL)::int AS ratings,
              (SELECT count(*) FROM application_event)::int AS events, (SELECT count(*) FROM interview)::int AS interviews`,
    )
  ).rows;
  dataSet = `${values.url ? 'existing database' : `size ${SIZE}`}: ${size!.candidates.toLocaleString('en')} candidates, ${size!.applications.toLocaleString('en')} applications, ${size!.events.toLocaleString('en')} pipeline events, ${size!.interviews.toLocaleString('en')} interviews, ${size!.ratings.toLocaleString('en')} ratings`;
  console.log(dataSet);

  // The opening with the most applications, its role and its hiring manager; a bench admin (their password known).
  const { rows: picked } = await pool.query<{ opening_id: string; role_id: string; manager_id: string; applications: number }>(
    `SELECT o.id AS opening_id, o.role_id, o.hiring_manager_id AS manager_id, count(*)::int AS applications
       FROM opening o JOIN application a ON a.opening_id = o.id
      WHERE o.hiring_manager_id IS NOT NULL
      GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1`,
  );
  const { opening_id: openingId, role_id: roleId, manager_id: managerId } = picked[0]!;
  const adminEmail = `bench-admin-${Date.now()}@bench.loopboard.dev`;
  // The opening's own manager signs in with a known password: a copy of them would not be its manager.
  await pool.query(`UPDATE app_user SET password_hash = $2 WHERE id = $1`, [managerId, passwordHash]);
  const [{ email: managerLogin }] = (await pool.query<{ email: string }>(`SELECT email FROM app_user WHERE id = $1`, [managerId])).rows as [
    { email: string },
  ];
  await pool.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, 'Bench admin', 'admin', $2)`, [
    adminEmail,
    passwordHash,
  ]);

  const signIn = async (email: string) => {
    const res = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${await res.text()}`);
    const session = (await res.json()) as { csrfToken: string };
    return { cookie: res.headers.getSetCookie()[0]!.split(';')[0]!, 'x-csrf-token': session.csrfToken };
  };
  const manager = await signIn(managerLogin);
  const admin = await signIn(adminEmail);

  type Scope = { label: string; query: Record<string, string> };
  const scopes: Scope[] = [
    { label: 'one opening', query: { openingId } },
    { label: 'one role', query: { roleId } },
    { label: 'all openings', query: {} },
  ];
  const qs = (q: Record<string, string>) => (Object.keys(q).length ? `?${new URLSearchParams(q).toString()}` : '');

  interface Case {
    endpoint: string;
    scope: string;
    path: string;
    headers: Record<string, string>;
    sql?: () => Promise<unknown>;
  }
  const cases: Case[] = [];
  for (const s of scopes) {
    const q = s.query;
    cases.push(
      {
        endpoint: 'GET /analytics/funnel',
        scope: s.label,
        path: `/api/analytics/funnel${qs(q)}`,
        headers: manager,
        sql: () => analytics.funnel(q),
      },
      {
        endpoint: 'GET /analytics/sources',
        scope: s.label,
        path: `/api/analytics/sources${qs(q)}`,
        headers: manager,
        sql: () => analytics.sources(q),
      },
      {
        endpoint: 'GET /analytics/interviewer-load',
        scope: s.label,
        path: `/api/analytics/interviewer-load${qs(q)}`,
        headers: manager,
        sql: () => analytics.interviewerLoad(q),
      },
      {
        endpoint: 'GET /analytics/adverse-impact (admin)',
        scope: s.label,
        path: `/api/analytics/adverse-impact${qs(q)}`,
        headers: admin,
        sql: () => adverse.report(q),
      },
    );
  }
  cases.push({
    endpoint: 'GET /analytics/forecast',
    scope: 'one opening',
    path: `/api/analytics/forecast?openingId=${openingId}`,
    headers: manager,
    sql: () => analytics.forecast({ openingId }),
  });
  for (const [label, q] of [
    ['one role', { roleId }],
    ['all openings', {}],
  ] as const) {
    cases.push({
      endpoint: 'GET /calibration/interviewers',
      scope: label,
      path: `/api/calibration/interviewers${qs(q)}`,
      headers: manager,
      sql: () => scores.calibrationReport('roleId' in q ? q.roleId : undefined),
    });
  }
  const board = { view: 'raw' as const, sort: 'composite' as const, order: 'desc' as const, page: 1, pageSize: 25 };
  const boardQs = `?view=raw&sort=composite&order=desc&page=1&pageSize=25`;
  const openingBoard = await leaderboardSql(pool, { kind: 'opening', id: openingId }, roleId, board, null);
  const roleBoard = await leaderboardSql(pool, { kind: 'role', id: roleId }, roleId, board, null);
  cases.push(
    {
      endpoint: 'GET /openings/:id/leaderboard',
      scope: 'one opening',
      path: `/api/openings/${openingId}/leaderboard${boardQs}`,
      headers: manager,
      sql: () => pool.query(openingBoard.text, openingBoard.values),
    },
    {
      endpoint: 'GET /roles/:id/leaderboard',
      scope: 'one role',
      path: `/api/roles/${roleId}/leaderboard${boardQs}`,
      headers: manager,
      sql: () => pool.query(roleBoard.text, roleBoard.values),
    },
  );

  for (const c of cases) {
    const apiTimes: number[] = [];
    const sqlTimes: number[] = [];
    for (let i = 0; i < LOADS + WARMUP; i++) {
      let t = performance.now();
      const res = await fetch(base + c.path, { headers: c.headers });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${c.path}: ${res.status} ${body}`);
      const apiMs = performance.now() - t;
      let sqlMs = NaN;
      if (c.sql) {
        t = performance.now();
        await c.sql();
        sqlMs = performance.now() - t;
      }
      if (i >= WARMUP) {
        apiTimes.push(apiMs);
        if (c.sql) sqlTimes.push(sqlMs);
      }
    }
    const row: Row = {
      endpoint: c.endpoint,
      scope: c.scope,
      apiP50: quantile(apiTimes, 0.5),
      apiP95: quantile(apiTimes, 0.95),
      sqlP50: sqlTimes.length ? quantile(sqlTimes, 0.5) : null,
      sqlP95: sqlTimes.length ? quantile(sqlTimes, 0.95) : null,
    };
    rows.push(row);
    console.log(`${c.endpoint} [${c.scope}]: p50 ${ms(row.apiP50)}, p95 ${ms(row.apiP95)}`);
  }
} finally {
  await app.close();
  await pool.end();
  if (server) {
    await dropDatabase(server.adminUrl, dbName);
    await server.stop();
  }
}

const header = ['endpoint', 'scope', 'API p50', 'API p95', 'SQL p50', 'SQL p95', 'API/SQL p50'];
const table = rows.map((r) => [
  r.endpoint,
  r.scope,
  ms(r.apiP50),
  ms(r.apiP95),
  r.sqlP50 === null ? '-' : ms(r.sqlP50),
  r.sqlP95 === null ? '-' : ms(r.sqlP95),
  r.sqlP50 === null ? '-' : (r.apiP50 / r.sqlP50).toFixed(2),
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ');
console.log(`\nData set: ${dataSet}; ${LOADS} loads each (after ${WARMUP} warm-up loads), default date range (the last 180 days)`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of table) console.log(line(r));
mkdirSync(resolve(import.meta.dirname, '../bench-results'), { recursive: true });
writeFileSync(
  resolve(import.meta.dirname, '../bench-results/dashboard.json'),
  JSON.stringify({ at: new Date().toISOString(), dataSet, loads: LOADS, results: rows }, null, 2),
);
