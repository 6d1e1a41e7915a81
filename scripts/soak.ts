/**
 * Issue 8, load and soak: the built server (apps/api/dist/main.js) as a child process on loopback,
 * a steady mixed load at a fixed rate below saturation for some minutes, as several roles:
 * candidate search and detail, the pipeline board, the leaderboard, dashboard reports, scorecard
 * draft saves, pipeline moves and candidate edits, weighted like real use. Every --window seconds
 * it prints throughput, p50/p95/p99, errors (non-2xx other than an expected 409), the server's
 * RSS (VmRSS of the child) and its live heap after the latest full GC (from --trace-gc); then a summary with the first third against the last third (latency
 * and memory slopes) and the error rate, written to bench-results/soak.json. Exits 1 on any error.
 *
 *   npm run soak [-- --minutes 5 --rate 40 --window 15 --warmup 30 --candidates 10000]
 * The first --warmup seconds run the same load unrecorded (JIT, caches, connection pool).
 *
 * Database: DATABASE_URL if set (migrated; soak users and interviews are added to it), else a fresh
 * database on TEST_DATABASE_URL / 127.0.0.1:5432 / embedded PostgreSQL, migrated and seeded with
 * generatePipelineData (--candidates, default 10k = size S), dropped at the end.
 * Build first if apps/api/dist/main.js is missing: npx nx run-many -t build --projects=api,web
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { hashPassword } from '@loopboard/api/auth';
import { dataSourceOptions } from '@loopboard/api/database';
import { generatePipelineData } from '@loopboard/api/demo';
import { freePort } from '../test/support/net.js';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName, type PgServer } from '../test/support/pg-server.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '5' },
    rate: { type: 'string', default: '40' },
    window: { type: 'string', default: '15' },
    candidates: { type: 'string', default: '10000' },
    'max-in-flight': { type: 'string', default: '64' },
    warmup: { type: 'string', default: '30' },
  },
});
const MINUTES = Number(values.minutes);
const RATE = Number(values.rate);
const WINDOW_S = Number(values.window);
const CANDIDATES = Number(values.candidates);
const MAX_IN_FLIGHT = Number(values['max-in-flight']);
const WARMUP_S = Number(values.warmup);
if (!(MINUTES > 0 && RATE > 0 && WINDOW_S >= 1 && CANDIDATES >= 100)) throw new Error('bad --minutes / --rate / --window / --candidates');

const ROOT = resolve(import.meta.dirname, '..');
const MAIN = resolve(ROOT, 'apps/api/dist/main.js');
if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build it with npx nx run-many -t build --projects=api,web`);
const PASSWORD = 'soak-password-long-enough';
const TAG = 'soak';
const log = (line: string) => console.log(`[soak ${new Date().toISOString().slice(11, 19)}] ${line}`);

// ---- database ----
let server: PgServer | undefined;
let dbName: string | undefined;
let url = process.env.DATABASE_URL;
let child: ChildProcess | undefined;
let exitCode = 0;
/** Live heap (MB) after the latest full GC of the server, from its --trace-gc output; NaN until the first one. */
let heapAfterFullGc = NaN;
let fullGcs = 0;

const quantile = (xs: number[], q: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]! : NaN);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

function rssKb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
}

