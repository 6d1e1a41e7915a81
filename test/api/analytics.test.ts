import type {
  AdverseImpactReport,
  ApplicationDetail,
  ForecastAvailable,
  ForecastReport,
  FunnelReport,
  InterviewerLoadReport,
  OpeningDetail,
  Role,
  SourcesReport,
} from '@loopboard/contracts';
import { fisherExactTwoSided, forecastHires } from '@loopboard/domain-scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type ApiResponse, type TestApi } from '../support/api-app.js';

const DAY = 24 * 3600_000;
/** Every seeded time is relative to this instant, so durations are exact. */
const T0 = Date.now();
const ago = (days: number) => new Date(T0 - days * DAY).toISOString();
const dayOf = (offsetDays: number) => new Date(T0 + offsetDays * DAY).toISOString().slice(0, 10);

let api: TestApi;
let admin: ApiClient;
let recruiter: ApiClient;
let manager: ApiClient;
let interviewer: ApiClient;
let roles: Role[];
const role = (key: string) => roles.find((r) => r.key === key)!;

beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  recruiter = await api.as('recruiter');
  manager = await api.as('hiring_manager');
  interviewer = await api.as('interviewer');
  roles = (await admin.get<Role[]>('/api/roles')).body;
});
afterAll(async () => {
  await api?.close();
});

const put = <T = any>(client: ApiClient, path: string, body: unknown): Promise<ApiResponse<T>> => client.request<T>('PUT', path, body);

