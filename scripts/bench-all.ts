/**
 * Issue 8's benchmark suite, one table: `npm run bench [-- --sizes S,M,L --loads 20 --generate S,M --skip-imports --skip-submission]`
 *
 * For every scale data set (S 10k candidates, M 100k, L 1M; the databases lb_scale_s/m/l on the PostgreSQL the tests use, generated
 * when missing and listed in --generate; L is only measured once it exists, as it takes long to generate):
 *  - the server runs as its own process (`apps/api/dist/main.js`, else the TypeScript entry), as in production;
 *  - leaderboard (role and opening), candidate search, board (an opening's applications) and dashboard reports (funnel and sources
 *    for one role and for all openings): p50/p95 over HTTP next to the same service's SQL run straight on a pool, and the ratio;
 *  - requests per second of an authenticated GET (candidates list, and competencies) through the whole stack next to a bare Fastify
 *    handler in this process running the same query on its own pool, and the ratio (autocannon, 16 connections, 10 s);
 *  - the server's memory (RSS) before, during (peak) and after that load.
 * Then, each on its own fresh database: import throughput next to COPY (`bench:imports`) and scorecard submission under 50
 * concurrent clients (`bench:scorecards --size S`); their rows are quoted. Prints one table; writes bench-results/bench.json.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import Fastify from 'fastify';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { leaderboardSql } from '@loopboard/api/scorecards';
import { AnalyticsService } from '../apps/api/src/modules/analytics/analytics.service.js';
import { CandidatesService } from '../apps/api/src/modules/candidates/candidates.service.js';
import { ApplicationsService } from '../apps/api/src/modules/openings/applications.service.js';
import { freePort } from '../test/support/net.js';
import { acquirePgServer, adminQuery, databaseUrl } from '../test/support/pg-server.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'S,M,L' },
    generate: { type: 'string', default: 'S,M' },
    loads: { type: 'string', default: '20' },
    password: { type: 'string', default: 'scale-password-long' },
    'skip-imports': { type: 'boolean', default: false },
    'skip-submission': { type: 'boolean', default: false },
    'load-seconds': { type: 'string', default: '10' },
  },
});
const SIZES = values.sizes.split(',').map((s) => s.trim().toUpperCase()).filter(Boolean);
const GENERATE = new Set(values.generate.split(',').map((s) => s.trim().toUpperCase()));
const LOADS = Number(values.loads);
const LOAD_SECONDS = Number(values['load-seconds']);
const WARMUP = 3;
for (const s of SIZES) if (!['S', 'M', 'L'].includes(s)) throw new Error(`--sizes: "${s}" is not S, M or L`);
if (!Number.isInteger(LOADS) || LOADS < 1) throw new Error('--loads must be a positive integer');

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const fmt = (x: number) => `${x.toFixed(1)} ms`;

interface LatencyRow {
  size: string;
  figure: string;
  apiP50: number;
  apiP95: number;
  sqlP50: number;
  sqlP95: number;
}
interface ThroughputRow {
  size: string;
  figure: string;
  stackRps: number;
  bareRps: number;
  stackP99: number;
  bareP99: number;
}
interface MemoryRow {
  size: string;
  before: number;
  peak: number;
  after: number;
}
const latencies: LatencyRow[] = [];
const throughput: ThroughputRow[] = [];
const memory: MemoryRow[] = [];
const quoted: { source: string; figure: string; value: string }[] = [];
const dataSets: Record<string, string> = {};
const skipped: string[] = [];

function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`${command} ${args.join(' ')} exited ${code}`))));
  });
}

/** VmRSS of a process, in MiB. */
async function rss(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024;
}

