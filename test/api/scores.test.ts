import type {
  ApplicationDetail,
  ApplicationScore,
  CalibrationReport,
  Leaderboard,
  OpeningDetail,
  Recommendation,
  ScoreView,
  Weights,
} from '@loopboard/contracts';
import { calibrate, dissent, leniencies, scoreRatings, type PanelRating, type RatingsByCompetency } from '@loopboard/domain-scoring';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileScorecard, scheduleInterview, startScorecardFixture, type ScorecardFixture } from '../support/scorecard-fixture.js';

/**
 * Files a deterministic set of scorecards by three interviewers on several applications (two
 * openings of one role), then checks every number the API gives against the domain functions
 * (scoreRatings, leniencies/calibrate, dissent) computed from the same ratings.
 */
let f: ScorecardFixture;
let weights: Weights;
let weightsVersion: number;
let secondOpening: OpeningDetail;
let secondApp: ApplicationDetail;
/** Every submitted scorecard, as filed. */
const filed: { applicationId: string; interviewerId: string; ratings: Record<string, number | null>; recommendation: Recommendation }[] =
  [];

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TYPES = ['ml-theory', 'deep-dive', 'pair-debugging', 'math-puzzles', 'recruiter-screen'];
const RECS: Recommendation[] = ['definitely_not', 'no', 'yes', 'strong_yes', 'no_decision'];

beforeAll(async () => {
  f = await startScorecardFixture({ applications: 5, channels: ['paper', 'referral', 'conference', 'paper', 'inbound'], tag: 'scores' });
  const role = (await f.admin.get(`/api/roles/${f.role.id}`)).body;
  weights = role.current.weights;
  weightsVersion = role.current.version;
  const opening = await f.recruiter.post<OpeningDetail>('/api/openings', {
    title: 'ML researcher, second team',
    roleId: f.role.id,
    level: 'staff',
    headcount: 1,
    hiringManagerId: f.api.users.hiring_manager.id,
    interviewerIds: f.interviewers.map((i) => i.id),
  });
  expect(opening.status, JSON.stringify(opening.body)).toBe(201);
  secondOpening = opening.body;
  const candidate = await f.admin.post('/api/candidates', { name: 'Second Team Candidate', primaryChannel: 'referral' });
  secondApp = (
    await f.recruiter.post<ApplicationDetail>('/api/applications', { candidateId: candidate.body.id, openingId: secondOpening.id })
  ).body;

  const random = rng(42);
  // Applications 0–3 get scorecards; application 4 none (composite null, sorted last).
  for (const [index, app] of [...f.applications.slice(0, 4), secondApp].entries()) {
    const types = index === 3 ? ['recruiter-screen'] : TYPES.slice(index, index + 3);
    for (const type of types) {
      const panel = f.interviewers.filter(() => random() < 0.75);
      const who = panel.length ? panel : [f.interviewers[0]!];
      const interviewId = await scheduleInterview(
        f,
        app.id,
        type,
        who.map((i) => i.id),
      );
      for (const interviewer of who) {
        const ratings = Object.fromEntries(f.focus[type]!.map((c) => [c, random() < 0.15 ? null : 1 + Math.floor(random() * 4)]));
        const recommendation = RECS[Math.floor(random() * RECS.length)]!;
        await fileScorecard(interviewer.client, interviewId, ratings, recommendation);
        filed.push({ applicationId: app.id, interviewerId: interviewer.id, ratings, recommendation });
      }
    }
  }
  // One amendment: the aggregates follow it.
  const [card] = await f.api.sql(
    `SELECT id, version, interviewer_id, application_id FROM scorecard WHERE status = 'submitted' ORDER BY id LIMIT 1`,
  );
  const author = f.interviewers.find((i) => i.id === card.interviewer_id)!;
  const entry = filed.find((x) => x.applicationId === card.application_id && x.interviewerId === card.interviewer_id)!;
  const sameCard = await f.api.sql(`SELECT competency_key, rating FROM scorecard_rating WHERE scorecard_id = $1 ORDER BY competency_key`, [
    card.id,
  ]);
  // Match the filed entry to this very scorecard (an interviewer may have several on one application).
  const match =
    filed.find(
      (x) =>
        x.applicationId === card.application_id &&
        x.interviewerId === card.interviewer_id &&
        sameCard.every((r: { competency_key: string; rating: number | null }) => x.ratings[r.competency_key] === r.rating),
    ) ?? entry;
  const competency = sameCard[0].competency_key as string;
  const amended = await author.client.post(`/api/scorecards/${card.id}/amendments`, {
    version: card.version,
    reason: 'Re-read my notes',
    ratings: [{ competency, rating: 4, evidence: 'Re-read: strong' }],
    recommendation: 'strong_yes',
  });
  expect(amended.status, JSON.stringify(amended.body)).toBe(201);
  match.ratings[competency] = 4;
  match.recommendation = 'strong_yes';
}, 120_000);
afterAll(async () => {
  await f?.api.close();
});

