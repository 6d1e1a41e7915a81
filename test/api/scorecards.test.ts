import type { ApplicationScorecards, Scorecard } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileScorecard, put, scheduleInterview, startScorecardFixture, type ScorecardFixture } from '../support/scorecard-fixture.js';

let f: ScorecardFixture;
// recruiter-screen focuses on comms, product (the first stage of the ML researcher loop).
const TYPE = 'recruiter-screen';

beforeAll(async () => {
  f = await startScorecardFixture({ applications: 3, tag: 'scorecards' });
  expect(f.focus[TYPE]).toEqual(['comms', 'product']);
});
afterAll(async () => {
  await f?.api.close();
});

const scorecardPath = (interviewId: string) => `/api/interviews/${interviewId}/scorecard`;

async function snapshot(): Promise<unknown> {
  return {
    scorecards: await f.api.sql(`SELECT id, status, recommendation, version, submitted_at FROM scorecard ORDER BY id`),
    ratings: await f.api.sql(`SELECT scorecard_id, competency_key, rating, evidence FROM scorecard_rating ORDER BY 1, 2`),
    amendments: await f.api.sql(`SELECT id, reason FROM scorecard_amendment ORDER BY id`),
    aggregates: await f.api.sql(`SELECT * FROM application_competency_score ORDER BY 1, 2`),
    calibration: await f.api.sql(`SELECT * FROM interviewer_calibration ORDER BY 1`),
    audit: await f.api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'scorecard'`),
  };
}

describe('a scorecard, from draft to amendment', () => {
  it('drafts, saves, submits and amends, keeping the original', async () => {
    const [i1, i2] = f.interviewers;
    const app = f.applications[0]!;
    const interviewId = await scheduleInterview(f, app.id, TYPE, [i1!.id, i2!.id]);

    expect((await i1!.client.get(scorecardPath(interviewId))).status).toBe(404);
    const created = await put<Scorecard>(i1!.client, scorecardPath(interviewId), {
      version: 0,
      ratings: [{ competency: 'product', rating: 3, evidence: 'Framed the metric well' }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.body).toMatchObject({
      interviewId,
      applicationId: app.id,
      interviewType: { key: TYPE },
      interviewer: { id: i1!.id, name: i1!.name },
      status: 'draft',
      version: 1,
      recommendation: null,
      submittedAt: null,
      amendments: [],
      ratings: [
        { competency: 'comms', rating: null, evidence: '' },
        { competency: 'product', rating: 3, evidence: 'Framed the metric well' },
      ],
    });

    // Submitting an incomplete draft names every missing piece.
    const incomplete = await i1!.client.post(`${scorecardPath(interviewId)}/submit`, { version: 1 });
    expect(incomplete.status).toBe(400);
    expect(incomplete.body.fields.map((x: { field: string }) => x.field).sort()).toEqual(['ratings.0', 'recommendation']);

    const saved = await put<Scorecard>(i1!.client, scorecardPath(interviewId), {
      version: 1,
      ratings: [{ competency: 'comms', rating: 4, evidence: '' }],
      recommendation: 'yes',
    });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body.version).toBe(2);
    const noEvidence = await i1!.client.post(`${scorecardPath(interviewId)}/submit`, { version: 2 });
    expect(noEvidence.status).toBe(400);
    expect(noEvidence.body.fields).toEqual([{ field: 'ratings.0.evidence', reason: expect.stringContaining('comms') }]);
    const fixed = await put<Scorecard>(i1!.client, scorecardPath(interviewId), {
      version: 2,
      ratings: [{ competency: 'comms', rating: 4, evidence: 'Clear, structured answers' }],
    });
    expect(fixed.body.recommendation).toBe('yes'); // left out = unchanged
    const mine = await i1!.client.get<Scorecard>(scorecardPath(interviewId));
    expect(mine.body).toEqual(fixed.body);

    type Mine = { upcoming: { id: string }[]; scorecardsDue: { id: string }[] };
    const listed = async (client: typeof i1.client) => {
      const mineNow = (await client.get<Mine>('/api/me/interviews')).body;
      return [...mineNow.upcoming, ...mineNow.scorecardsDue].some((i) => i.id === interviewId);
    };
    expect(await listed(i1!.client)).toBe(true);

    const submitted = await i1!.client.post<Scorecard>(`${scorecardPath(interviewId)}/submit`, { version: 3 });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ status: 'submitted', version: 4 });
    expect(submitted.body.submittedAt).not.toBeNull();
    // Nothing is due from i1 any more; i2 still owes theirs.
    expect(await listed(i1!.client)).toBe(false);
    expect(await listed(i2!.client)).toBe(true);
    expect(
      await f.api.sql(
        `SELECT competency_key, rating_sum, rating_count FROM application_competency_score WHERE application_id = $1 ORDER BY 1`,
        [app.id],
      ),
    ).toEqual([
      { competency_key: 'comms', rating_sum: 4, rating_count: 1 },
      { competency_key: 'product', rating_sum: 3, rating_count: 1 },
    ]);
    const [audit] = await f.api.sql(`SELECT actor_id FROM audit_log WHERE action = 'scorecard.submitted' AND entity_id = $1`, [
      submitted.body.id,
    ]);
    expect(audit.actor_id).toBe(i1!.id);

    const amended = await i1!.client.post<Scorecard>(`/api/scorecards/${submitted.body.id}/amendments`, {
      version: 4,
      reason: 'Mixed up product and comms',
      ratings: [{ competency: 'product', rating: 2, evidence: 'Metric framing was shallow on reflection' }],
      recommendation: 'no',
    });
    expect(amended.status, JSON.stringify(amended.body)).toBe(201);
    expect(amended.body).toMatchObject({ status: 'submitted', version: 5, recommendation: 'no' });
    expect(amended.body.ratings[1]).toEqual({ competency: 'product', rating: 2, evidence: 'Metric framing was shallow on reflection' });
    expect(amended.body.amendments).toHaveLength(1);
    expect(amended.body.amendments[0]).toMatchObject({
      author: { id: i1!.id },
      reason: 'Mixed up product and comms',
      before: {
        recommendation: 'yes',
        ratings: [
          { competency: 'comms', rating: 4 },
          { competency: 'product', rating: 3, evidence: 'Framed the metric well' },
        ],
      },
      after: {
        recommendation: 'no',
        ratings: [
          { competency: 'comms', rating: 4 },
          { competency: 'product', rating: 2 },
        ],
      },
    });
    expect(
      await f.api.sql(`SELECT rating_sum FROM application_competency_score WHERE application_id = $1 AND competency_key = 'product'`, [
        app.id,
      ]),
    ).toEqual([{ rating_sum: 2 }]);
    expect(
      await f.api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'scorecard.amended' AND entity_id = $1`, [
        submitted.body.id,
      ]),
    ).toEqual([{ n: 1 }]);

    // The hiring manager sees the submitted scorecard with its amendments; the other interviewer's draft nobody else sees.
    await put(i2!.client, scorecardPath(interviewId), {
      version: 0,
      ratings: [{ competency: 'comms', rating: 1, evidence: 'draft words' }],
    });
    const forManager = await f.manager.get<ApplicationScorecards>(`/api/applications/${app.id}/scorecards`);
    expect(forManager.status).toBe(200);
    expect(forManager.body.blinded).toBe(false);
    expect(forManager.body.scorecards.map((s) => s.interviewer.id)).toEqual([i1!.id]);
    expect(forManager.body.scorecards[0]!.amendments).toHaveLength(1);
    expect(JSON.stringify(forManager.body)).not.toContain('draft words');
  });
});

