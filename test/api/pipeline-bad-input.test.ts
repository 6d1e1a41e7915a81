import type { ApplicationDetail, OpeningDetail, Role } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let recruiter: ApiClient;
let interviewer: ApiClient;
let roles: Role[];

beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  recruiter = await api.as('recruiter');
  interviewer = await api.as('interviewer');
  roles = (await admin.get<Role[]>('/api/roles')).body;
});
afterAll(async () => {
  await api?.close();
});

let counter = 0;
async function setup(roleKey = 'ml-researcher'): Promise<{ opening: OpeningDetail; app: ApplicationDetail }> {
  const opening = await recruiter.post<OpeningDetail>('/api/openings', {
    title: `Odd input ${++counter}`,
    roleId: roles.find((r) => r.key === roleKey)!.id,
    level: 'mid',
    headcount: 1,
    hiringManagerId: api.users.hiring_manager.id,
    interviewerIds: [api.users.interviewer.id],
  });
  expect(opening.status, JSON.stringify(opening.body)).toBe(201);
  const candidate = await admin.post('/api/candidates', { name: `Odd Candidate ${counter}`, primaryChannel: 'other' });
  const app = await recruiter.post<ApplicationDetail>('/api/applications', { candidateId: candidate.body.id, openingId: opening.body.id });
  expect(app.status).toBe(201);
  return { opening: opening.body, app: app.body };
}

const fieldsOf = (body: { fields?: { field: string }[] }) => (body.fields ?? []).map((f) => f.field);

describe('odd input to openings, applications and interviews', () => {
  it('answers 400 naming the field, never 500', async () => {
    const { opening, app } = await setup();
    const schedule = (startsAt: string) =>
      recruiter.post(`/api/applications/${app.id}/interviews`, {
        interviewTypeKey: 'recruiter-screen',
        interviewerIds: [api.users.interviewer.id],
        startsAt,
      });
    // ISO 8601 forms a JavaScript Date cannot read, and a date-time without a time zone.
    for (const startsAt of ['2027-W05-3T10:00:00Z', '20270101T100000Z', '+2027-01-01T10:00:00Z', '2027-01-01 10:00:00']) {
      const res = await schedule(startsAt);
      expect(res.status, startsAt).toBe(400);
      expect(fieldsOf(res.body), startsAt).toContain('startsAt');
    }
    // A list of lists where objects belong.
    const loop = await recruiter.request('PUT', `/api/openings/${opening.id}/loop`, { version: opening.loop.version, stages: [[]] });
    expect(loop.status).toBe(400);
    expect(fieldsOf(loop.body).join(' ')).toMatch(/stages/);
    const kit = await admin.request('PUT', '/api/interview-types/pair-debugging/kit', {
      version: 1,
      instructions: 'x',
      questions: [[]],
      rubric: {},
    });
    expect(kit.status).toBe(400);
    // A version past the integer range.
    const huge = await recruiter.patch(`/api/openings/${opening.id}`, { version: 2147483648, title: 'Too far' });
    expect(huge.status).toBe(400);
    expect(fieldsOf(huge.body)).toContain('version');
    // A cursor that was not made by the API.
    const forged = Buffer.from(JSON.stringify({ c: '2020', id: opening.id })).toString('base64url');
    const list = await recruiter.get(`/api/openings?cursor=${forged}`);
    expect(list.status).toBe(400);
    expect(fieldsOf(list.body)).toContain('cursor');
    // A target date in another ISO form.
    const week = await recruiter.patch(`/api/openings/${opening.id}`, { version: opening.version, targetDate: '2027-W05' });
    expect(week.status).toBe(400);
    expect(fieldsOf(week.body)).toContain('targetDate');
  });
});