let counter = 0;
async function newCandidate(channel: string, name = `Person ${++counter}`): Promise<string> {
  const res = await admin.post('/api/candidates', { name, primaryChannel: channel });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

async function newOpening(roleKey: string, overrides: Record<string, unknown> = {}): Promise<OpeningDetail> {
  const res = await recruiter.post<OpeningDetail>('/api/openings', {
    title: `Opening ${++counter}`,
    roleId: role(roleKey).id,
    level: 'mid',
    headcount: 1,
    hiringManagerId: api.users.hiring_manager.id,
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

type End = { status: 'rejected' | 'withdrawn' | 'hired'; daysAgo: number; reason?: string };

/**
 * An application with a known history, written with SQL so times are exact: it is created in
 * the first step's stage, moves through the others, and may end (rejected, withdrawn, hired).
 * Steps are [stage index of the opening's loop, days ago].
 */
async function seed(opening: OpeningDetail, candidateId: string, steps: [number, number][], end?: End): Promise<string> {
  const stage = (i: number) => opening.loop.stages[i]!.id;
  const [first] = steps;
  const [lastIndex, lastAgo] = steps.at(-1)!;
  const [app] = await api.sql<{ id: string }>(
    `INSERT INTO application (candidate_id, opening_id, current_stage_id, status, rejection_reason_key, stage_entered_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
    [candidateId, opening.id, stage(lastIndex), end?.status ?? 'active', end?.reason ?? null, ago(lastAgo), ago(first![1])],
  );
  const events: unknown[][] = steps.map(([index, daysAgo], i) =>
    i === 0
      ? [app!.id, ago(daysAgo), 'created', null, stage(index), null, 'active', null]
      : [app!.id, ago(daysAgo), 'moved', stage(steps[i - 1]![0]), stage(index), 'active', 'active', null],
  );
  if (end)
    events.push([app!.id, ago(end.daysAgo), end.status, stage(lastIndex), stage(lastIndex), 'active', end.status, end.reason ?? null]);
  for (const e of events) {
    await api.sql(
      `INSERT INTO application_event (application_id, at, kind, from_stage_id, to_stage_id, from_status, to_status, reason_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      e,
    );
  }
  return app!.id;
}

/** Per-competency rating sums as the scorecards module keeps them (what the raw composite is computed from). */
async function scores(applicationId: string, sums: Record<string, [sum: number, count: number]>): Promise<void> {
  for (const [competency, [sum, count]] of Object.entries(sums)) {
    await api.sql(
      `INSERT INTO application_competency_score (application_id, competency_key, rating_sum, rating_count) VALUES ($1, $2, $3, $4)`,
      [applicationId, competency, sum, count],
    );
  }
  // And the kept application_score the reports read its mean composite from: Σ w·mean / Σ w over the
  // covered competencies with the role's current weights, clamped to 1–4 (refreshApplicationScores).
  await api.sql(
    `INSERT INTO application_score (application_id, weights_version, composite, coverage, submitted_scorecards)
     SELECT a.id, r.current_version,
            CASE WHEN sum(w.weight) > 0 THEN greatest(1, least(4, sum(w.weight * acs.rating_sum::float8 / acs.rating_count) / sum(w.weight))) END,
            coalesce(sum(w.weight), 0), 1
       FROM application a JOIN opening o ON o.id = a.opening_id JOIN role r ON r.id = o.role_id
       JOIN role_weights_version v ON v.role_id = r.id AND v.version = r.current_version
       JOIN application_competency_score acs ON acs.application_id = a.id
       LEFT JOIN role_weight w ON w.weights_version_id = v.id AND w.competency_key = acs.competency_key
      WHERE a.id = $1 GROUP BY a.id, r.current_version
     ON CONFLICT (application_id) DO UPDATE SET composite = EXCLUDED.composite, coverage = EXCLUDED.coverage`,
    [applicationId],
  );
}

/** ISO-8601 week label of a UTC instant, computed independently of the API's SQL. */
function isoWeek(iso: string): string {
  const d = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7)); // the Thursday of its week decides the year
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / DAY + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

// ---- the known pipeline: opening A (ML researcher: Recruiter screen, Paper deep dive, Math puzzles, ML theory, Pair debugging, Hiring manager) ----
//  a1 paper       RS -100, PDD -90, MP -80, MLT -70, PD -60, HM -50, hired -40
//  a2 paper       RS -100, PDD -96, rejected skills-gap -90
//  a3 referral    RS -80, PDD -68, MP -60, MLT -59, rejected experience-level -50
//  a4 referral    RS -60, rejected skills-gap -58
//  a5 conference  RS -50, PDD -43 (active: stale at 14 days)
//  a6 inbound     RS -5 (active)
//  a7 inbound     RS -30, withdrew -22
//  a8 paper       RS -300 (active; created outside the default 180-day range)
let openingA: OpeningDetail;
const A: Record<string, { applicationId: string; candidateId: string }> = {};

async function seedOpeningA(): Promise<void> {
  openingA = await newOpening('ml-researcher', { headcount: 2, targetDate: dayOf(60), title: 'Research scientist A' });
  const plan: [string, string, [number, number][], End?][] = [
    [
      'a1',
      'paper',
      [
        [0, 100],
        [1, 90],
        [2, 80],
        [3, 70],
        [4, 60],
        [5, 50],
      ],
      { status: 'hired', daysAgo: 40 },
    ],
    [
      'a2',
      'paper',
      [
        [0, 100],
        [1, 96],
      ],
      { status: 'rejected', daysAgo: 90, reason: 'skills-gap' },
    ],
    [
      'a3',
      'referral',
      [
        [0, 80],
        [1, 68],
        [2, 60],
        [3, 59],
      ],
      { status: 'rejected', daysAgo: 50, reason: 'experience-level' },
    ],
    ['a4', 'referral', [[0, 60]], { status: 'rejected', daysAgo: 58, reason: 'skills-gap' }],
    [
      'a5',
      'conference',
      [
        [0, 50],
        [1, 43],
      ],
    ],
    ['a6', 'inbound', [[0, 5]]],
    ['a7', 'inbound', [[0, 30]], { status: 'withdrawn', daysAgo: 22 }],
    ['a8', 'paper', [[0, 300]]],
  ];
  for (const [key, channel, steps, end] of plan) {
    const candidateId = await newCandidate(channel, `Funnel ${key}`);
    A[key] = { candidateId, applicationId: await seed(openingA, candidateId, steps, end) };
  }
}

describe('the funnel', () => {
  beforeAll(seedOpeningA);

  it('counts entries, pass-through, time in stage, endings and rejection reasons of the cohort', async () => {
    const res = await manager.get<FunnelReport>(`/api/analytics/funnel?openingId=${openingA.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const report = res.body;
    expect(report.scope).toEqual({ openingId: openingA.id, roleId: null, from: dayOf(-180), to: dayOf(0), channel: null });
    // a8 was created 300 days ago: outside the default range.
    expect(report.applications).toBe(7);
    const rows = report.stages.map((s) => [s.name, s.order, s.entered, s.passed, s.rejected, s.withdrawn, s.active]);
    expect(rows).toEqual([
      ['Recruiter screen', 0, 7, 4, 1, 1, 1],
      ['Paper deep dive', 1, 4, 2, 1, 0, 1],
      ['Math puzzles', 2, 2, 2, 0, 0, 0],
      ['ML theory', 3, 2, 1, 1, 0, 0],
      ['Pair debugging', 4, 1, 1, 0, 0, 0],
      ['Hiring manager', 5, 1, 1, 0, 0, 0],
    ]);
    expect(report.stages.map((s) => s.passThroughRate)).toEqual([4 / 7, 0.5, 1, 0.5, 1, 1]);
    // Recruiter screen stays that ended: 10, 4, 12, 2, 7, 8 days → median 7.5; p90 (linear) 11. a6 is still there.
    const t = report.stages.map((s) => s.timeInStage);
    expect(t[0]).toEqual({ completed: 6, open: 1, medianDays: expect.closeTo(7.5, 6), p90Days: expect.closeTo(11, 6) });
    // Paper deep dive: 10, 6, 8 → median 8, p90 9.6; a5 still there.
    expect(t[1]).toEqual({ completed: 3, open: 1, medianDays: expect.closeTo(8, 6), p90Days: expect.closeTo(9.6, 6) });
    // Math puzzles: 10 and 1 → 5.5, 9.1. ML theory: 10 and 9 → 9.5, 9.9.
    expect([t[2]!.medianDays, t[2]!.p90Days, t[3]!.medianDays, t[3]!.p90Days].map((x) => Number(x!.toFixed(6)))).toEqual([
      5.5, 9.1, 9.5, 9.9,
    ]);
    expect(report.rejectionReasons).toEqual([
      { key: 'skills-gap', label: 'Skills gap for the role', count: 2 },
      { key: 'experience-level', label: 'Experience level does not match', count: 1 },
    ]);
  });

  it('lists stale active applications, stalest first, whatever their age', async () => {
    const res = await recruiter.get<FunnelReport>(`/api/analytics/funnel?openingId=${openingA.id}`);
    expect(res.body.stale).toEqual({
      staleDays: 14,
      count: 2,
      stalest: [
        {
          applicationId: A.a8!.applicationId,
          candidateId: A.a8!.candidateId,
          candidateName: 'Funnel a8',
          openingId: openingA.id,
          openingTitle: 'Research scientist A',
          stageName: 'Recruiter screen',
          days: 300,
        },
        expect.objectContaining({ applicationId: A.a5!.applicationId, stageName: 'Paper deep dive', days: 43 }),
      ],
    });
    const longer = await recruiter.get<FunnelReport>(`/api/analytics/funnel?openingId=${openingA.id}&staleDays=50`);
    expect(longer.body.stale.stalest.map((s) => s.applicationId)).toEqual([A.a8!.applicationId]);
  });

  it('follows the channel and date filters', async () => {
    const referral = (await manager.get<FunnelReport>(`/api/analytics/funnel?openingId=${openingA.id}&channel=referral`)).body;
    expect(referral.applications).toBe(2);
    expect(referral.stages[0]).toMatchObject({ name: 'Recruiter screen', entered: 2, passed: 1, rejected: 1 });
    expect(referral.stale.count).toBe(0);
    const wide = (await manager.get<FunnelReport>(`/api/analytics/funnel?openingId=${openingA.id}&from=${dayOf(-320)}`)).body;
    expect(wide.applications).toBe(8);
    expect(wide.stages[0]).toMatchObject({ entered: 8, active: 2 });
    // Created in the last 60 days (the from date is inclusive): a4, a5, a6, a7.
    const recent = (await manager.get<FunnelReport>(`/api/analytics/funnel?openingId=${openingA.id}&from=${dayOf(-60)}&to=${dayOf(0)}`))
      .body;
    expect(recent.applications).toBe(4);
    // The role view adds up stages by name across the role's openings.
    const byRole = (await manager.get<FunnelReport>(`/api/analytics/funnel?roleId=${role('ml-researcher').id}`)).body;
    expect(byRole.stages.map((s) => s.name)).toEqual([
      'Recruiter screen',
      'Paper deep dive',
      'Math puzzles',
      'ML theory',
      'Pair debugging',
      'Hiring manager',
    ]);
    expect(byRole.stages[0]!.entered).toBe(7);
  });

  it('counts moves made through the API', async () => {
    const opening = await newOpening('data-scientist');
    const candidateId = await newCandidate('other', 'Api Mover');
    const app = await recruiter.post<ApplicationDetail>('/api/applications', { candidateId, openingId: opening.id });
    expect(app.status).toBe(201);
    const [s0, s1] = opening.loop.stages;
    const moved = await recruiter.post(`/api/applications/${app.body.id}/move`, { fromStageId: s0!.id, toStageId: s1!.id });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const rejected = await recruiter.post(`/api/applications/${app.body.id}/reject`, { fromStageId: s1!.id, reasonKey: 'no-show' });
    expect(rejected.status, JSON.stringify(rejected.body)).toBe(200);
    const report = (await manager.get<FunnelReport>(`/api/analytics/funnel?openingId=${opening.id}`)).body;
    expect(
      report.stages.slice(0, 3).map((s) => [s.name, s.entered, s.passed, s.rejected, s.timeInStage.completed, s.timeInStage.open]),
    ).toEqual([
      ['Recruiter screen', 1, 1, 0, 1, 0],
      ['Take-home', 1, 0, 1, 1, 0],
      ['Statistics and ML', 0, 0, 0, 0, 0],
    ]);
    expect(report.stages[1]!.passThroughRate).toBe(0);
    expect(report.stages[2]!.passThroughRate).toBeNull();
    expect(report.rejectionReasons).toEqual([{ key: 'no-show', label: 'No show', count: 1 }]);
  });
});

describe('sources', () => {
  it('reports each channel and venue: how far applications got, hires and mean raw composite', async () => {
    // ML researcher weights: ml .25, math .2, swe .1, research .3, comms .15.
    // a1: ml 4 (8/2), math 3 → (.25·4 + .2·3) / .45 = 3.5556. a2: research 2 → 2.
    await scores(A.a1!.applicationId, { ml: [8, 2], math: [3, 1] });
    await scores(A.a2!.applicationId, { research: [2, 1] });
    const paper = async (title: string, venue: string, candidateIds: string[]) => {
      const [row] = await api.sql<{ id: string }>(
        `INSERT INTO paper (title, title_key, venue, year, acceptance, author_count, links, provenance)
         VALUES ($1, lower($1), $2, 2025, 'poster', $3, '[]', '{}') RETURNING id`,
        [title, venue, candidateIds.length],
      );
      for (const [i, c] of candidateIds.entries()) {
        await api.sql(`INSERT INTO paper_author (paper_id, position, name, candidate_id) VALUES ($1, $2, 'Author', $3)`, [row!.id, i, c]);
      }
    };
    await paper('Scaling things', 'NeurIPS', [A.a1!.candidateId, A.a2!.candidateId]);
    await paper('Other things', 'ICML', [A.a1!.candidateId]);
    await api.sql(`INSERT INTO encounter (candidate_id, event, year, kind, provenance) VALUES ($1, 'ICLR 2026', 2026, 'booth', '{}')`, [
      A.a5!.candidateId,
    ]);

    const res = await manager.get<SourcesReport>(`/api/analytics/sources?openingId=${openingA.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const zero = { applications: 0, candidates: 0, reachedOnsite: 0, offers: 0, hires: 0, scored: 0, meanComposite: null };
    expect(res.body.channels).toEqual([
      // Onsite = reached ML theory (stage 4 of 6, the loop's second half); offer = reached Hiring manager.
      {
        channel: 'paper',
        applications: 2,
        candidates: 2,
        reachedOnsite: 1,
        offers: 1,
        hires: 1,
        scored: 2,
        meanComposite: expect.closeTo((1.6 / 0.45 + 2) / 2, 9),
      },
      { channel: 'reimplementation', ...zero },
      { channel: 'conference', ...zero, applications: 1, candidates: 1 },
      { channel: 'referral', ...zero, applications: 2, candidates: 2, reachedOnsite: 1 },
      { channel: 'inbound', ...zero, applications: 2, candidates: 2 },
      { channel: 'other', ...zero },
    ]);
    expect(res.body.venues).toEqual([
      {
        kind: 'venue',
        name: 'NeurIPS',
        ...zero,
        applications: 2,
        candidates: 2,
        reachedOnsite: 1,
        offers: 1,
        hires: 1,
        scored: 2,
        meanComposite: expect.closeTo((1.6 / 0.45 + 2) / 2, 9),
      },
      { kind: 'event', name: 'ICLR 2026', ...zero, applications: 1, candidates: 1 },
      {
        kind: 'venue',
        name: 'ICML',
        ...zero,
        applications: 1,
        candidates: 1,
        reachedOnsite: 1,
        offers: 1,
        hires: 1,
        scored: 1,
        meanComposite: expect.closeTo(1.6 / 0.45, 9),
      },
    ]);
  });
});

describe('interviewer load', () => {
  it('counts scheduled interviews per interviewer per ISO week, and overdue scorecards', async () => {
    const i1 = api.users.interviewer.id;
    const h = api.users.hiring_manager.id;
    const interview = async (applicationId: string, startsAgo: number, people: string[], status = 'scheduled') => {
      const [row] = await api.sql<{ id: string }>(
        `INSERT INTO interview (application_id, stage_id, interview_type_key, starts_at, duration_minutes, scorecard_due_at, status, cancelled_at)
         SELECT a.id, a.current_stage_id, 'recruiter-screen', $2::timestamptz, 45, $3::timestamptz, $4::varchar, CASE WHEN $4::varchar = 'cancelled' THEN now() END
           FROM application a WHERE a.id = $1 RETURNING id`,
        [applicationId, ago(startsAgo), ago(startsAgo - 1), status],
      );
      for (const [i, u] of people.entries())
        await api.sql(`INSERT INTO interview_interviewer (interview_id, user_id, position) VALUES ($1, $2, $3)`, [row!.id, u, i]);
      return row!.id;
    };
    await interview(A.a5!.applicationId, 10, [i1]);
    const shared = await interview(A.a5!.applicationId, 10, [i1, h]);
    await interview(A.a6!.applicationId, -3, [i1]); // in three days: counted in its week, not overdue
    await interview(A.a5!.applicationId, 10, [i1], 'cancelled');
    await api.sql(
      `INSERT INTO scorecard (interview_id, interviewer_id, application_id, status, recommendation, submitted_at) VALUES ($1, $2, $3, 'submitted', 'yes', now())`,
      [shared, h, A.a5!.applicationId],
    );

    const from = dayOf(-20);
    const to = dayOf(14);
    const res = await manager.get<InterviewerLoadReport>(`/api/analytics/interviewer-load?openingId=${openingA.id}&from=${from}&to=${to}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const weeks = res.body.weeks;
    expect(weeks[0]).toBe(isoWeek(`${from}T00:00:00Z`));
    expect(weeks.at(-1)).toBe(isoWeek(`${to}T00:00:00Z`));
    expect(weeks.length).toBeGreaterThanOrEqual(5);
    const week = (daysAgo: number) => weeks.indexOf(isoWeek(ago(daysAgo)));
    const expected = (counts: [number, number][]) => {
      const w = new Array<number>(weeks.length).fill(0);
      for (const [daysAgo, n] of counts) w[week(daysAgo)]! += n;
      return w;
    };
    const byId = new Map(res.body.interviewers.map((r) => [r.interviewerId, r]));
    expect(byId.get(i1)).toEqual({
      interviewerId: i1,
      name: api.users.interviewer.name,
      total: 3,
      weekly: expected([
        [10, 2],
        [-3, 1],
      ]),
      overdueScorecards: 2,
    });
    expect(byId.get(h)).toEqual({
      interviewerId: h,
      name: api.users.hiring_manager.name,
      total: 1,
      weekly: expected([[10, 1]]),
      overdueScorecards: 0,
    });
    expect(res.body.interviewers).toHaveLength(2);

    // Outside the range the weekly counts go, the overdue scorecards stay (they are owed today).
    const later = (
      await manager.get<InterviewerLoadReport>(`/api/analytics/interviewer-load?openingId=${openingA.id}&from=${dayOf(-5)}&to=${dayOf(0)}`)
    ).body;
    expect(later.interviewers.find((r) => r.interviewerId === i1)).toMatchObject({ total: 0, overdueScorecards: 2 });
  });
});

describe('the forecast', () => {
  it('says honestly when there is not enough to forecast from', async () => {
    const fresh = await newOpening('mlops-engineer', { targetDate: dayOf(90), headcount: 2 });
    const res = await manager.get<ForecastReport>(`/api/analytics/forecast?openingId=${fresh.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      enoughData: false,
      reason: 'too_little_history',
      headcount: 2,
      hiredSoFar: 0,
      targetDate: dayOf(90),
      daysToTarget: 90,
      history: { applications: 0, minimum: 20 },
    });
    expect(res.body).not.toHaveProperty('expectedHires');
    expect(res.body.activeByStage.map((s) => s.active)).toEqual(fresh.loop.stages.map(() => 0));

    const undated = await newOpening('mlops-engineer');
    const none = await manager.get<ForecastReport>(`/api/analytics/forecast?openingId=${undated.id}`);
    expect(none.body).toMatchObject({ enoughData: false, reason: 'no_target_date', targetDate: null, daysToTarget: null });
    expect((none.body as { message: string }).message).toMatch(/no target date/);

    // Opening A's role has only its 6 finished stays so far (a1–a5, a7): below 20.
    const a = await manager.get<ForecastReport>(`/api/analytics/forecast?openingId=${openingA.id}`);
    expect(a.body).toMatchObject({ enoughData: false, reason: 'too_little_history', history: { applications: 6, minimum: 20 } });
  });

  it('forecasts from the role history with Beta posteriors and a seeded Monte Carlo', async () => {
    // History on an older opening of the same role: 10 rejected at the screen (5 days there),
    // 6 rejected at the deep dive (10 days each), 4 hired through the whole loop (10 days a stage).
    const old = await newOpening('ml-researcher', { title: 'Earlier research opening' });
    for (let i = 0; i < 10; i++)
      await seed(old, await newCandidate('other'), [[0, 400]], { status: 'rejected', daysAgo: 395, reason: 'skills-gap' });
    for (let i = 0; i < 6; i++)
      await seed(
        old,
        await newCandidate('other'),
        [
          [0, 400],
          [1, 390],
        ],
        { status: 'rejected', daysAgo: 380, reason: 'skills-gap' },
      );
    for (let i = 0; i < 4; i++) {
      await seed(
        old,
        await newCandidate('other'),
        [
          [0, 400],
          [1, 390],
          [2, 380],
          [3, 370],
          [4, 360],
          [5, 350],
        ],
        { status: 'hired', daysAgo: 340 },
      );
    }

    const res = await manager.get<ForecastReport>(`/api/analytics/forecast?openingId=${openingA.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.enoughData).toBe(true);
    const f = res.body as ForecastAvailable;
    expect(f).toMatchObject({
      headcount: 2,
      hiredSoFar: 1,
      targetDate: dayOf(60),
      daysToTarget: 60,
      history: { applications: 26, minimum: 20 },
    });
    expect(f.method).toEqual({ kind: 'monte_carlo', draws: 2000, seed: expect.any(Number), prior: 'Beta(1, 1)', interval: 0.9 });
    // Passed / failed per stage over the role (old opening + opening A):
    //   screen 10+4 + a1,a2,a3,a5 = 14 / 10 + a4 + a7 = 12;  deep dive 4 + a1,a3 = 6 / 6 + a2 = 7;
    //   puzzles 6 / 0;  theory 5 / a3 = 1;  pair debugging 5 / 0;  hiring manager 5 / 0.
    expect(f.stages.map((s) => [s.name, s.active, s.passed, s.failed])).toEqual([
      ['Recruiter screen', 2, 14, 12],
      ['Paper deep dive', 1, 6, 7],
      ['Math puzzles', 0, 6, 0],
      ['ML theory', 0, 5, 1],
      ['Pair debugging', 0, 5, 0],
      ['Hiring manager', 0, 5, 0],
    ]);
    expect(f.stages[0]!.passThrough.mean).toBeCloseTo(15 / 28, 12);
    // Screen stays: 10×5 + 6×10 + 4×10 + (a1 10, a2 4, a3 12, a4 2, a5 7, a7 8) = 193 days over 26.
    expect(f.stages[0]!.meanDaysInStage).toBeCloseTo(193 / 26, 9);
    expect(f.stages[5]!.meanDaysInStage).toBeCloseTo(10, 9);

    // The same inputs through the domain function give the same numbers (same seed, same draws).
    const expected = forecastHires({
      stages: f.stages.map((s) => ({
        name: s.name,
        passed: s.passed,
        failed: s.failed,
        active: s.active,
        meanDaysInStage: s.meanDaysInStage,
      })),
      headcount: 2,
      hiredSoFar: 1,
      daysToTarget: 60,
      draws: f.method.draws,
      seed: f.method.seed,
    });
    expect(f.expectedHires).toEqual(expected.expectedHires);
    expect(f.stages.map((s) => s.neededPerWeek)).toEqual(expected.stages.map((s) => s.neededPerWeek));
    expect(f.expectedGap).toBe(expected.expectedGap);
    // Days to a hire from the screen: 193/26 + deep dive + 4 × 10 > 60 would drop it; here it is ~ 7.4 + 8.5 + 40 < 60.
    expect(f.stages.every((s) => s.inTime)).toBe(true);
    expect(f.expectedHires.low).toBeLessThanOrEqual(f.expectedHires.mean);
    expect(f.expectedHires.high).toBeLessThanOrEqual(3);
  });
});

describe('demographics and adverse impact', () => {
  it('are written by admins only, validated, audited without their values, and never shown on a candidate', async () => {
    const candidateId = A.a6!.candidateId;
    const ok = await put(admin, `/api/candidates/${candidateId}/demographics`, { gender: 'woman', ethnicity: 'asian' });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toEqual({ candidateId, gender: 'woman', ethnicity: 'asian' });
    const partial = await put(admin, `/api/candidates/${candidateId}/demographics`, { ethnicity: null });
    expect(partial.body).toEqual({ candidateId, gender: 'woman', ethnicity: null });
    expect(await api.sql(`SELECT gender, ethnicity FROM candidate_demographic WHERE candidate_id = $1`, [candidateId])).toEqual([
      { gender: 'woman', ethnicity: null },
    ]);

    for (const client of [recruiter, manager, interviewer]) {
      expect((await put(client, `/api/candidates/${candidateId}/demographics`, { gender: 'man' })).status).toBe(403);
    }
    const bad = await put(admin, `/api/candidates/${candidateId}/demographics`, { gender: 'robot' });
    expect([bad.status, bad.body.code, bad.body.fields[0].field]).toEqual([400, 'VALIDATION_FAILED', 'gender']);
    const extra = await put(admin, `/api/candidates/${candidateId}/demographics`, { gender: 'man', age: 40 });
    expect([extra.status, extra.body.fields[0].field]).toEqual([400, 'age']);
    const missing = await put(admin, `/api/candidates/00000000-0000-4000-8000-000000000000/demographics`, { gender: 'man' });
    expect([missing.status, missing.body.code]).toEqual([404, 'CANDIDATE_NOT_FOUND']);
    // Nothing was written by the refused calls.
    expect(await api.sql(`SELECT gender, ethnicity FROM candidate_demographic WHERE candidate_id = $1`, [candidateId])).toEqual([
      { gender: 'woman', ethnicity: null },
    ]);

    const audit = await api.sql<{ changes: unknown }>(
      `SELECT changes FROM audit_log WHERE action = 'candidate.demographics_updated' AND entity_id = $1 ORDER BY id`,
      [candidateId],
    );
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit)).not.toMatch(/woman|asian/);

    for (const client of [admin, recruiter, manager]) {
      const candidate = await client.get(`/api/candidates/${candidateId}`);
      expect(candidate.status).toBe(200);
      expect(JSON.stringify(candidate.body)).not.toMatch(/woman|gender|ethnicity|demographic/i);
      const application = await client.get(`/api/applications/${A.a6!.applicationId}`);
      expect(application.status).toBe(200);
      expect(JSON.stringify(application.body)).not.toMatch(/woman|gender|ethnicity|demographic/i);
    }

    const cleared = await put(admin, `/api/candidates/${candidateId}/demographics`, { gender: null });
    expect(cleared.body).toEqual({ candidateId, gender: null, ethnicity: null });
    expect(await api.sql(`SELECT 1 FROM candidate_demographic WHERE candidate_id = $1`, [candidateId])).toEqual([]);
  });

  it('reports selection and scoring rates per group, flags ratios below 0.8 and omits small groups', async () => {
    // Opening C (Data scientist; final stage Hiring manager). Selected = reached the final stage.
    //   women: 10, 2 selected; 5 scored, 4 ≥ 3.     men: 10, 8 selected; 5 scored, 2 ≥ 3.
    //   non-binary: 3, all selected (omitted: too small).   2 prefer not to say, 2 never asked.
    const c = await newOpening('data-scientist');
    const last = c.loop.stages.length - 1;
    const add = async (gender: string | null, ethnicity: string | null, selected: boolean, composite?: number) => {
      const candidateId = await newCandidate('other');
      const applicationId = selected
        ? await seed(c, candidateId, [
            [0, 30],
            [last, 20],
          ])
        : await seed(c, candidateId, [[0, 30]], { status: 'rejected', daysAgo: 25, reason: 'skills-gap' });
      // One rating on communication (weight .25 for data scientists): the composite is that rating.
      if (composite !== undefined) await scores(applicationId, { comms: [composite, 1] });
      if (gender || ethnicity) {
        const res = await put(admin, `/api/candidates/${candidateId}/demographics`, { gender, ethnicity });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
      }
    };
    for (let i = 0; i < 10; i++) await add('woman', 'asian', i < 2, i < 5 ? (i < 4 ? 3 : 2) : undefined);
    for (let i = 0; i < 10; i++) await add('man', 'white', i < 8, i < 5 ? (i < 2 ? 4 : 1) : undefined);
    for (let i = 0; i < 3; i++) await add('non_binary', 'black', true);
    for (let i = 0; i < 2; i++) await add('prefer_not_to_say', 'prefer_not_to_say', false);
    for (let i = 0; i < 2; i++) await add(null, null, false);

    const res = await admin.get<AdverseImpactReport>(`/api/analytics/adverse-impact?openingId=${c.id}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ minGroupSize: 5, threshold: 0.8 });
    const gender = res.body.dimensions.find((d) => d.dimension === 'gender')!;
    expect(gender).toMatchObject({
      selectionReference: 'man',
      scoringReference: 'woman',
      omittedGroups: 1,
      omittedNote: 'omitted: 1 group too small',
      notDisclosed: 4,
    });
    expect(gender.groups.map((g) => g.group)).toEqual(['woman', 'man']);
    const [woman, man] = gender.groups;
    expect(woman).toMatchObject({ applicants: 10, selected: 2, scored: 5, scoredHigh: 4 });
    expect(woman!.selection).toEqual({ rate: 0.2, impactRatio: 0.25, flagged: true, pValue: fisherExactTwoSided(2, 8, 8, 2) });
    expect(woman!.selection.pValue).toBeCloseTo(0.023014137565221155, 12); // scipy.stats.fisher_exact([[2, 8], [8, 2]])
    expect(woman!.scoring).toEqual({ rate: 0.8, impactRatio: 1, flagged: false, pValue: null });
    expect(man!.selection).toEqual({ rate: 0.8, impactRatio: 1, flagged: false, pValue: null });
    expect(man!.scoring).toEqual({ rate: 0.4, impactRatio: 0.5, flagged: true, pValue: fisherExactTwoSided(2, 3, 4, 1) });
    const ethnicity = res.body.dimensions.find((d) => d.dimension === 'ethnicity')!;
    expect(ethnicity.groups.map((g) => [g.group, g.applicants, g.selection.flagged])).toEqual([
      ['asian', 10, true],
      ['white', 10, false],
    ]);
    expect(ethnicity.omittedGroups).toBe(1);
    expect(JSON.stringify(res.body)).not.toMatch(/black/);

    for (const client of [recruiter, manager, interviewer]) {
      expect((await client.get(`/api/analytics/adverse-impact?openingId=${c.id}`)).status).toBe(403);
    }
  });

  it("stops using an erased candidate's answers, and refuses new ones", async () => {
    const opening = await newOpening('data-scientist');
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const candidateId = await newCandidate('other');
      await seed(opening, candidateId, [[0, 10]]);
      expect((await put(admin, `/api/candidates/${candidateId}/demographics`, { gender: 'man' })).status).toBe(200);
      ids.push(candidateId);
    }
    const before = (await admin.get<AdverseImpactReport>(`/api/analytics/adverse-impact?openingId=${opening.id}`)).body;
    expect(before.dimensions[0]).toMatchObject({ dimension: 'gender', notDisclosed: 0, omittedGroups: 0 });
    expect(before.dimensions[0]!.groups.map((g) => [g.group, g.applicants])).toEqual([['man', 5]]);

    const version = (await admin.get(`/api/candidates/${ids[0]}`)).body.version;
    const erased = await admin.post(`/api/candidates/${ids[0]}/erase`, { version, reason: 'Erasure request, ticket 1' });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    // What they volunteered is deleted with the rest of their personal data.
    expect(await api.sql(`SELECT 1 FROM candidate_demographic WHERE candidate_id = $1`, [ids[0]])).toEqual([]);
    const after = (await admin.get<AdverseImpactReport>(`/api/analytics/adverse-impact?openingId=${opening.id}`)).body;
    // Four men left: below the reporting size, so the group is omitted; the erased one counts as not disclosed.
    expect(after.dimensions[0]).toMatchObject({ groups: [], omittedGroups: 1, notDisclosed: 1 });
    const refused = await put(admin, `/api/candidates/${ids[0]}/demographics`, { gender: 'woman' });
    expect([refused.status, refused.body.code]).toEqual([410, 'CANDIDATE_ERASED']);
  });
});

describe('bad input', () => {
  const field = async (path: string, client = manager) => {
    const res = await client.get(path);
    return [res.status, res.body.code, res.body.fields?.[0]?.field];
  };

  it('refuses inverted, absurd and far-future ranges, naming the field', async () => {
    expect(await field(`/api/analytics/funnel?from=${dayOf(-10)}&to=${dayOf(-20)}`)).toEqual([400, 'VALIDATION_FAILED', 'from']);
    expect(await field(`/api/analytics/sources?from=2020-01-01&to=2024-01-01`)).toEqual([400, 'VALIDATION_FAILED', 'from']);
    expect(await field(`/api/analytics/interviewer-load?to=${dayOf(800)}`)).toEqual([400, 'VALIDATION_FAILED', 'to']);
    expect(await field(`/api/analytics/funnel?from=1990-01-01&to=1990-02-01`)).toEqual([400, 'VALIDATION_FAILED', 'from']);
    expect(await field(`/api/analytics/funnel?from=2026-02-30`)).toEqual([400, 'VALIDATION_FAILED', 'from']);
    expect(await field(`/api/analytics/funnel?from=${dayOf(5)}`)).toEqual([400, 'VALIDATION_FAILED', 'from']);
  });

  it('refuses unknown filters and bad values', async () => {
    expect(await field(`/api/analytics/funnel?stage=onsite`)).toEqual([400, 'VALIDATION_FAILED', 'stage']);
    expect(await field(`/api/analytics/sources?channel=twitter`)).toEqual([400, 'VALIDATION_FAILED', 'channel']);
    expect(await field(`/api/analytics/funnel?staleDays=0`)).toEqual([400, 'VALIDATION_FAILED', 'staleDays']);
    expect(await field(`/api/analytics/funnel?staleDays=366`)).toEqual([400, 'VALIDATION_FAILED', 'staleDays']);
    expect(await field(`/api/analytics/funnel?openingId=not-a-uuid`)).toEqual([400, 'VALIDATION_FAILED', 'openingId']);
    expect(await field(`/api/analytics/forecast`)).toEqual([400, 'VALIDATION_FAILED', 'openingId']);
    expect(await field(`/api/analytics/forecast?openingId=${openingA.id}&from=${dayOf(-10)}`)).toEqual([400, 'VALIDATION_FAILED', 'from']);
    const other = role('data-scientist').id;
    expect(await field(`/api/analytics/funnel?openingId=${openingA.id}&roleId=${other}`)).toEqual([400, 'VALIDATION_FAILED', 'roleId']);
  });

  it('answers 404 for an opening or role that does not exist', async () => {
    const nobody = '00000000-0000-4000-8000-000000000000';
    expect(await field(`/api/analytics/funnel?openingId=${nobody}`)).toEqual([404, 'OPENING_NOT_FOUND', 'openingId']);
    expect(await field(`/api/analytics/sources?roleId=${nobody}`)).toEqual([404, 'ROLE_NOT_FOUND', 'roleId']);
    expect(await field(`/api/analytics/forecast?openingId=${nobody}`)).toEqual([404, 'OPENING_NOT_FOUND', 'openingId']);
    expect(await field(`/api/analytics/adverse-impact?openingId=${nobody}`, admin)).toEqual([404, 'OPENING_NOT_FOUND', 'openingId']);
  });

  it('keeps interviewers out of the pipeline analytics, and everyone but admins out of adverse impact', async () => {
    for (const path of ['funnel', 'sources', 'interviewer-load', `forecast?openingId=${openingA.id}`]) {
      expect((await interviewer.get(`/api/analytics/${path}`)).status).toBe(403);
      expect((await manager.get(`/api/analytics/${path}`)).status).toBe(200);
      expect((await api.get(`/api/analytics/${path}`)).status).toBe(401);
    }
    expect((await manager.get('/api/analytics/adverse-impact')).status).toBe(403);
    expect((await admin.get('/api/analytics/adverse-impact')).status).toBe(200);
  });
});