function panel(): PanelRating[] {
  return filed.flatMap((card) =>
    Object.entries(card.ratings).flatMap(([competency, rating]) =>
      rating === null ? [] : [{ applicationId: card.applicationId, competency, interviewerId: card.interviewerId, rating }],
    ),
  );
}

function expected(applicationId: string) {
  const cards = filed.filter((c) => c.applicationId === applicationId);
  const lenient = leniencies(panel());
  const raw: RatingsByCompetency = {};
  const cal: RatingsByCompetency = {};
  for (const card of cards) {
    for (const [c, r] of Object.entries(card.ratings)) {
      if (r === null) continue;
      ((raw as Record<string, number[]>)[c] ??= []).push(r);
      ((cal as Record<string, number[]>)[c] ??= []).push(calibrate(r, lenient.get(card.interviewerId)?.leniency ?? 0));
    }
  }
  return {
    raw: scoreRatings(weights, raw),
    calibrated: scoreRatings(weights, cal),
    dissent: dissent(cards.map((c) => c.recommendation)),
    submitted: cards.length,
  };
}

function expectView(actual: ScoreView, want: ReturnType<typeof scoreRatings>) {
  if (want.composite === null) expect(actual.composite).toBeNull();
  else expect(actual.composite).toBeCloseTo(want.composite, 9);
  expect(actual.coverage).toBeCloseTo(want.coverage, 9);
  expect(actual.competencies.map((c) => c.competency)).toEqual(want.competencies.map((c) => c.competency));
  want.competencies.forEach((c, i) => {
    const a = actual.competencies[i]!;
    expect(a.weight).toBeCloseTo(c.weight, 12);
    if (c.mean === null) expect(a.mean).toBeNull();
    else expect(a.mean).toBeCloseTo(c.mean, 9);
    expect(a.ratings).toBe(c.ratings);
    expect(a.contribution).toBeCloseTo(c.contribution, 9);
  });
}

const allApps = () => [...f.applications, secondApp];