describe('what an interviewer sees', () => {
  it('sees only their own take-home grade, and nothing once taken off the team', async () => {
    const { opening, app } = await setup('data-scientist');
    const stage = opening.loop.stages.find((s) => s.interviewTypes.includes('take-home'))!;
    expect(
      (await recruiter.post(`/api/applications/${app.id}/move`, { fromStageId: app.currentStage.id, toStageId: stage.id })).status,
    ).toBe(200);
    const other = await admin.post('/api/users', {
      email: `grader-${counter}@test.loopboard.dev`,
      name: 'Gina Grader',
      role: 'interviewer',
      password: 'a-long-enough-secret',
    });
    const current = (await recruiter.get<OpeningDetail>(`/api/openings/${opening.id}`)).body;
    const teamed = await recruiter.patch<OpeningDetail>(`/api/openings/${opening.id}`, {
      version: current.version,
      interviewerIds: [api.users.interviewer.id, other.body.id],
    });
    expect(teamed.status, JSON.stringify(teamed.body)).toBe(200);
    const path = `/api/applications/${app.id}/take-home`;
    expect((await recruiter.post(`${path}/send`, { dueAt: new Date(Date.now() + 7 * 86_400_000).toISOString() })).status).toBe(200);
    expect((await recruiter.post(`${path}/submit`, { url: 'https://example.org/work' })).status).toBe(200);
    const graded = await recruiter.post(`${path}/grade`, {
      grades: [
        { graderId: api.users.interviewer.id, grade: 2 },
        { graderId: other.body.id, grade: 4 },
      ],
    });
    expect(graded.status, JSON.stringify(graded.body)).toBe(200);
    const interview = await recruiter.post(`/api/applications/${app.id}/interviews`, {
      interviewTypeKey: 'take-home',
      interviewerIds: [api.users.interviewer.id],
      startsAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(interview.status, JSON.stringify(interview.body)).toBe(201);

    const seen = await interviewer.get(path);
    expect(seen.status).toBe(200);
    expect(seen.body.grades.map((g: { grade: number }) => g.grade)).toEqual([2]);
    expect((await recruiter.get(path)).body.grades).toHaveLength(2);

    const latest = (await recruiter.get<OpeningDetail>(`/api/openings/${opening.id}`)).body;
    expect(
      (await recruiter.patch(`/api/openings/${opening.id}`, { version: latest.version, interviewerIds: [other.body.id] })).status,
    ).toBe(200);
    expect((await interviewer.get(`/api/applications/${app.id}`)).status).toBe(403);
    expect((await interviewer.get(path)).status).toBe(403);
  });
});

describe('hostile input found by the API fuzzer (test/api/fuzz.test.ts)', () => {
  it('refuses a NUL character in any string with a 400 naming the field, not a 500 from PostgreSQL', async () => {
    const candidate = await admin.post('/api/candidates', { name: 'Nul\u0000Byte', primaryChannel: 'other' });
    expect(candidate.status, JSON.stringify(candidate.body)).toBe(400);
    expect(candidate.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'name' }] });
    const signIn = await api.post('/api/auth/sign-in', { email: '\u0000', password: 'whatever-it-is' });
    expect(signIn.status, JSON.stringify(signIn.body)).toBe(400);
    const query = await admin.get(`/api/candidates?q=${encodeURIComponent('a\u0000b')}`);
    expect(query.status, JSON.stringify(query.body)).toBe(400);
    expect(fieldsOf(query.body)).toEqual(['q']);
  });

  it('refuses a body nested thousands of levels deep with a 400, not a stack overflow', async () => {
    const { app } = await setup();
    const deep = '['.repeat(5_000) + ']'.repeat(5_000);
    const res = await admin.request('PUT', `/api/candidates/${app.candidate.id}/demographics`, undefined, {
      rawBody: deep,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('takes a path parameter longer than 100 characters to the guard and the validation, with the usual error body', async () => {
    const long = 'x'.repeat(500);
    const denied = await interviewer.get(`/api/candidates/${long}`);
    expect(denied.status).toBe(403);
    const invalid = await admin.get(`/api/candidates/${long}`);
    expect(invalid.status).toBe(400);
    expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'candidateId' }] });
    expect(typeof invalid.body.requestId).toBe('string');
  });
});
