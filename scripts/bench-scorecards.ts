/**
 * Issue 6's figures, in one run on a fresh database:
 *   - the data set: the scale generator at size M (100k candidates, ~1M ratings) unless --size says otherwise;
 *   - the role-weighted leaderboard of one role: p50/p95 of GET /api/roles/:roleId/leaderboard (raw and
 *     calibrated) next to the same SQL run straight on the database, and their ratio;
 *   - scorecard submission: 50 interviewers, each with 10 completed drafts, submit them at once over HTTP
 *     (50 concurrent clients); p50/p95/max of a submission, and a check that every one landed exactly once.
 * Uses TEST_DATABASE_URL, else 127.0.0.1:5432, else the embedded PostgreSQL.
 *   npm run bench:scorecards [-- --size S|M|L --loads 50 --clients 50 --per-client 10]
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
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: 'M' },
    loads: { type: 'string', default: '50' },
    clients: { type: 'string', default: '50' },
    'per-client': { type: 'string', default: '10' },
  },
});
const SIZE = values.size as ScaleSize;
if (!(SIZE in SCALE_SIZES)) throw new Error(`--size must be one of ${Object.keys(SCALE_SIZES).join(', ')}`);
const LOADS = Number(values.loads);
const CLIENTS = Number(values.clients);
const PER_CLIENT = Number(values['per-client']);

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;
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

  const runner = app.get(DataSource).createQueryRunner();
  const counts = await generatePipelineData(runner, {
    candidates: SCALE_SIZES[SIZE].candidates,
    tag: 'scale',
    // At least one interviewer per concurrent client of the submission run.
    interviewers: Math.max(CLIENTS, Math.round(SCALE_SIZES[SIZE].candidates / 500)),
    passwordHash: await hashPassword(password),
    log: (line) => console.log(line),
  }).finally(() => runner.release());
  results.push({
    figure: `data set ${SIZE}: generated in one transaction`,
    value: `${counts.candidates.toLocaleString('en')} candidates, ${counts.applications.toLocaleString('en')} applications, ${counts.scorecards.toLocaleString('en')} scorecards, ${counts.ratings.toLocaleString('en')} ratings, ${counts.interviewers} interviewers in ${counts.seconds.toFixed(1)} s`,
  });

  const signIn = async (email: string) => {
    const res = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (res.status !== 200) throw new Error(`sign-in ${email}: ${res.status} ${await res.text()}`);
    const session = (await res.json()) as { csrfToken: string };
    return { cookie: res.headers.getSetCookie()[0]!.split(';')[0]!, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' };
  };

  // 1. The leaderboard of the role with the most ratings, as its hiring manager, next to its SQL.
  const { rows: roles } = await pool.query<{ id: string; name: string; ratings: number; applications: number; manager: string }>(
    `SELECT r.id, r.name,
            (SELECT count(*) FROM application a JOIN opening o ON o.id = a.opening_id WHERE o.role_id = r.id)::int AS applications,
            (SELECT count(*) FROM scorecard_rating sr JOIN scorecard s ON s.id = sr.scorecard_id AND s.status = 'submitted'
               JOIN application a ON a.id = s.application_id JOIN opening o ON o.id = a.opening_id
              WHERE o.role_id = r.id AND sr.rating IS NOT NULL)::int AS ratings,
            (SELECT min(u.email) FROM opening o JOIN app_user u ON u.id = o.hiring_manager_id WHERE o.role_id = r.id) AS manager
       FROM role r ORDER BY ratings DESC LIMIT 1`,
  );
  const role = roles[0]!;
  const manager = await signIn(role.manager);
  for (const view of ['raw', 'calibrated'] as const) {
    const query = { view, sort: 'composite' as const, order: 'desc' as const, page: 1, pageSize: 25 };
    const path = `/api/roles/${role.id}/leaderboard?view=${view}&sort=composite&order=desc&page=1&pageSize=25`;
    const apiTimes: number[] = [];
    const sqlTimes: number[] = [];
    const sql = await leaderboardSql(pool, { kind: 'role', id: role.id }, role.id, query, null);
    let apiFirst: unknown;
    let sqlFirst: unknown;
    for (let i = 0; i < LOADS + 5; i++) {
      let t = performance.now();
      const res = await fetch(base + path, { headers: manager });
      const body = (await res.json()) as { rows: { applicationId: string }[] };
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
      const apiMs = performance.now() - t;
      t = performance.now();
      const { rows } = await pool.query<{ application_id: string }>(sql.text, sql.values);
      const sqlMs = performance.now() - t;
      if (i >= 5) {
        apiTimes.push(apiMs);
        sqlTimes.push(sqlMs);
      }
      apiFirst = body.rows[0]?.applicationId;
      sqlFirst = rows[0]?.application_id;
    }
    if (apiFirst !== sqlFirst) throw new Error(`the API and the SQL disagree on the top row: ${String(apiFirst)} vs ${String(sqlFirst)}`);
    const ratio = (q: number) => (quantile(apiTimes, q) / quantile(sqlTimes, q)).toFixed(2);
    results.push({
      figure: `leaderboard (${view}), role "${role.name}": ${role.applications.toLocaleString('en')} applications, ${role.ratings.toLocaleString('en')} ratings (${LOADS} loads)`,
      value: `API p50 ${ms(quantile(apiTimes, 0.5))}, p95 ${ms(quantile(apiTimes, 0.95))}; SQL p50 ${ms(quantile(sqlTimes, 0.5))}, p95 ${ms(quantile(sqlTimes, 0.95))}; ratio API/SQL p50 ${ratio(0.5)}, p95 ${ratio(0.95)}`,
    });
  }

  // 2. Scorecard submission under 50 concurrent clients: each interviewer gets PER_CLIENT fresh interviews on
  //    active applications of their openings, each with a completed draft, and submits them one after another.
  const { rows: interviewers } = await pool.query<{ id: string; email: string }>(
    `SELECT id, email FROM app_user WHERE role = 'interviewer' AND email LIKE 'interviewer-%@scale.loopboard.dev' ORDER BY email LIMIT $1`,
    [CLIENTS],
  );
  if (interviewers.length < CLIENTS) throw new Error(`only ${interviewers.length} interviewers`);
  // Each interviewer their own applications (no two clients on one application: that would measure
  // the per-application lock, not a submission), PER_CLIENT of them, spread by a hash.
  const { rows: drafts } = await pool.query<{ interviewer_id: string; interview_id: string }>(
    `WITH picked AS (
       SELECT DISTINCT ON (a.id) u.id AS interviewer_id, a.id AS application_id, a.current_stage_id
         FROM app_user u
         JOIN opening_member m ON m.user_id = u.id AND m.kind = 'interviewer'
         JOIN application a ON a.opening_id = m.opening_id AND a.status = 'active'
        WHERE u.id = ANY($1::uuid[])
        ORDER BY a.id, md5(u.id::text || a.id::text)),
     ranked AS (SELECT *, row_number() OVER (PARTITION BY interviewer_id ORDER BY md5(application_id::text)) AS k FROM picked),
     chosen AS (
       SELECT r.*, gen_random_uuid() AS interview_id,
              (SELECT interview_type_key FROM opening_stage_type WHERE stage_id = r.current_stage_id ORDER BY position LIMIT 1) AS type_key
         FROM ranked r WHERE k <= $2),
     iv AS (
       INSERT INTO interview (id, application_id, stage_id, interview_type_key, starts_at, duration_minutes, scorecard_due_at, status)
       SELECT interview_id, application_id, current_stage_id, type_key, now() - interval '2 hours', 60, now() + interval '1 day', 'scheduled'
         FROM chosen RETURNING id)
     SELECT c.interviewer_id, c.interview_id FROM chosen c JOIN iv ON iv.id = c.interview_id`,
    [interviewers.map((u) => u.id), PER_CLIENT],
  );
  await pool.query(
    `INSERT INTO interview_interviewer (interview_id, user_id, position) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[])`,
    [drafts.map((d) => d.interview_id), drafts.map((d) => d.interviewer_id), drafts.map(() => 1)],
  );
  await pool.query(
    `WITH sc AS (
       INSERT INTO scorecard (interview_id, interviewer_id, application_id, status, recommendation, version)
       SELECT i.id, d.interviewer_id, i.application_id, 'draft', 'yes', 1
         FROM unnest($1::uuid[], $2::uuid[]) AS d(interview_id, interviewer_id) JOIN interview i ON i.id = d.interview_id
       RETURNING id, interview_id)
     INSERT INTO scorecard_rating (scorecard_id, competency_key, rating, evidence, position)
     SELECT sc.id, tc.competency_key, 3, 'Worked through the exercise and explained the trade-offs.', tc.position
       FROM sc JOIN interview i ON i.id = sc.interview_id JOIN interview_type_competency tc ON tc.interview_type_key = i.interview_type_key`,
    [drafts.map((d) => d.interview_id), drafts.map((d) => d.interviewer_id)],
  );
  const byInterviewer = new Map<string, string[]>();
  for (const d of drafts) byInterviewer.set(d.interviewer_id, [...(byInterviewer.get(d.interviewer_id) ?? []), d.interview_id]);
  const sessions = await Promise.all(interviewers.map(async (u) => ({ id: u.id, headers: await signIn(u.email) })));
  const times: number[] = [];
  const statuses = new Map<number, number>();
  const started = performance.now();
  await Promise.all(
    sessions.map(async (s) => {
      for (const interviewId of byInterviewer.get(s.id) ?? []) {
        const t = performance.now();
        const res = await fetch(`${base}/api/interviews/${interviewId}/scorecard/submit`, {
          method: 'POST',
          headers: s.headers,
          body: JSON.stringify({ version: 1 }),
        });
        await res.arrayBuffer();
        times.push(performance.now() - t);
        statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const { rows: landed } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM scorecard WHERE interview_id = ANY($1::uuid[]) AND status = 'submitted'`,
    [drafts.map((d) => d.interview_id)],
  );
  results.push({
    figure: `scorecard submission: ${sessions.length} concurrent clients × ${PER_CLIENT} submissions (${drafts.length} in all)`,
    value: `p50 ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}; ${(drafts.length / seconds).toFixed(0)} submissions/s; statuses ${[...statuses].map(([k, v]) => `${k}×${v}`).join(', ')}; ${landed[0]!.n} submitted in the database`,
  });
  if (landed[0]!.n !== drafts.length || statuses.get(200) !== drafts.length) process.exitCode = 1;
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
  resolve(import.meta.dirname, '../bench-results/scorecards.json'),
  JSON.stringify({ at: new Date().toISOString(), size: SIZE, results }, null, 2),
);