describe('the score of an application', () => {
  it('equals the domain functions on the same ratings, raw and calibrated, with the role weights version', async () => {
    for (const app of allApps()) {
      const res = await f.manager.get<ApplicationScore>(`/api/applications/${app.id}/score`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const want = expected(app.id);
      expect(res.body).toMatchObject({ applicationId: app.id, roleId: f.role.id, weightsVersion, submittedScorecards: want.submitted });
      expect(res.body.weights).toEqual(weights);
      expectView(res.body.raw, want.raw);
      expectView(res.body.calibrated, want.calibrated);
      if (want.dissent === null) expect(res.body.dissent).toBeNull();
      else expect(res.body.dissent).toBeCloseTo(want.dissent, 9);
      const counts = Object.fromEntries(
        RECS.map((r) => [r, filed.filter((c) => c.applicationId === app.id && c.recommendation === r).length]),
      );
      expect(res.body.recommendations).toEqual(counts);
    }
  });

  it('keeps calibration sums equal to a full recompute (panelDifferences over every rating)', async () => {
    // The fixture is only a test of calibration if someone is lenient or harsh.
    expect([...leniencies(panel()).values()].some((l) => l.comparisons > 0 && Math.abs(l.leniency) > 0.01)).toBe(true);
    const rows = await f.api.sql<{ interviewer_id: string; diff_sum: number; n: number }>(`SELECT * FROM interviewer_calibration`);
    const want = leniencies(panel());
    for (const [id, l] of want) {
      const row = rows.find((r) => r.interviewer_id === id);
      if (l.comparisons === 0) {
        expect(row?.n ?? 0).toBe(0);
        continue;
      }
      expect(row!.n).toBe(l.comparisons);
      expect(row!.diff_sum / row!.n).toBeCloseTo(l.meanDifference, 9);
    }
  });
});

describe('the leaderboards', () => {
  it('gives the same composite, coverage, dissent and contributions as the domain functions, raw and calibrated', async () => {
    for (const view of ['raw', 'calibrated'] as const) {
      const res = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?view=${view}&pageSize=100`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body).toMatchObject({
        scope: { kind: 'opening', id: f.opening.id },
        roleId: f.role.id,
        weightsVersion,
        view,
        total: 5,
        page: 1,
        pageSize: 100,
      });
      for (const row of res.body.rows) {
        const want = expected(row.applicationId)[view];
        if (want.composite === null) expect(row.composite).toBeNull();
        else expect(row.composite).toBeCloseTo(want.composite, 9);
        expect(row.coverage).toBeCloseTo(want.coverage, 9);
        const wantDissent = expected(row.applicationId).dissent;
        if (wantDissent === null) expect(row.dissent).toBeNull();
        else expect(row.dissent).toBeCloseTo(wantDissent, 9);
        const covered = want.competencies.filter((c) => c.mean !== null);
        expect(row.contributions.map((c) => c.competency)).toEqual(covered.map((c) => c.competency));
        covered.forEach((c, i) => {
          expect(row.contributions[i]!.mean).toBeCloseTo(c.mean!, 9);
          expect(row.contributions[i]!.contribution).toBeCloseTo(c.contribution, 9);
        });
        expect(row.submittedScorecards).toBe(expected(row.applicationId).submitted);
      }
      // Sorted by composite, highest first, rows without one last.
      const composites = res.body.rows.map((r) => r.composite);
      const nonNull = composites.filter((c): c is number => c !== null);
      expect(nonNull).toEqual([...nonNull].sort((a, b) => b - a));
      expect(composites.slice(nonNull.length).every((c) => c === null)).toBe(true);
      expect(res.body.rows.at(-1)!.applicationId).toBe(f.applications[4]!.id);
    }
  });

  it('covers every opening of the role on the role leaderboard', async () => {
    const res = await f.manager.get<Leaderboard>(`/api/roles/${f.role.id}/leaderboard?pageSize=100`);
    expect(res.status).toBe(200);
    expect(res.body.scope).toMatchObject({ kind: 'role', id: f.role.id });
    expect(res.body.rows.map((r) => r.applicationId).sort()).toEqual(
      allApps()
        .map((a) => a.id)
        .sort(),
    );
    const second = res.body.rows.find((r) => r.applicationId === secondApp.id)!;
    expect(second.opening).toEqual({ id: secondOpening.id, title: secondOpening.title });
    expect(second.composite).toBeCloseTo(expected(secondApp.id).raw.composite!, 9);
  });

  it('filters by minimum coverage, channel and stage, sorts and pages', async () => {
    const all = (await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?pageSize=100`)).body.rows;
    const min = 0.3;
    const covered = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?minCoverage=${min}&pageSize=100`);
    expect(covered.body.rows.map((r) => r.applicationId).sort()).toEqual(
      all
        .filter((r) => r.coverage >= min - 1e-9)
        .map((r) => r.applicationId)
        .sort(),
    );
    expect(covered.body.total).toBe(covered.body.rows.length);

    const paper = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?channel=paper`);
    expect(paper.body.rows.map((r) => r.applicationId).sort()).toEqual([f.applications[0]!.id, f.applications[3]!.id].sort());
    expect(paper.body.rows.every((r) => r.candidate.channel === 'paper')).toBe(true);

    const stage = all[0]!.stage.name;
    const inStage = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?stage=${encodeURIComponent(stage)}`);
    expect(inStage.body.total).toBe(5);
    const nowhere = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?stage=No%20such%20stage`);
    expect(nowhere.body).toMatchObject({ total: 0, rows: [] });

    const byCoverage = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?sort=coverage&order=asc&pageSize=100`);
    const coverages = byCoverage.body.rows.map((r) => r.coverage);
    expect(coverages).toEqual([...coverages].sort((a, b) => a - b));

    const byName = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?sort=name&pageSize=100`);
    const names = byName.body.rows.map((r) => r.candidate.name.toLowerCase());
    expect(names).toEqual([...names].sort());

    const byCards = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?sort=scorecards&order=desc&pageSize=100`);
    const cards = byCards.body.rows.map((r) => r.submittedScorecards);
    expect(cards).toEqual([...cards].sort((a, b) => b - a));

    const page1 = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?pageSize=2&page=1`);
    const page2 = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?pageSize=2&page=2`);
    const page4 = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?pageSize=2&page=4`);
    expect([...page1.body.rows, ...page2.body.rows].map((r) => r.applicationId)).toEqual(all.slice(0, 4).map((r) => r.applicationId));
    expect(page2.body).toMatchObject({ page: 2, pageSize: 2, total: 5 });
    expect(page4.body).toMatchObject({ rows: [], total: 5 });
  });

  it('refuses bad queries naming the field, and unknown openings and roles', async () => {
    const base = `/api/openings/${f.opening.id}/leaderboard`;
    for (const [query, field] of [
      ['view=weird', 'view'],
      ['sort=height', 'sort'],
      ['channel=carrier-pigeon', 'channel'],
      ['minCoverage=1.5', 'minCoverage'],
      ['minCoverage=-0.1', 'minCoverage'],
      ['minCoverage=abc', 'minCoverage'],
      ['order=sideways', 'order'],
      ['page=0', 'page'],
      ['pageSize=101', 'pageSize'],
      ['pageSize=0', 'pageSize'],
    ]) {
      const res = await f.manager.get(`${base}?${query}`);
      expect(res.status, query).toBe(400);
      expect(
        res.body.fields.map((x: { field: string }) => x.field),
        query,
      ).toContain(field);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await f.manager.get(`/api/openings/${missing}/leaderboard`)).body.code).toBe('OPENING_NOT_FOUND');
    expect((await f.manager.get(`/api/roles/${missing}/leaderboard`)).body.code).toBe('ROLE_NOT_FOUND');
    expect((await f.manager.get(`/api/calibration/interviewers?roleId=${missing}`)).body.code).toBe('ROLE_NOT_FOUND');
    expect((await f.manager.get(`/api/calibration/interviewers?roleId=nope`)).status).toBe(400);
  });
});

