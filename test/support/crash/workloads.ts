import type { ImportCommitResult, ImportPreview, ImportProgress } from '@loopboard/contracts';
import { Client, expectStatus } from './client.js';
import { CRASH_PASSWORD, query } from './db.js';
import type { ApiProcess } from './server.js';

export type Rand = () => number;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;

function shuffle<T>(rand: Rand, xs: T[]): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
}

/** Runs `fn` over `items` with at most `width` at a time. */
export async function pool<T>(items: T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

export const EMAILS = {
  admin: 'admin@crash.loopboard.dev',
  recruiter: 'recruiter@crash.loopboard.dev',
  interviewers: ['interviewer@crash.loopboard.dev', 'ivy@crash.loopboard.dev', 'ian@crash.loopboard.dev'],
  manager: 'hiring-manager@crash.loopboard.dev',
};

export const signIn = (api: ApiProcess, email: string) => new Client(api.baseUrl, email, CRASH_PASSWORD).signIn();

// ---------------------------------------------------------------- imports

/** Where in an import the kill landed. */
export interface ImportKill {
  /** Progress (done / total) asked for, > 1 meaning after the commit answered. */
  target: number;
  /** Progress last seen before the kill. */
  seen: number;
  phase: 'before-progress' | 'mid-commit' | 'after-commit';
  killedAtMs: number;
}

export async function previewImport(recruiter: Client, fileName: string, content: string): Promise<ImportPreview> {
  return expectStatus(await recruiter.post<ImportPreview>('/api/imports', { fileName, content, format: 'bibtex' }), 201, 'import preview');
}

export async function commitImport(recruiter: Client, importId: string) {
  return recruiter.post<ImportCommitResult>(`/api/imports/${importId}/commit`, { select: 'all' });
}

/**
 * Commits a previewed import and SIGKILLs the server once the commit's progress reaches `target`
 * (0: as soon as the request is out; above 1: after it answered). Returns where it landed.
 */
export async function commitAndKill(api: ApiProcess, recruiter: Client, importId: string, target: number): Promise<ImportKill> {
  const began = performance.now();
  let answered = false;
  const commit = recruiter.attempt('POST', `/api/imports/${importId}/commit`, { select: 'all' }).then((r) => {
    answered = r !== null;
    return r;
  });
  let seen = 0;
  let phase: ImportKill['phase'] = 'before-progress';
  if (target > 1) {
    await commit;
    phase = 'after-commit';
    seen = 1;
  } else {
    while (!answered) {
      const p = await recruiter.attempt<ImportProgress>('GET', `/api/imports/${importId}/progress`);
      if (p?.status === 200 && p.body.total > 0) {
        seen = p.body.done / p.body.total;
        phase = 'mid-commit';
        if (seen >= target) break;
      }
      if (target === 0) break;
      await sleep(10);
    }
    if (answered) phase = 'after-commit';
  }
  const killedAtMs = performance.now() - began;
  await api.kill();
  await commit;
  return { target, seen, phase, killedAtMs };
}

// ---------------------------------------------------------------- pipeline (bulk moves, scorecards)

export interface Pipeline {
  openingId: string;
  stageIds: string[];
  reasons: string[];
  recruiter: Client;
  interviewers: { id: string; client: Client }[];
}

/** An opening with the three interviewers on its team and `applications` applications, created through the API. */
export async function seedPipeline(api: ApiProcess, databaseUrl: string, applications: number): Promise<Pipeline> {
  const admin = await signIn(api, EMAILS.admin);
  const recruiter = await signIn(api, EMAILS.recruiter);
  const users = await query<{ id: string; email: string }>(databaseUrl, `SELECT id, email FROM app_user WHERE email = ANY($1)`, [
    [...EMAILS.interviewers, EMAILS.manager],
  ]);
  const idOf = (email: string) => users.find((u) => u.email === email)!.id;
  const [role] = await query<{ id: string }>(databaseUrl, `SELECT id FROM role WHERE key = 'ml-researcher'`);
  const opening = expectStatus(
    await recruiter.post<{ id: string }>('/api/openings', {
      title: 'Crash-safety researcher',
      roleId: role!.id,
      level: 'senior',
      headcount: 5,
      hiringManagerId: idOf(EMAILS.manager),
      interviewerIds: EMAILS.interviewers.map(idOf),
    }),
    201,
    'create opening',
  );
  const csv = (await import('./files.js')).candidatesCsv(applications, 'pipe');
  const preview = expectStatus(
    await recruiter.post<ImportPreview>('/api/imports', { fileName: 'crash-candidates.csv', content: csv, format: 'candidates-csv' }),
    201,
    'candidates preview',
  );
  const committed = expectStatus(await commitImport(recruiter, preview.id), 200, 'candidates commit');
  await pool(committed.createdCandidateIds, 6, async (candidateId) => {
    expectStatus(await recruiter.post('/api/applications', { candidateId, openingId: opening.id }), 201, 'create application');
  });
  const stages = await query<{ id: string }>(
    databaseUrl,
    `SELECT id FROM opening_stage WHERE opening_id = $1 AND removed_at IS NULL ORDER BY position`,
    [opening.id],
  );
  const reasons = await query<{ key: string }>(databaseUrl, `SELECT key FROM rejection_reason WHERE active ORDER BY key`);
  const interviewers = await Promise.all(EMAILS.interviewers.map(async (email) => ({ id: idOf(email), client: await signIn(api, email) })));
  void admin;
  return { openingId: opening.id, stageIds: stages.map((s) => s.id), reasons: reasons.map((r) => r.key), recruiter, interviewers };
}

export interface LoadKill {
  /** Requests fired, answered 2xx, answered otherwise (409 stale etc.), cut off by the kill. */
  fired: number;
  ok: number;
  refused: number;
  cut: number;
  delayMs: number;
}

/**
 * Fires `requests` and SIGKILLs the server `delayMs` after they went out; with `delayMs` null
 * (a calibration round) waits for every answer instead, and `delayMs` is how long that took.
 */
async function fireAndKill(api: ApiProcess, requests: (() => Promise<{ status: number } | null>)[], delayMs: number | null): Promise<LoadKill> {
  const began = performance.now();
  const replies = requests.map((r) => r());
  if (delayMs !== null) {
    await sleep(delayMs);
    await api.kill();
  }
  const settled = await Promise.all(replies);
  delayMs ??= performance.now() - began;
  const ok = settled.filter((r) => r && r.status < 300).length;
  const cut = settled.filter((r) => r === null).length;
  return { fired: requests.length, ok, refused: requests.length - ok - cut, cut, delayMs };
}

/**
 * A bulk reject and several bulk moves, concurrent, over disjoint sets of active applications,
 * each as its client saw them, killed `delayMs` after they went out.
 */
export async function bulkMovesAndKill(api: ApiProcess, databaseUrl: string, p: Pipeline, rand: Rand, delayMs: number | null, size: number) {
  const active = shuffle(
    rand,
    await query<{ id: string; stage: string }>(
      databaseUrl,
      `SELECT id, current_stage_id AS stage FROM application WHERE opening_id = $1 AND status = 'active'`,
      [p.openingId],
    ),
  );
  const requests: (() => Promise<{ status: number } | null>)[] = [];
  for (let r = 0; r < 4 && active.length; r++) {
    const from = pick(rand, [...new Set(active.map((a) => a.stage))]);
    const reject = r === 0;
    const items = active.filter((a) => a.stage === from).slice(0, reject ? Math.max(1, Math.floor(size / 20)) : size);
    for (const item of items) active.splice(active.indexOf(item), 1);
    const list = items.map((a) => ({ applicationId: a.id, fromStageId: a.stage }));
    if (reject) {
      const reasonKey = pick(rand, p.reasons);
      requests.push(() => p.recruiter.attempt('POST', '/api/applications/bulk-reject', { items: list, reasonKey, note: 'crash run' }));
    } else {
      const toStageId = pick(
        rand,
        p.stageIds.filter((s) => s !== from),
      );
      requests.push(() => p.recruiter.attempt('POST', '/api/applications/bulk-move', { items: list, toStageId }));
    }
  }
  return fireAndKill(api, requests, delayMs);
}

/**
 * `interviews` new interviews (each with the three interviewers) on active applications, then every
 * interviewer drafts and submits their scorecard on each, all at once, killed `delayMs` after.
 */
export async function scorecardsAndKill(
  api: ApiProcess,
  databaseUrl: string,
  p: Pipeline,
  rand: Rand,
  delayMs: number | null,
  interviews: number,
) {
  const focus = await query<{ key: string; keys: string[] }>(
    databaseUrl,
    `SELECT interview_type_key AS key, array_agg(competency_key ORDER BY position) AS keys FROM interview_type_competency GROUP BY 1 ORDER BY 1`,
  );
  const apps = shuffle(
    rand,
    await query<{ id: string }>(databaseUrl, `SELECT id FROM application WHERE opening_id = $1 AND status = 'active'`, [p.openingId]),
  ).slice(0, interviews);
  const planned = apps.map((a) => ({ applicationId: a.id, type: pick(rand, focus) }));
  const created = await query<{ id: string; type: string }>(
    databaseUrl,
    `WITH plan AS (SELECT * FROM unnest($1::uuid[], $2::text[]) AS p(application_id, type_key)),
          ins AS (INSERT INTO interview (application_id, stage_id, interview_type_key, starts_at, duration_minutes, scorecard_due_at)
                  SELECT a.id, a.current_stage_id, p.type_key, now() - interval '1 hour', 45, now() + interval '2 days'
                    FROM plan p JOIN application a ON a.id = p.application_id
                  RETURNING id, interview_type_key)
     SELECT id, interview_type_key AS type FROM ins`,
    [planned.map((x) => x.applicationId), planned.map((x) => x.type.key)],
  );
  await query(
    databaseUrl,
    `INSERT INTO interview_interviewer (interview_id, user_id, position)
     SELECT i.id, u.id, u.ord - 1 FROM unnest($1::uuid[]) AS i(id) CROSS JOIN unnest($2::uuid[]) WITH ORDINALITY AS u(id, ord)`,
    [created.map((c) => c.id), p.interviewers.map((i) => i.id)],
  );
  const keysOf = new Map(focus.map((f) => [f.key, f.keys]));
  const requests: (() => Promise<{ status: number } | null>)[] = [];
  for (const interview of created) {
    for (const who of p.interviewers) {
      requests.push(async () => {
        const ratings = keysOf.get(interview.type)!.map((competency) => {
          const rating = rand() < 0.15 ? null : 1 + Math.floor(rand() * 4);
          return { competency, rating, evidence: rating === null ? '' : `Crash evidence ${rating}` };
        });
        const recommendation = pick(rand, ['definitely_not', 'no', 'yes', 'strong_yes', 'no_decision']);
        const draft = await who.client.attempt<{ version: number }>('PUT', `/api/interviews/${interview.id}/scorecard`, {
          version: 0,
          ratings,
          recommendation,
        });
        if (!draft || draft.status !== 200) return draft;
        return who.client.attempt('POST', `/api/interviews/${interview.id}/scorecard/submit`, { version: draft.body.version });
      });
    }
  }
  return fireAndKill(api, requests, delayMs);
}