try {
  if (!url) {
    server = await acquirePgServer();
    dbName = uniqueName('load_soak');
    url = await createDatabase(server.adminUrl, dbName);
    log(`fresh database ${dbName} on ${server.kind}`);
  } else log('database from DATABASE_URL');
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations();
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  const hash = await hashPassword(PASSWORD);
  const upsertUser = async (email: string, role: string, name: string) =>
    (
      await pool.query<{ id: string }>(
        `INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash, active = true RETURNING id`,
        [email, name, role, hash],
      )
    ).rows[0]!.id;
  const users = {
    admin: await upsertUser(`soak-admin@${TAG}.loopboard.dev`, 'admin', 'Soak Admin'),
    recruiter: await upsertUser(`soak-recruiter@${TAG}.loopboard.dev`, 'recruiter', 'Soak Recruiter'),
    manager: await upsertUser(`soak-manager@${TAG}.loopboard.dev`, 'hiring_manager', 'Soak Manager'),
    interviewers: [] as string[],
  };
  for (let i = 1; i <= 4; i++) users.interviewers.push(await upsertUser(`soak-interviewer-${i}@${TAG}.loopboard.dev`, 'interviewer', `Soak Interviewer ${i}`));

  const { rows: have } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM candidate`);
  if (have[0]!.n < CANDIDATES / 2) {
    log(`generating ${CANDIDATES.toLocaleString('en')} candidates with their pipeline…`);
    const runner = ds.createQueryRunner();
    const counts = await generatePipelineData(runner, {
      candidates: CANDIDATES,
      tag: `${TAG}-data`,
      passwordHash: hash,
      hiringManagerId: users.manager,
      teamInterviewerIds: users.interviewers,
    }).finally(() => runner.release());
    log(`generated ${counts.candidates} candidates, ${counts.applications} applications, ${counts.scorecards} scorecards in ${counts.seconds.toFixed(1)} s`);
  } else log(`${have[0]!.n.toLocaleString('en')} candidates there already`);
  await ds.destroy();

  // The soak recruiter works on every opening; the soak interviewers get fresh interviews to draft on.
  await pool.query(
    `INSERT INTO opening_member (opening_id, kind, user_id, position)
     SELECT id, 'recruiter', $1, 99 FROM opening ON CONFLICT DO NOTHING`,
    [users.recruiter],
  );
  await pool.query(
    `INSERT INTO opening_member (opening_id, kind, user_id, position)
     SELECT o.id, 'interviewer', u.id, 90 + u.ord FROM opening o CROSS JOIN unnest($1::uuid[]) WITH ORDINALITY AS u(id, ord) ON CONFLICT DO NOTHING`,
    [users.interviewers],
  );
  const { rows: drafts } = await pool.query<{ interview_id: string; interviewer_id: string; focus: string[] }>(
    `WITH picked AS (
       SELECT a.id AS application_id, a.current_stage_id,
              (SELECT interview_type_key FROM opening_stage_type WHERE stage_id = a.current_stage_id ORDER BY position LIMIT 1) AS type_key,
              ($1::uuid[])[1 + (row_number() OVER (ORDER BY md5(a.id::text)))::int % cardinality($1::uuid[])] AS interviewer_id
         FROM application a WHERE a.status = 'active' ORDER BY md5(a.id::text) LIMIT 400),
     iv AS (
       INSERT INTO interview (application_id, stage_id, interview_type_key, starts_at, duration_minutes, scorecard_due_at, status)
       SELECT application_id, current_stage_id, type_key, now() - interval '2 hours', 60, now() + interval '1 day', 'scheduled'
         FROM picked RETURNING id, application_id, interview_type_key)
     SELECT iv.id AS interview_id, p.interviewer_id,
            (SELECT array_agg(competency_key ORDER BY position) FROM interview_type_competency WHERE interview_type_key = iv.interview_type_key) AS focus
       FROM iv JOIN picked p ON p.application_id = iv.application_id`,
    [users.interviewers],
  );
  await pool.query(
    `INSERT INTO interview_interviewer (interview_id, user_id, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
    [drafts.map((d) => d.interview_id), drafts.map((d) => d.interviewer_id), drafts.map(() => 0)],
  );
  const { rows: openings } = await pool.query<{ id: string; role_id: string; stages: string[] }>(
    `SELECT o.id, o.role_id, array_agg(s.id ORDER BY s.position) AS stages
       FROM opening o JOIN opening_stage s ON s.opening_id = o.id AND s.removed_at IS NULL
      WHERE o.hiring_manager_id = $1 GROUP BY o.id ORDER BY o.id`,
    [users.manager],
  );
  const { rows: apps } = await pool.query<{ id: string; opening_id: string; current_stage_id: string }>(
    `SELECT id, opening_id, current_stage_id FROM application WHERE status = 'active' AND opening_id = ANY($1::uuid[]) ORDER BY md5(id::text) LIMIT 600`,
    [openings.map((o) => o.id)],
  );
  const { rows: candidates } = await pool.query<{ id: string; version: number; family: string }>(
    `SELECT id, version, split_part(display_name, ' ', 2) AS family FROM candidate WHERE erased_at IS NULL ORDER BY md5(id::text) LIMIT 600`,
  );
  await pool.end();
  if (!openings.length || !apps.length || !drafts.length) throw new Error('the data set has no openings, applications or interviews to load');

  // ---- the server ----
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // --trace-gc: the server exposes no heap figure, so the live heap after each full (mark-compact) GC is read from its trace.
  child = spawn(process.execPath, ['--trace-gc', MAIN], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', LOOPBOARD_DEMO_DATA: 'false', NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      const gc = /Mark-Compact[^>]*->\s*([\d.]+)\s*\(/.exec(line);
      if (gc) {
        heapAfterFullGc = Number(gc[1]);
        fullGcs++;
      } else if (!/Scavenge|Mark-Compact|Minor|MinorMS/.test(line)) console.log(line);
    }
  });
  const pid = child.pid!;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const ok = await fetch(`${base}/api/health`).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() - started > 120_000) throw new Error('the server did not answer /api/health within 2 minutes');
    await new Promise((r) => setTimeout(r, 250));
  }
  log(`server pid ${pid} on ${base}, RSS ${(rssKb(pid) / 1024).toFixed(0)} MB`);

  const signIn = async (email: string) => {
    const res = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    const body = (await res.json()) as { csrfToken: string };
    if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${JSON.stringify(body)}`);
    return { cookie: res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '), csrf: body.csrfToken };
  };
  const sessions = {
    admin: await signIn(`soak-admin@${TAG}.loopboard.dev`),
    recruiter: await signIn(`soak-recruiter@${TAG}.loopboard.dev`),
    manager: await signIn(`soak-manager@${TAG}.loopboard.dev`),
    interviewers: new Map<string, { cookie: string; csrf: string }>(),
  };
  for (let i = 1; i <= 4; i++) sessions.interviewers.set(users.interviewers[i - 1]!, await signIn(`soak-interviewer-${i}@${TAG}.loopboard.dev`));

  type Session = { cookie: string; csrf: string };
  type Answer = { status: number; body: any };
  const call = async (s: Session, method: string, path: string, payload?: unknown): Promise<Answer> => {
    const headers: Record<string, string> = { cookie: s.cookie };
    if (method !== 'GET') headers['x-csrf-token'] = s.csrf;
    if (payload !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(base + path, { method, headers, body: payload === undefined ? undefined : JSON.stringify(payload) });
    const text = await res.text();
    return { status: res.status, body: text && (res.headers.get('content-type') ?? '').includes('json') ? JSON.parse(text) : text };
  };

  // Client-side state of the writing operations, as a browser would hold it.
  const openingStages = new Map(openings.map((o) => [o.id, o.stages]));
  const appState = new Map(apps.map((a) => [a.id, { opening: a.opening_id, stage: a.current_stage_id }]));
  const appIds = [...appState.keys()];
  const candidateVersion = new Map(candidates.map((c) => [c.id, c.version]));
  const candidateIds = [...candidateVersion.keys()];
  const families = [...new Set(candidates.map((c) => c.family).filter(Boolean))];
  const draftVersion = new Map(drafts.map((d) => [d.interview_id, 0]));
  const draftBusy = new Set<string>();
  let seq = 0;
  const rnd = <T>(xs: readonly T[]) => xs[Math.floor(Math.random() * xs.length)]!;

  type Op = { name: string; weight: number; write: boolean; run: () => Promise<Answer> };
  const ops: Op[] = [
    { name: 'candidate search', weight: 20, write: false, run: () => call(sessions.recruiter, 'GET', `/api/candidates?q=${encodeURIComponent(rnd(families))}&limit=25`) },
    { name: 'candidate list', weight: 8, write: false, run: () => call(sessions.recruiter, 'GET', `/api/candidates?limit=50`) },
    { name: 'candidate detail', weight: 10, write: false, run: () => call(sessions.recruiter, 'GET', `/api/candidates/${rnd(candidateIds)}`) },
    { name: 'board', weight: 15, write: false, run: () => call(sessions.recruiter, 'GET', `/api/openings/${rnd(openings).id}/applications`) },
    { name: 'leaderboard', weight: 12, write: false, run: () => call(sessions.manager, 'GET', `/api/openings/${rnd(openings).id}/leaderboard?sort=composite&order=desc&pageSize=25`) },
    {
      name: 'dashboard reports',
      weight: 8,
      write: false,
      run: () => {
        const o = rnd(openings);
        const path = rnd([`/api/analytics/funnel?openingId=${o.id}`, `/api/analytics/sources?roleId=${o.role_id}`, `/api/analytics/forecast?openingId=${o.id}`]);
        return call(sessions.manager, 'GET', path);
      },
    },
    {
      name: 'scorecard draft save',
      weight: 10,
      write: true,
      run: async () => {
        const d = rnd(drafts.filter((x) => !draftBusy.has(x.interview_id)));
        draftBusy.add(d.interview_id);
        try {
          const version = draftVersion.get(d.interview_id)!;
          const ratings = d.focus.map((competency) => ({ competency, rating: 1 + Math.floor(Math.random() * 4), evidence: `Soak evidence ${++seq}` }));
          const res = await call(sessions.interviewers.get(d.interviewer_id)!, 'PUT', `/api/interviews/${d.interview_id}/scorecard`, {
            version,
            ratings,
            recommendation: rnd(['no', 'yes', 'strong_yes']),
          });
          if (res.status === 200) draftVersion.set(d.interview_id, res.body.version);
          return res;
        } finally {
          draftBusy.delete(d.interview_id);
        }
      },
    },
    {
      name: 'pipeline move',
      weight: 10,
      write: true,
      run: async () => {
        const id = rnd(appIds);
        const state = appState.get(id)!;
        const to = rnd(openingStages.get(state.opening)!.filter((s) => s !== state.stage));
        const res = await call(sessions.recruiter, 'POST', `/api/applications/${id}/move`, { fromStageId: state.stage, toStageId: to });
        if (res.status === 200) state.stage = res.body.currentStage.id;
        else if (res.status === 409 && res.body.current) state.stage = res.body.current.currentStage.id;
        return res;
      },
    },
    {
      name: 'candidate edit',
      weight: 7,
      write: true,
      run: async () => {
        const id = rnd(candidateIds);
        const res = await call(sessions.recruiter, 'PATCH', `/api/candidates/${id}`, { version: candidateVersion.get(id), notes: `Soak note ${++seq}` });
        if (res.status === 200) candidateVersion.set(id, res.body.version);
        else if (res.status === 409 && typeof res.body.currentVersion === 'number') candidateVersion.set(id, res.body.currentVersion);
        return res;
      },
    },
  ];
  const totalWeight = ops.reduce((a, o) => a + o.weight, 0);
  const chooseOp = () => {
    let x = Math.random() * totalWeight;
    for (const op of ops) if ((x -= op.weight) < 0) return op;
    return ops[ops.length - 1]!;
  };

  // ---- the load: open loop at a fixed rate (a slow answer does not slow the arrivals) ----
  interface Sample {
    op: string;
    ms: number;
    status: number;
  }
  interface WindowRow {
    window: number;
    endsAtS: number;
    requests: number;
    perSecond: number;
    p50: number;
    p95: number;
    p99: number;
    conflicts: number;
    errors: number;
    skipped: number;
    rssMb: number;
    heapMb: number;
    fullGcs: number;
    load1: number;
  }
  let current: Sample[] = [];
  const all: Sample[] = [];
  const errorsSeen: string[] = [];
  let inFlight = 0;
  let skipped = 0;
  const rows: WindowRow[] = [];
  const fire = () => {
    if (inFlight >= MAX_IN_FLIGHT) {
      skipped++;
      return;
    }
    const op = chooseOp();
    inFlight++;
    const t = performance.now();
    op.run()
      .then(
        (res) => ({ status: res.status, body: res.body }),
        (error: Error) => ({ status: 0, body: error.message }),
      )
      .then((res) => {
        const sample = { op: op.name, ms: performance.now() - t, status: res.status };
        current.push(sample);
        all.push(sample);
        const expected = res.status >= 200 && res.status < 300 ? true : op.write && res.status === 409;
        if (!expected && errorsSeen.length < 20) errorsSeen.push(`${op.name}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      })
      .finally(() => inFlight--);
  };

  const interval = 1000 / RATE;
  /** Fires at the fixed rate for `ms`, calling `tick` after each arrival. */
  const runFor = async (ms: number, tick: (elapsed: number) => void) => {
    const start = performance.now();
    for (let fired = 0; performance.now() - start < ms; fired++) {
      const wait = start + fired * interval - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      fire();
      tick(performance.now() - start);
    }
  };
  const warmupErrors: string[] = [];
  if (WARMUP_S > 0) {
    log(`warm-up: ${WARMUP_S} s at ${RATE} req/s, not recorded`);
    await runFor(WARMUP_S * 1000, () => undefined);
    while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));
    current = [];
    all.length = 0;
    warmupErrors.push(...errorsSeen.splice(0).map((e) => `warm-up: ${e}`));
    skipped = 0;
  }
  const rssBefore = rssKb(pid) / 1024;
  log(`load: ${RATE} req/s for ${MINUTES} min, windows of ${WINDOW_S} s, at most ${MAX_IN_FLIGHT} in flight; load average ${loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  console.log(`\n| window | t (s) | req | req/s | p50 ms | p95 ms | p99 ms | 409 | errors | skipped | RSS MB | heap MB after full GC | full GCs | load1 |`);
  console.log(`|-------:|------:|----:|------:|-------:|-------:|-------:|----:|-------:|--------:|-------:|------:|------:|------:|`);
  const t0 = performance.now();
  let nextWindow = WINDOW_S * 1000;
  let skippedAtWindow = 0;
  let gcsAtWindow = fullGcs;
  const isError = (s: Sample) => !(s.status >= 200 && s.status < 300) && !(s.status === 409 && ops.find((o) => o.name === s.op)!.write);
  const closeWindow = () => {
    const samples = current;
    current = [];
    const ms = samples.map((s) => s.ms);
    const row: WindowRow = {
      window: rows.length + 1,
      endsAtS: Math.round((performance.now() - t0) / 1000),
      requests: samples.length,
      perSecond: samples.length / WINDOW_S,
      p50: quantile(ms, 0.5),
      p95: quantile(ms, 0.95),
      p99: quantile(ms, 0.99),
      conflicts: samples.filter((s) => s.status === 409).length,
      errors: samples.filter(isError).length,
      skipped: skipped - skippedAtWindow,
      rssMb: rssKb(pid) / 1024,
      heapMb: heapAfterFullGc,
      fullGcs: fullGcs - gcsAtWindow,
      load1: loadavg()[0]!,
    };
    skippedAtWindow = skipped;
    gcsAtWindow = fullGcs;
    rows.push(row);
    console.log(
      `| ${row.window} | ${row.endsAtS} | ${row.requests} | ${row.perSecond.toFixed(1)} | ${row.p50.toFixed(1)} | ${row.p95.toFixed(1)} | ${row.p99.toFixed(1)} | ${row.conflicts} | ${row.errors} | ${row.skipped} | ${row.rssMb.toFixed(0)} | ${row.heapMb.toFixed(1)} | ${row.fullGcs} | ${row.load1.toFixed(2)} |`,
    );
  };
  await runFor(MINUTES * 60_000, (elapsed) => {
    if (elapsed >= nextWindow) {
      closeWindow();
      nextWindow += WINDOW_S * 1000;
    }
  });
  // The answers still in flight count in the totals, not in a short last window.
  while (inFlight > 0) await new Promise((r) => setTimeout(r, 20));

  // ---- summary ----
  const third = Math.max(1, Math.floor(rows.length / 3));
  const first = rows.slice(0, third);
  const last = rows.slice(-third);
  const slope = (f: (r: WindowRow) => number) => {
    const a = mean(first.map(f));
    const b = mean(last.map(f));
    return { first: a, last: b, changePercent: ((b - a) / a) * 100 };
  };
  const total = all.length;
  const errors = all.filter(isError).length;
  const conflicts = all.filter((s) => s.status === 409).length;
  const perOp = ops.map((op) => {
    const ms = all.filter((s) => s.op === op.name).map((s) => s.ms);
    return { op: op.name, weight: op.weight, requests: ms.length, p50: quantile(ms, 0.5), p95: quantile(ms, 0.95), p99: quantile(ms, 0.99) };
  });
  const summary = {
    requests: total,
    seconds: (performance.now() - t0) / 1000,
    warmupSeconds: WARMUP_S,
    targetRate: RATE,
    achievedRate: total / ((performance.now() - t0) / 1000),
    errors,
    errorRate: total ? errors / total : 0,
    expectedConflicts: conflicts,
    skippedForSaturation: skipped,
    p50: quantile(all.map((s) => s.ms), 0.5),
    p95: quantile(all.map((s) => s.ms), 0.95),
    p99: quantile(all.map((s) => s.ms), 0.99),
    p50Slope: slope((r) => r.p50),
    p95Slope: slope((r) => r.p95),
    rssSlope: slope((r) => r.rssMb),
    heapAfterFullGcSlope: slope((r) => r.heapMb),
    rssBeforeLoadMb: rssBefore,
    loadAverageEnd: loadavg(),
  };
  console.log(`\n| operation | weight | requests | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|`);
  for (const o of perOp) console.log(`| ${o.op} | ${o.weight} | ${o.requests} | ${o.p50.toFixed(1)} | ${o.p95.toFixed(1)} | ${o.p99.toFixed(1)} |`);
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${x.toFixed(1)} %`;
  console.log(`\n| figure | value |\n|---|---|`);
  console.log(`| requests | ${total} in ${summary.seconds.toFixed(0)} s (${summary.achievedRate.toFixed(1)} req/s, target ${RATE}) |`);
  console.log(`| errors (non-2xx other than an expected 409 on a write) | ${errors} (${(summary.errorRate * 100).toFixed(3)} %) |`);
  console.log(`| expected 409s (writes on a record changed meanwhile) | ${conflicts} |`);
  console.log(`| arrivals skipped (more than ${MAX_IN_FLIGHT} in flight) | ${skipped} |`);
  console.log(`| latency overall | p50 ${summary.p50.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms, p99 ${summary.p99.toFixed(1)} ms |`);
  console.log(`| p50, first third → last third | ${summary.p50Slope.first.toFixed(1)} → ${summary.p50Slope.last.toFixed(1)} ms (${pct(summary.p50Slope.changePercent)}) |`);
  console.log(`| p95, first third → last third | ${summary.p95Slope.first.toFixed(1)} → ${summary.p95Slope.last.toFixed(1)} ms (${pct(summary.p95Slope.changePercent)}) |`);
  console.log(`| server RSS, first third → last third | ${summary.rssSlope.first.toFixed(0)} → ${summary.rssSlope.last.toFixed(0)} MB (${pct(summary.rssSlope.changePercent)}); ${rssBefore.toFixed(0)} MB before the load |`);
  console.log(
    `| server heap after a full GC, first third → last third | ${summary.heapAfterFullGcSlope.first.toFixed(1)} → ${summary.heapAfterFullGcSlope.last.toFixed(1)} MB (${pct(summary.heapAfterFullGcSlope.changePercent)}) |`,
  );
  console.log(`| load average at the end (1/5/15 min, 2 cores) | ${summary.loadAverageEnd.map((x) => x.toFixed(2)).join(' / ')} |`);
  for (const e of [...warmupErrors, ...errorsSeen]) console.log(`  ! ${e}`);
  mkdirSync(resolve(ROOT, 'bench-results'), { recursive: true });
  writeFileSync(
    resolve(ROOT, 'bench-results/soak.json'),
    JSON.stringify({ at: new Date().toISOString(), minutes: MINUTES, rate: RATE, windowSeconds: WINDOW_S, candidates: CANDIDATES, summary, perOp, windows: rows, errors: [...warmupErrors, ...errorsSeen] }, null, 2),
  );
  if (errors > 0 || warmupErrors.length > 0) exitCode = 1;
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 30_000))]);
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  if (server && dbName) {
    await dropDatabase(server.adminUrl, dbName);
    await server.stop();
  }
}
process.exit(exitCode);