describe('bad input: a clear 4xx, nothing changed', () => {
  let interviewId: string;
  let submittedInterviewId: string;
  let submittedId: string;
  beforeAll(async () => {
    const [i1, i2] = f.interviewers;
    interviewId = await scheduleInterview(f, f.applications[1]!.id, TYPE, [i1!.id, i2!.id]);
    const draft = await put(i1!.client, scorecardPath(interviewId), {
      version: 0,
      ratings: [{ competency: 'comms', rating: 2, evidence: 'ok' }],
    });
    expect(draft.status).toBe(200);
    submittedInterviewId = await scheduleInterview(f, f.applications[1]!.id, TYPE, [i1!.id]);
    submittedId = (await fileScorecard(i1!.client, submittedInterviewId, { comms: 3, product: 3 }, 'yes')).id;
  });

  const cases: {
    name: string;
    who: number;
    path: () => string;
    method: 'PUT' | 'POST';
    body: () => unknown;
    status: number;
    code: string;
    field?: string;
  }[] = [
    {
      name: 'rating 0',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 1, ratings: [{ competency: 'comms', rating: 0, evidence: 'x' }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.0.rating',
    },
    {
      name: 'rating 5',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({
        version: 1,
        ratings: [
          { competency: 'product', rating: 3, evidence: '' },
          { competency: 'comms', rating: 5, evidence: 'x' },
        ],
      }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.1.rating',
    },
    {
      name: 'rating 2.5',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 1, ratings: [{ competency: 'comms', rating: 2.5, evidence: 'x' }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.0.rating',
    },
    {
      name: 'rating "3"',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 1, ratings: [{ competency: 'comms', rating: '3', evidence: 'x' }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.0.rating',
    },
    {
      name: 'a competency the interview does not focus on',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 1, ratings: [{ competency: 'math', rating: 3, evidence: 'x' }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.0.competency',
    },
    {
      name: 'a competency twice',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({
        version: 1,
        ratings: [
          { competency: 'comms', rating: 3, evidence: 'x' },
          { competency: 'comms', rating: 2, evidence: 'y' },
        ],
      }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.1.competency',
    },
    {
      name: 'evidence over 10,000 characters',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 1, ratings: [{ competency: 'comms', rating: 3, evidence: 'x'.repeat(10_001) }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.0.evidence',
    },
    {
      name: 'an unknown recommendation',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 1, recommendation: 'maybe' }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'recommendation',
    },
    {
      name: 'a second scorecard for the same interview',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 0, ratings: [{ competency: 'comms', rating: 4, evidence: 'x' }] }),
      status: 409,
      code: 'SCORECARD_EXISTS',
    },
    {
      name: 'a stale version',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 7, ratings: [{ competency: 'comms', rating: 4, evidence: 'x' }] }),
      status: 409,
      code: 'SCORECARD_VERSION_CONFLICT',
      field: 'version',
    },
    {
      name: 'a draft by someone not assigned',
      who: 2,
      method: 'PUT',
      path: () => scorecardPath(interviewId),
      body: () => ({ version: 0, ratings: [{ competency: 'comms', rating: 4, evidence: 'x' }] }),
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'a submission by someone not assigned',
      who: 2,
      method: 'POST',
      path: () => `${scorecardPath(interviewId)}/submit`,
      body: () => ({ version: 1 }),
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'an edit of a submitted scorecard',
      who: 0,
      method: 'PUT',
      path: () => scorecardPath(submittedInterviewId),
      body: () => ({ version: 2, ratings: [{ competency: 'comms', rating: 1, evidence: 'x' }] }),
      status: 409,
      code: 'SCORECARD_SUBMITTED',
    },
    {
      name: 'a second submission',
      who: 0,
      method: 'POST',
      path: () => `${scorecardPath(submittedInterviewId)}/submit`,
      body: () => ({ version: 2 }),
      status: 409,
      code: 'SCORECARD_SUBMITTED',
    },
    {
      name: 'a submission at a stale version',
      who: 0,
      method: 'POST',
      path: () => `${scorecardPath(interviewId)}/submit`,
      body: () => ({ version: 5 }),
      status: 409,
      code: 'SCORECARD_VERSION_CONFLICT',
    },
    {
      name: 'an amendment without a reason',
      who: 0,
      method: 'POST',
      path: () => `/api/scorecards/${submittedId}/amendments`,
      body: () => ({ version: 2, reason: '  ', recommendation: 'no' }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'reason',
    },
    {
      name: 'an amendment rating out of range',
      who: 0,
      method: 'POST',
      path: () => `/api/scorecards/${submittedId}/amendments`,
      body: () => ({ version: 2, reason: 'r', ratings: [{ competency: 'comms', rating: 9, evidence: 'x' }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.0.rating',
    },
    {
      name: 'an amendment of a non-focus competency',
      who: 0,
      method: 'POST',
      path: () => `/api/scorecards/${submittedId}/amendments`,
      body: () => ({ version: 2, reason: 'r', ratings: [{ competency: 'swe', rating: 2, evidence: 'x' }] }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'ratings.0.competency',
    },
    {
      name: 'an amendment by someone else',
      who: 1,
      method: 'POST',
      path: () => `/api/scorecards/${submittedId}/amendments`,
      body: () => ({ version: 2, reason: 'not mine', recommendation: 'no' }),
      status: 403,
      code: 'FORBIDDEN',
    },
    {
      name: 'an amendment at a stale version',
      who: 0,
      method: 'POST',
      path: () => `/api/scorecards/${submittedId}/amendments`,
      body: () => ({ version: 1, reason: 'late', recommendation: 'no' }),
      status: 409,
      code: 'SCORECARD_VERSION_CONFLICT',
    },
  ];

  for (const c of cases) {
    it(`refuses ${c.name}`, async () => {
      const before = await snapshot();
      const res = await f.interviewers[c.who]!.client.request(c.method, c.path(), c.body());
      expect(res.status, JSON.stringify(res.body)).toBe(c.status);
      expect(res.body.code).toBe(c.code);
      if (c.field) expect(res.body.fields.map((x: { field: string }) => x.field)).toContain(c.field);
      if (c.code === 'SCORECARD_VERSION_CONFLICT') expect(typeof res.body.currentVersion).toBe('number');
      expect(await snapshot()).toEqual(before);
    });
  }

  it('refuses to amend a draft (409 SCORECARD_NOT_SUBMITTED)', async () => {
    const [row] = await f.api.sql(`SELECT id FROM scorecard WHERE interview_id = $1`, [interviewId]);
    const before = await snapshot();
    const res = await f.interviewers[0]!.client.post(`/api/scorecards/${row.id}/amendments`, {
      version: 1,
      reason: 'too early',
      recommendation: 'no',
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('SCORECARD_NOT_SUBMITTED');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses drafts on a cancelled interview (409 INTERVIEW_CLOSED), yet amendments stay allowed', async () => {
    const [i1] = f.interviewers;
    const cancelledId = await scheduleInterview(f, f.applications[2]!.id, TYPE, [i1!.id]);
    const card = await fileScorecard(i1!.client, cancelledId, { comms: 2, product: null }, 'no_decision');
    const other = await scheduleInterview(f, f.applications[2]!.id, TYPE, [i1!.id]);
    const interview = (await f.recruiter.get(`/api/applications/${f.applications[2]!.id}/interviews`)).body.find(
      (i: { id: string }) => i.id === other,
    );
    expect((await f.recruiter.request('DELETE', `/api/interviews/${other}?version=${interview.version}`)).status).toBe(200);
    const before = await snapshot();
    const res = await put(i1!.client, scorecardPath(other), { version: 0, ratings: [{ competency: 'comms', rating: 3, evidence: 'x' }] });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('INTERVIEW_CLOSED');
    expect(await snapshot()).toEqual(before);
    const amended = await i1!.client.post(`/api/scorecards/${card.id}/amendments`, {
      version: card.version,
      reason: 'typo',
      ratings: [{ competency: 'comms', rating: 3, evidence: 'better' }],
    });
    expect(amended.status, JSON.stringify(amended.body)).toBe(201);
  });

  it('is not readable by roles other than interviewers for GET own scorecard', async () => {
    expect((await f.manager.get(scorecardPath(interviewId))).status).toBe(403);
  });
});

describe('the blind rule on the application endpoints', () => {
  it('shows an interviewer only their own until they submit, then all submitted ones and the score', async () => {
    const fx = await startScorecardFixture({ applications: 1, tag: 'blind' });
    try {
      const [a1, a2] = fx.interviewers;
      const app = fx.applications[0]!;
      const interviewId = await scheduleInterview(fx, app.id, TYPE, [a1!.id, a2!.id]);
      await fileScorecard(a1!.client, interviewId, { comms: 4, product: 3 }, 'strong_yes');
      await put(a2!.client, scorecardPath(interviewId), { version: 0, ratings: [{ competency: 'comms', rating: 1, evidence: 'mine' }] });
      const blind = await a2!.client.get<ApplicationScorecards>(`/api/applications/${app.id}/scorecards`);
      expect(blind.status).toBe(200);
      expect(blind.body.blinded).toBe(true);
      expect(blind.body.scorecards.map((s) => s.interviewer.id)).toEqual([a2!.id]);
      expect(JSON.stringify(blind.body)).not.toContain('strong_yes');
      const score = await a2!.client.get(`/api/applications/${app.id}/score`);
      expect(score.status).toBe(403);
      expect(score.body.message).toMatch(/submit your own scorecard first/i);
      const own = await a2!.client.get<Scorecard>(scorecardPath(interviewId));
      await a2!.client.post(`${scorecardPath(interviewId)}/submit`, { version: own.body.version });
      await put(a2!.client, scorecardPath(interviewId), {
        version: own.body.version,
        ratings: [{ competency: 'product', rating: 1, evidence: 'mine' }],
        recommendation: 'no',
      });
      const again = await a2!.client.get<Scorecard>(scorecardPath(interviewId));
      const submitted = await a2!.client.post(`${scorecardPath(interviewId)}/submit`, { version: again.body.version });
      expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      const open = await a2!.client.get<ApplicationScorecards>(`/api/applications/${app.id}/scorecards`);
      expect(open.body.blinded).toBe(false);
      expect(open.body.scorecards.map((s) => s.interviewer.id).sort()).toEqual([a1!.id, a2!.id].sort());
      expect((await a2!.client.get(`/api/applications/${app.id}/score`)).status).toBe(200);
    } finally {
      await fx.api.close();
    }
  });

  it('refuses leaderboards and the calibration report to interviewers', async () => {
    const i1 = f.interviewers[0]!.client;
    expect((await i1.get(`/api/openings/${f.opening.id}/leaderboard`)).status).toBe(403);
    expect((await i1.get(`/api/roles/${f.role.id}/leaderboard`)).status).toBe(403);
    expect((await i1.get(`/api/calibration/interviewers`)).status).toBe(403);
  });
});

describe('erasure of a candidate with scorecards', () => {
  it('keeps the ratings for the counts and cuts the words: their evidence, amendment reasons, and their name in other scorecards', async () => {
    const fx = await startScorecardFixture({ applications: 2, tag: 'erasure' });
    try {
      const [a1] = fx.interviewers;
      const [erased, other] = fx.applications;
      const candidate = (await fx.admin.get(`/api/candidates/${erased!.candidate.id}`)).body;
      const name = candidate.displayName as string;
      expect(name).toMatch(/Cara Candidate/);
      const i1 = await scheduleInterview(fx, erased!.id, TYPE, [a1!.id]);
      const card = await fileScorecard(a1!.client, i1, { comms: 3, product: 2 }, 'yes');
      const amended = await a1!.client.post(`/api/scorecards/${card.id}/amendments`, {
        version: card.version,
        reason: `Spoke to ${name} again`,
        ratings: [{ competency: 'comms', rating: 4, evidence: `${name} explained it clearly` }],
      });
      expect(amended.status, JSON.stringify(amended.body)).toBe(201);
      const i2 = await scheduleInterview(fx, other!.id, TYPE, [a1!.id]);
      const draft = await put(a1!.client, scorecardPath(i2), {
        version: 0,
        ratings: [{ competency: 'comms', rating: 3, evidence: `Better than ${name} on this` }],
      });
      expect(draft.status).toBe(200);

      const res = await fx.admin.post(`/api/candidates/${erased!.candidate.id}/erase`, {
        version: candidate.version,
        reason: 'Request by email',
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const text = JSON.stringify({
        ratings: await fx.api.sql(`SELECT * FROM scorecard_rating`),
        amendments: await fx.api.sql(`SELECT * FROM scorecard_amendment`),
      });
      expect(text).not.toContain(name);
      expect(await fx.api.sql(`SELECT competency_key, rating FROM scorecard_rating WHERE scorecard_id = $1 ORDER BY 1`, [card.id])).toEqual(
        [
          { competency_key: 'comms', rating: 4 },
          { competency_key: 'product', rating: 2 },
        ],
      );
      const [amendment] = await fx.api.sql(`SELECT reason, before, after FROM scorecard_amendment WHERE scorecard_id = $1`, [card.id]);
      expect(amendment.reason).toBe('[erased]');
      expect(amendment.before.ratings[0]).toMatchObject({ competency: 'comms', rating: 3, evidence: '[erased]' });
      expect(
        await fx.api.sql(`SELECT rating_sum FROM application_competency_score WHERE application_id = $1 AND competency_key = 'comms'`, [
          erased!.id,
        ]),
      ).toEqual([{ rating_sum: 4 }]);
      const [otherRating] = await fx.api.sql(
        `SELECT evidence FROM scorecard_rating r JOIN scorecard s ON s.id = r.scorecard_id WHERE s.interview_id = $1`,
        [i2],
      );
      expect(otherRating.evidence).toBe('Better than [erased] on this');
    } finally {
      await fx.api.close();
    }
  });
});