describe('the calibration report', () => {
  it('gives each interviewer their count, distribution, leniency, no-decision rate and overdue scorecards', async () => {
    // One scheduled interview past its due date without a submitted scorecard from the third interviewer.
    const third = f.interviewers[2]!;
    const overdueId = await scheduleInterview(f, f.applications[4]!.id, 'ml-theory', [third.id]);
    await f.api.sql(
      `UPDATE interview SET starts_at = now() - interval '3 days', scorecard_due_at = now() - interval '1 day' WHERE id = $1`,
      [overdueId],
    );

    for (const query of ['', `?roleId=${f.role.id}`]) {
      const res = await f.manager.get<CalibrationReport>(`/api/calibration/interviewers${query}`);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.shrinkage).toBe(5);
      const want = leniencies(panel());
      for (const interviewer of f.interviewers) {
        const row = res.body.interviewers.find((r) => r.interviewer.id === interviewer.id)!;
        const cards = filed.filter((c) => c.interviewerId === interviewer.id);
        const ratings = cards.flatMap((c) => Object.values(c.ratings).filter((r): r is number => r !== null));
        expect(row.scorecards).toBe(cards.length);
        expect(row.distribution).toEqual({
          '1': ratings.filter((r) => r === 1).length,
          '2': ratings.filter((r) => r === 2).length,
          '3': ratings.filter((r) => r === 3).length,
          '4': ratings.filter((r) => r === 4).length,
        });
        const l = want.get(interviewer.id);
        expect(row.comparisons).toBe(l?.comparisons ?? 0);
        if (!l || l.comparisons === 0) expect(row.leniency).toBeNull();
        else expect(row.leniency).toBeCloseTo(l.leniency, 9);
        expect(row.noDecisionRate).toBeCloseTo(cards.filter((c) => c.recommendation === 'no_decision').length / cards.length, 9);
        expect(row.overdueScorecards).toBe(interviewer.id === third.id ? 1 : 0);
      }
    }
    const otherRole = (await f.admin.get<{ id: string; key: string }[]>('/api/roles')).body.find((r) => r.key !== 'ml-researcher')!;
    const filtered = await f.manager.get<CalibrationReport>(`/api/calibration/interviewers?roleId=${otherRole.id}`);
    expect(filtered.body.interviewers.every((r) => r.scorecards === 0 && r.leniency === null && r.overdueScorecards === 0)).toBe(true);
  });
});

// Last: it changes the role's weights.
describe('a change of the role weights', () => {
  it('re-weights the kept raw scores in the same transaction: the leaderboard follows at once', async () => {
    const next: Weights = { ml: 0.1, math: 0.1, swe: 0.1, data: 0.1, ops: 0.1, research: 0.1, comms: 0.2, product: 0.2 };
    const saved = await f.admin.post(`/api/roles/${f.role.id}/weights`, { baseVersion: weightsVersion, weights: next });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    weights = next;
    const res = await f.manager.get<Leaderboard>(`/api/openings/${f.opening.id}/leaderboard?view=raw&pageSize=100`);
    expect(res.status).toBe(200);
    expect(res.body.weightsVersion).toBe(weightsVersion + 1);
    for (const row of res.body.rows) {
      const want = expected(row.applicationId).raw;
      if (want.composite === null) expect(row.composite).toBeNull();
      else expect(row.composite).toBeCloseTo(want.composite, 9);
      expect(row.coverage).toBeCloseTo(want.coverage, 9);
    }
    const [kept] = await f.api.sql(
      `SELECT DISTINCT weights_version FROM application_score s JOIN application a ON a.id = s.application_id
      JOIN opening o ON o.id = a.opening_id WHERE o.role_id = $1`,
      [f.role.id],
    );
    expect(kept.weights_version).toBe(weightsVersion + 1);
  });
});