async function startServer(url: string): Promise<{ child: ChildProcess; base: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const built = resolve(ROOT, 'apps/api/dist/main.js');
  const args = existsSync(built) ? [built] : ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      LOOPBOARD_DEMO_DATA: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}`);
    if (Date.now() - started > 120_000) throw new Error('server not ready after 120 s');
    try {
      if ((await fetch(`${base}/api/health/ready`)).ok) break;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    child,
    base,
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function databaseFor(adminUrl: string, size: string): Promise<string | null> {
  const name = `lb_scale_${size.toLowerCase()}`;
  const url = databaseUrl(adminUrl, name);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [name])).rowCount === 1;
  await admin.end();
  let ready = false;
  if (exists) {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      ready = (await client.query(`SELECT count(*)::int AS n FROM application`)).rows[0].n > 0;
    } catch {
      ready = false;
    } finally {
      await client.end();
    }
  }
  if (ready) return url;
  if (!GENERATE.has(size)) {
    skipped.push(`${size}: no generated data set in ${name} (run with --generate ${size}, or DATABASE_URL=${url} npm run data:generate -- --size ${size})`);
    return null;
  }
  console.log(`generating data set ${size} into ${name} …`);
  if (exists) await adminQuery(adminUrl, `DROP DATABASE ${name}`);
  await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  await run('npm', ['run', 'data:generate', '--', '--size', size, '--password', values.password], { ...process.env, DATABASE_URL: url });
  return url;
}

async function measureSize(size: string, url: string): Promise<void> {
  const pool = new pg.Pool({ connectionString: url, max: 16 });
  // The services read through `db.query` only: on a plain pool they run the very same SQL without Nest, Fastify or TypeORM.
  const direct = { query: (text: string, params?: unknown[]) => pool.query(text, params).then((r) => r.rows) };
  const plainDb = { ...direct, manager: direct } as unknown as DataSource;
  const analytics = new AnalyticsService(plainDb);
  const candidates = new CandidatesService(plainDb, undefined as never);
  const applications = new ApplicationsService(plainDb, undefined as never);
  const server = await startServer(url);
  const bare = Fastify();
  try {
    const [counts] = (
      await pool.query(
        `SELECT (SELECT count(*) FROM candidate)::int AS candidates, (SELECT count(*) FROM application)::int AS applications,
                (SELECT count(*) FROM scorecard_rating WHERE rating IS NOT NULL)::int AS ratings`,
      )
    ).rows;
    dataSets[size] = `${counts.candidates.toLocaleString('en')} candidates, ${counts.applications.toLocaleString('en')} applications, ${counts.ratings.toLocaleString('en')} ratings`;
    console.log(`\n== ${size}: ${dataSets[size]}`);

    const { rows: picked } = await pool.query<{ opening_id: string; role_id: string; manager: string; n: number }>(
      `SELECT o.id AS opening_id, o.role_id, u.email AS manager, count(*)::int AS n
         FROM opening o JOIN application a ON a.opening_id = o.id JOIN app_user u ON u.id = o.hiring_manager_id
        GROUP BY o.id, u.email ORDER BY count(*) DESC, o.id LIMIT 1`,
    );
    const { opening_id: openingId, role_id: roleId, manager } = picked[0]!;
    const signIn = async (email: string) => {
      const res = await fetch(`${server.base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: values.password }),
      });
      if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${await res.text()}`);
      return { cookie: res.headers.getSetCookie()[0]!.split(';')[0]! };
    };
    const headers = await signIn(manager);
    const { rows: names } = await pool.query<{ q: string }>(
      `SELECT family_name AS q FROM candidate WHERE erased_at IS NULL AND length(family_name) >= 3 ORDER BY id LIMIT 5`,
    );
    const searches = names.map((n) => n.q.slice(0, 5).toLowerCase()).filter((q) => q.length >= 3);

    const board = { view: 'raw' as const, sort: 'composite' as const, order: 'desc' as const, page: 1, pageSize: 25 };
    const boardQs = '?view=raw&sort=composite&order=desc&page=1&pageSize=25';
    const roleBoard = await leaderboardSql(pool, { kind: 'role', id: roleId }, roleId, board, null);
    const openingBoard = await leaderboardSql(pool, { kind: 'opening', id: openingId }, roleId, board, null);
    let i = 0;
    const search = () => searches[i++ % searches.length]!;
    const cases: { figure: string; path: () => string; sql: (path: string) => Promise<unknown> }[] = [
      { figure: 'leaderboard, one role', path: () => `/api/roles/${roleId}/leaderboard${boardQs}`, sql: () => pool.query(roleBoard.text, roleBoard.values) },
      { figure: 'leaderboard, one opening', path: () => `/api/openings/${openingId}/leaderboard${boardQs}`, sql: () => pool.query(openingBoard.text, openingBoard.values) },
      {
        figure: 'candidate search (q, 50 rows)',
        path: () => `/api/candidates?q=${encodeURIComponent(search())}`,
        sql: (path) => candidates.list({} as never, { q: new URL(path, 'http://x').searchParams.get('q')! } as never),
      },
      { figure: `board: one opening's applications (${picked[0]!.n})`, path: () => `/api/openings/${openingId}/applications`, sql: () => applications.listForOpening(openingId, {} as never) },
      { figure: 'dashboard funnel, one role', path: () => `/api/analytics/funnel?roleId=${roleId}`, sql: () => analytics.funnel({ roleId }) },
      { figure: 'dashboard sources, one role', path: () => `/api/analytics/sources?roleId=${roleId}`, sql: () => analytics.sources({ roleId }) },
      { figure: 'dashboard funnel, all openings', path: () => '/api/analytics/funnel', sql: () => analytics.funnel({}) },
      { figure: 'dashboard sources, all openings', path: () => '/api/analytics/sources', sql: () => analytics.sources({}) },
    ];
    for (const c of cases) {
      const api: number[] = [];
      const sql: number[] = [];
      for (let n = 0; n < LOADS + WARMUP; n++) {
        const path = c.path();
        let t = performance.now();
        const res = await fetch(server.base + path, { headers });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 300)}`);
        const apiMs = performance.now() - t;
        t = performance.now();
        await c.sql(path);
        const sqlMs = performance.now() - t;
        if (n >= WARMUP) {
          api.push(apiMs);
          sql.push(sqlMs);
        }
      }
      const row = { size, figure: c.figure, apiP50: quantile(api, 0.5), apiP95: quantile(api, 0.95), sqlP50: quantile(sql, 0.5), sqlP95: quantile(sql, 0.95) };
      latencies.push(row);
      console.log(`${c.figure}: API p50 ${fmt(row.apiP50)} p95 ${fmt(row.apiP95)}; SQL p50 ${fmt(row.sqlP50)} p95 ${fmt(row.sqlP95)}`);
    }

    // Requests per second: the whole stack (session guard, Nest, validation, TypeORM pool) next to a bare Fastify handler
    // running the same query on its own pool. Memory of the server process under that load.
    bare.get('/candidates', async () => candidates.list({} as never, {} as never));
    bare.get('/competencies', async () => (await pool.query('SELECT key, name, description FROM competency ORDER BY position')).rows);
    const bareBase = await bare.listen({ port: 0, host: '127.0.0.1' });
    const before = await rss(server.child.pid!);
    let peak = before;
    const sampler = setInterval(() => void rss(server.child.pid!).then((m) => (peak = Math.max(peak, m)), () => undefined), 250);
    const load = (url: string, h: Record<string, string> = {}) => autocannon({ url, headers: h, connections: 16, duration: LOAD_SECONDS });
    for (const [figure, stackPath, barePath] of [
      ['GET /api/candidates (first page of 50)', '/api/candidates', '/candidates'],
      ['GET /api/competencies', '/api/competencies', '/competencies'],
    ] as const) {
      await load(server.base + stackPath, headers); // warm-up
      const stack = await load(server.base + stackPath, headers);
      const plain = await load(bareBase + barePath);
      if (stack.non2xx || plain.non2xx || stack.errors || plain.errors) {
        throw new Error(`errors under load: stack ${stack.non2xx}/${stack.errors}, bare ${plain.non2xx}/${plain.errors}`);
      }
      throughput.push({ size, figure, stackRps: stack.requests.average, bareRps: plain.requests.average, stackP99: stack.latency.p99, bareP99: plain.latency.p99 });
      console.log(`${figure}: ${stack.requests.average.toFixed(0)} req/s vs bare ${plain.requests.average.toFixed(0)} req/s`);
    }
    clearInterval(sampler);
    await new Promise((r) => setTimeout(r, 2000));
    memory.push({ size, before, peak, after: await rss(server.child.pid!) });
  } finally {
    await bare.close();
    await server.stop();
    await pool.end();
  }
}

const pgServer = await acquirePgServer();
try {
  for (const size of SIZES) {
    const url = await databaseFor(pgServer.adminUrl, size);
    if (url) await measureSize(size, url);
  }
} finally {
  await pgServer.stop();
}

const quote = (file: string, source: string, keep: RegExp) => {
  const json = JSON.parse(readFileSync(resolve(ROOT, 'bench-results', file), 'utf8')) as { results: { figure: string; value: string }[] };
  for (const r of json.results) if (keep.test(r.figure)) quoted.push({ source, ...r });
};
if (!values['skip-imports']) {
  await run('npm', ['run', 'bench:imports']);
  quote('imports.json', 'bench:imports', /import|COPY/);
}
if (!values['skip-submission']) {
  await run('npm', ['run', 'bench:scorecards', '--', '--size', 'S']);
  quote('scorecards.json', 'bench:scorecards --size S', /submission/);
}

const lines: string[] = [];
const table = (header: string[], rows: string[][]) => {
  lines.push(`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), '');
};
lines.push('Data sets: ' + Object.entries(dataSets).map(([s, d]) => `${s} = ${d}`).join('; '), '');
table(
  ['size', 'figure', 'API p50', 'API p95', 'SQL p50', 'SQL p95', 'API/SQL p50', 'API/SQL p95'],
  latencies.map((r) => [r.size, r.figure, fmt(r.apiP50), fmt(r.apiP95), fmt(r.sqlP50), fmt(r.sqlP95), (r.apiP50 / r.sqlP50).toFixed(2), (r.apiP95 / r.sqlP95).toFixed(2)]),
);
table(
  ['size', 'authenticated GET', 'whole stack req/s', 'bare Fastify req/s', 'ratio', 'p99 stack / bare'],
  throughput.map((r) => [r.size, r.figure, r.stackRps.toFixed(0), r.bareRps.toFixed(0), (r.stackRps / r.bareRps).toFixed(2), `${r.stackP99} / ${r.bareP99} ms`]),
);
table(
  ['size', 'server RSS before load', 'peak under load', 'after load'],
  memory.map((r) => [r.size, `${r.before.toFixed(0)} MiB`, `${r.peak.toFixed(0)} MiB`, `${r.after.toFixed(0)} MiB`]),
);
if (quoted.length) table(['from', 'figure', 'value'], quoted.map((q) => [q.source, q.figure, q.value]));
if (skipped.length) lines.push(...skipped.map((s) => `not measured: ${s}`), '');
console.log(`\n${lines.join('\n')}`);
mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
writeFileSync(
  resolve(ROOT, 'bench-results/bench.json'),
  JSON.stringify({ at: new Date().toISOString(), loads: LOADS, dataSets, latencies, throughput, memory, quoted, skipped }, null, 2),
);
