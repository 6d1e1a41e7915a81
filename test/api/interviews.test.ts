import type { ApplicationDetail, Interview, MyInterviews, OpeningDetail, Role } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let recruiter: ApiClient;
let manager: ApiClient;
let interviewer: ApiClient;
/** An interviewer who is not on any opening's team. */
let outsider: ApiClient;
let outsiderId: string;
/** An interviewer on the team, but never assigned. */
let bystander: ApiClient;
let bystanderId: string;
let researcher: Role;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

async function newUser(email: string, name: string): Promise<{ client: ApiClient; id: string }> {
  const created = await admin.post('/api/users', { email, name, role: 'interviewer', password: 'a-long-enough-password' });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const { client } = await api.signIn(email, 'a-long-enough-password');
  return { client: client!, id: created.body.id };
}

beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  recruiter = await api.as('recruiter');
  manager = await api.as('hiring_manager');
  interviewer = await api.as('interviewer');
  researcher = (await admin.get<Role[]>('/api/roles')).body.find((r) => r.key === 'ml-researcher')!;
  ({ client: outsider, id: outsiderId } = await newUser('outsider@test.loopboard.dev', 'Olga Outsider'));
  ({ client: bystander, id: bystanderId } = await newUser('bystander@test.loopboard.dev', 'Bea Bystander'));
});
afterAll(async () => {
  await api?.close();
});

let counter = 0;
async function setup(): Promise<{ opening: OpeningDetail; app: ApplicationDetail; candidateName: string }> {
  const candidateName = `Ada Candidate ${++counter}`;
  const candidate = await admin.post('/api/candidates', {
    name: candidateName,
    primaryChannel: 'other',
    emails: [`ada${counter}@candidates.example.org`],
  });
  expect(candidate.status, JSON.stringify(candidate.body)).toBe(201);
  const opening = await recruiter.post<OpeningDetail>('/api/openings', {
    title: `ML researcher ${counter}`,
    roleId: researcher.id,
    level: 'senior',
    headcount: 1,
    hiringManagerId: api.users.hiring_manager.id,
    recruiterIds: [api.users.recruiter.id],
    interviewerIds: [api.users.interviewer.id, bystanderId],
  });
  expect(opening.status, JSON.stringify(opening.body)).toBe(201);
  const app = await recruiter.post<ApplicationDetail>('/api/applications', { candidateId: candidate.body.id, openingId: opening.body.id });
  expect(app.status, JSON.stringify(app.body)).toBe(201);
  return { opening: opening.body, app: app.body, candidateName };
}

async function schedule(applicationId: string, overrides: Record<string, unknown> = {}): Promise<Interview> {
  const res = await recruiter.post<Interview>(`/api/applications/${applicationId}/interviews`, {
    interviewTypeKey: 'recruiter-screen',
    interviewerIds: [api.users.interviewer.id],
    startsAt: inDays(2),
    ...overrides,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function state(): Promise<unknown> {
  return {
    interviews: await api.sql(`SELECT id, starts_at, scorecard_due_at, duration_minutes, status, version FROM interview ORDER BY id`),
    interviewers: await api.sql(`SELECT interview_id, user_id FROM interview_interviewer ORDER BY interview_id, user_id`),
    audit: await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'interview'`),
  };
}

/** Unfolds RFC 5545 content lines and returns them. */
function icsLines(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split(/\r?\n/);
}

describe('scheduling an interview', () => {
  it("runs one of the current stage's types, with defaults from the type, audited", async () => {
    const { app } = await setup();
    const startsAt = new Date(Date.now() + 3 * DAY);
    startsAt.setUTCMilliseconds(0);
    const interview = await schedule(app.id, { startsAt: startsAt.toISOString() });
    const [type] = await api.sql(`SELECT duration_minutes FROM interview_type WHERE key = 'recruiter-screen'`);
    expect(interview).toMatchObject({
      applicationId: app.id,
      stage: app.currentStage,
      interviewType: { key: 'recruiter-screen', name: 'Recruiter screen' },
      interviewers: [{ id: api.users.interviewer.id, name: api.users.interviewer.name }],
      startsAt: startsAt.toISOString(),
      durationMinutes: type.duration_minutes,
      scorecardDueAt: new Date(startsAt.getTime() + DAY).toISOString(),
      status: 'scheduled',
      version: 1,
    });
    const [audit] = await api.sql(`SELECT actor_id, changes FROM audit_log WHERE action = 'interview.scheduled' AND entity_id = $1`, [
      interview.id,
    ]);
    expect(audit.actor_id).toBe(api.users.recruiter.id);
    expect(JSON.stringify(audit.changes)).not.toContain('recruiter-screen'); // sealed under the candidate's key
    const list = await manager.get<Interview[]>(`/api/applications/${app.id}/interviews`);
    expect(list.status).toBe(200);
    expect(list.body.map((i) => i.id)).toEqual([interview.id]);
  });

  it('takes an explicit duration and scorecard due date', async () => {
    const { app } = await setup();
    const startsAt = inDays(1);
    const due = inDays(4);
    const interview = await schedule(app.id, { startsAt, durationMinutes: 90, scorecardDueAt: due });
    expect(interview).toMatchObject({ durationMinutes: 90, scorecardDueAt: due });
  });

  it('refuses every bad input with a 400 naming the field, and writes nothing', async () => {
    const { app } = await setup();
    const before = await state();
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ interviewTypeKey: 'pair-debugging' }, 'interviewTypeKey', /current stage "Recruiter screen"/],
      [{ interviewTypeKey: 'no-such-type' }, 'interviewTypeKey', /not an interview type/],
      [{ interviewerIds: [outsiderId] }, 'interviewerIds.0', /not an active interviewer on this opening's team/],
      [{ interviewerIds: [api.users.interviewer.id, api.users.recruiter.id] }, 'interviewerIds.1', /not an active interviewer/],
      [{ interviewerIds: [] }, 'interviewerIds', /at least one/],
      [{ startsAt: new Date(Date.now() - HOUR).toISOString() }, 'startsAt', /in the past/],
      [{ startsAt: 'tomorrow' }, 'startsAt', /ISO 8601/],
      [{ startsAt: inDays(2), scorecardDueAt: inDays(1) }, 'scorecardDueAt', /after startsAt/],
      [{ durationMinutes: 0 }, 'durationMinutes', /./],
    ];
    for (const [overrides, field, reason] of cases) {
      const res = await recruiter.post(`/api/applications/${app.id}/interviews`, {
        interviewTypeKey: 'recruiter-screen',
        interviewerIds: [api.users.interviewer.id],
        startsAt: inDays(2),
        ...overrides,
      });
      expect(res.status, JSON.stringify(overrides)).toBe(400);
      expect(res.body.fields, JSON.stringify(overrides)).toEqual(
        expect.arrayContaining([expect.objectContaining({ field, reason: expect.stringMatching(reason) })]),
      );
    }
    expect(await state()).toEqual(before);
  });

  it('refuses a deactivated interviewer even when they are on the team', async () => {
    const { app } = await setup();
    await api.sql(`UPDATE app_user SET active = false WHERE id = $1`, [bystanderId]);
    try {
      const res = await recruiter.post(`/api/applications/${app.id}/interviews`, {
        interviewTypeKey: 'recruiter-screen',
        interviewerIds: [bystanderId],
        startsAt: inDays(2),
      });
      expect(res.status).toBe(400);
      expect(res.body.fields[0].field).toBe('interviewerIds.0');
    } finally {
      await api.sql(`UPDATE app_user SET active = true WHERE id = $1`, [bystanderId]);
    }
  });

  it('answers 404 for an unknown application and 403 to hiring managers and interviewers', async () => {
    const body = { interviewTypeKey: 'recruiter-screen', interviewerIds: [api.users.interviewer.id], startsAt: inDays(2) };
    const missing = await recruiter.post(`/api/applications/00000000-0000-4000-8000-000000000000/interviews`, body);
    expect(missing.status).toBe(404);
    const { app } = await setup();
    expect((await manager.post(`/api/applications/${app.id}/interviews`, body)).status).toBe(403);
    expect((await interviewer.post(`/api/applications/${app.id}/interviews`, body)).status).toBe(403);
  });
});

describe('rescheduling, reassigning and cancelling', () => {
  it('reschedules from the current version, moving the due date with it, audited', async () => {
    const { app } = await setup();
    const interview = await schedule(app.id);
    const later = new Date(new Date(interview.startsAt).getTime() + 2 * DAY).toISOString();
    const res = await recruiter.patch<Interview>(`/api/interviews/${interview.id}`, {
      version: 1,
      startsAt: later,
      interviewerIds: [bystanderId, api.users.interviewer.id],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      startsAt: later,
      scorecardDueAt: new Date(new Date(interview.scorecardDueAt).getTime() + 2 * DAY).toISOString(),
      interviewers: [{ id: bystanderId }, { id: api.users.interviewer.id }],
      version: 2,
    });
    const audits = await api.sql(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [interview.id]);
    expect(audits.map((a) => a.action)).toEqual(['interview.scheduled', 'interview.updated']);
  });

  it('answers a stale version with 409 and the current state, changing nothing', async () => {
    const { app } = await setup();
    const interview = await schedule(app.id);
    expect((await recruiter.patch(`/api/interviews/${interview.id}`, { version: 1, durationMinutes: 45 })).status).toBe(200);
    const before = await state();
    const stale = await admin.patch(`/api/interviews/${interview.id}`, { version: 1, startsAt: inDays(5) });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'INTERVIEW_VERSION_CONFLICT', currentVersion: 2, current: { durationMinutes: 45 } });
    expect(stale.body.fields[0].field).toBe('version');
    expect(await state()).toEqual(before);
  });

  it('lets exactly one of many concurrent edits from the same version through', async () => {
    const { app } = await setup();
    const interview = await schedule(app.id);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => recruiter.patch(`/api/interviews/${interview.id}`, { version: 1, durationMinutes: 20 + i })),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(11);
    const [row] = await api.sql(`SELECT version FROM interview WHERE id = $1`, [interview.id]);
    expect(row.version).toBe(2);
    const [audits] = await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'interview.updated' AND entity_id = $1`, [
      interview.id,
    ]);
    expect(audits.n).toBe(1);
  });

  it('refuses a reassignment off the team, a past time and a due date before the start', async () => {
    const { app } = await setup();
    const interview = await schedule(app.id);
    const before = await state();
    const cases: [Record<string, unknown>, string][] = [
      [{ interviewerIds: [outsiderId] }, 'interviewerIds.0'],
      [{ startsAt: new Date(Date.now() - DAY).toISOString() }, 'startsAt'],
      [{ scorecardDueAt: new Date(new Date(interview.startsAt).getTime() - HOUR).toISOString() }, 'scorecardDueAt'],
      [{ interviewerIds: null }, 'interviewerIds'],
    ];
    for (const [body, field] of cases) {
      const res = await recruiter.patch(`/api/interviews/${interview.id}`, { version: 1, ...body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await state()).toEqual(before);
  });

  it('cancels with the version seen, keeps the interview in history, and refuses further changes', async () => {
    const { app } = await setup();
    const interview = await schedule(app.id);
    expect((await recruiter.request('DELETE', `/api/interviews/${interview.id}`)).status).toBe(400); // no version
    expect((await recruiter.request('DELETE', `/api/interviews/${interview.id}?version=7`)).status).toBe(409);
    const cancelled = await recruiter.request<Interview>('DELETE', `/api/interviews/${interview.id}?version=1`);
    expect(cancelled.status).toBe(200);
    expect(cancelled.body).toMatchObject({ status: 'cancelled', version: 2 });
    const list = await recruiter.get<Interview[]>(`/api/applications/${app.id}/interviews`);
    expect(list.body).toEqual([expect.objectContaining({ id: interview.id, status: 'cancelled' })]);
    const again = await recruiter.request('DELETE', `/api/interviews/${interview.id}?version=2`);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('INTERVIEW_CLOSED');
    expect((await recruiter.patch(`/api/interviews/${interview.id}`, { version: 2, durationMinutes: 30 })).body.code).toBe(
      'INTERVIEW_CLOSED',
    );
    expect((await api.sql(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [interview.id])).map((a) => a.action)).toEqual([
      'interview.scheduled',
      'interview.cancelled',
    ]);
  });

  it('answers 404 for an unknown interview', async () => {
    const res = await recruiter.patch(`/api/interviews/00000000-0000-4000-8000-000000000000`, { version: 1, durationMinutes: 30 });
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('INTERVIEW_NOT_FOUND');
  });
});

describe('the .ics invite', () => {
  it('names the type and candidate, the time, the interviewers, and links the kit without the candidate email', async () => {
    const { app, candidateName } = await setup();
    const startsAt = new Date(Date.now() + 5 * DAY);
    startsAt.setUTCSeconds(0, 0);
    const interview = await schedule(app.id, {
      startsAt: startsAt.toISOString(),
      durationMinutes: 45,
      interviewerIds: [api.users.interviewer.id, bystanderId],
    });
    const res = await interviewer.get<string>(`/api/interviews/${interview.id}/invite.ics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    const lines = icsLines(res.body);
    expect(lines).toContain('BEGIN:VEVENT');
    expect(lines).toContain(`SUMMARY:Recruiter screen with ${candidateName}`);
    const stamp = startsAt
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '');
    expect(lines).toContain(`DTSTART:${stamp}`);
    expect(lines).toContain('DURATION:PT45M');
    const attendees = lines.filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees).toHaveLength(2);
    expect(attendees.some((l) => l.endsWith(`:mailto:${api.users.interviewer.email}`))).toBe(true);
    expect(attendees.some((l) => l.endsWith(':mailto:bystander@test.loopboard.dev'))).toBe(true);
    const description = lines.find((l) => l.startsWith('DESCRIPTION:'))!;
    expect(description).toContain('/interviews/recruiter-screen');
    expect(res.body).not.toContain('candidates.example.org');
  });

  it('is only for interviewers assigned to that interview', async () => {
    const { app } = await setup();
    const interview = await schedule(app.id);
    expect((await bystander.get(`/api/interviews/${interview.id}/invite.ics`)).status).toBe(403);
    expect((await outsider.get(`/api/interviews/${interview.id}/invite.ics`)).status).toBe(403);
    expect((await manager.get(`/api/interviews/${interview.id}/invite.ics`)).status).toBe(200);
  });
});

describe('interviewer access', () => {
  it('lets an interviewer read only the applications they interview on, without notes', async () => {
    const { app, candidateName } = await setup();
    const other = await setup();
    await schedule(app.id);
    // A note in the history that the interviewer must not see.
    await api.sql(`UPDATE application_event SET note = 'private recruiter note' WHERE application_id = $1`, [app.id]);
    const own = await interviewer.get<ApplicationDetail>(`/api/applications/${app.id}`);
    expect(own.status).toBe(200);
    expect(own.body.candidate.name).toBe(candidateName);
    expect(own.body.history.every((e) => e.note === null)).toBe(true);
    expect(JSON.stringify(own.body)).not.toContain('private recruiter note');
    expect(JSON.stringify(own.body)).not.toContain('candidates.example.org');
    expect((await recruiter.get<ApplicationDetail>(`/api/applications/${app.id}`)).body.history[0]!.note).toBe('private recruiter note');

    expect((await interviewer.get(`/api/applications/${other.app.id}`)).status).toBe(403);
    expect((await interviewer.get(`/api/applications/${other.app.id}/interviews`)).status).toBe(403);
    expect((await bystander.get(`/api/applications/${app.id}`)).status).toBe(403);
    expect((await outsider.get(`/api/applications/${app.id}/interviews`)).status).toBe(403);
    // Unknown ids do not tell an interviewer whether they exist.
    expect((await interviewer.get(`/api/applications/00000000-0000-4000-8000-000000000000`)).status).toBe(403);
  });

  it("shows an interviewer only their own interviews on an application, and loses access when it's cancelled", async () => {
    const { app } = await setup();
    const mine = await schedule(app.id);
    const theirs = await schedule(app.id, { interviewerIds: [bystanderId] });
    const asInterviewer = await interviewer.get<Interview[]>(`/api/applications/${app.id}/interviews`);
    expect(asInterviewer.body.map((i) => i.id)).toEqual([mine.id]);
    const asBystander = await bystander.get<Interview[]>(`/api/applications/${app.id}/interviews`);
    expect(asBystander.body.map((i) => i.id)).toEqual([theirs.id]);
    expect((await recruiter.get<Interview[]>(`/api/applications/${app.id}/interviews`)).body).toHaveLength(2);
    await recruiter.request('DELETE', `/api/interviews/${theirs.id}?version=1`);
    expect((await bystander.get(`/api/applications/${app.id}`)).status).toBe(403);
    expect((await interviewer.get(`/api/applications/${app.id}`)).status).toBe(200);
  });

  it('lists my upcoming interviews and due scorecards, with candidate, opening, type and times', async () => {
    const { app, opening, candidateName } = await setup();
    const upcoming = await schedule(app.id, { startsAt: inDays(1) });
    const past = await schedule(app.id);
    const overdue = await schedule(app.id);
    // Interviews cannot be scheduled in the past, so these two are moved there directly.
    await api.sql(
      `UPDATE interview SET starts_at = now() - interval '2 hours', scorecard_due_at = now() + interval '1 day' WHERE id = $1`,
      [past.id],
    );
    await api.sql(`UPDATE interview SET starts_at = now() - interval '3 days', scorecard_due_at = now() - interval '1 day' WHERE id = $1`, [
      overdue.id,
    ]);
    await schedule(app.id, { interviewerIds: [bystanderId] });
    const res = await interviewer.get<MyInterviews>('/api/me/interviews');
    expect(res.status).toBe(200);
    const forThisApp = (items: MyInterviews['upcoming']) => items.filter((i) => i.applicationId === app.id);
    expect(forThisApp(res.body.upcoming)).toEqual([
      {
        id: upcoming.id,
        applicationId: app.id,
        candidate: { id: app.candidate.id, name: candidateName },
        opening: { id: opening.id, title: opening.title },
        interviewType: { key: 'recruiter-screen', name: 'Recruiter screen' },
        startsAt: upcoming.startsAt,
        durationMinutes: upcoming.durationMinutes,
        scorecardDueAt: upcoming.scorecardDueAt,
        when: 'upcoming',
      },
    ]);
    expect(forThisApp(res.body.scorecardsDue).map((i) => [i.id, i.when])).toEqual([
      [overdue.id, 'overdue'],
      [past.id, 'scorecard_due'],
    ]);
    const outsiderList = await outsider.get<MyInterviews>('/api/me/interviews');
    expect(outsiderList.body).toEqual({ upcoming: [], scorecardsDue: [] });
    expect((await api.get('/api/me/interviews')).status).toBe(401);
  });
});

describe('take-homes', () => {
  /** An application of a data scientist opening, moved to its take-home stage. */
  async function atTakeHome(): Promise<{ app: ApplicationDetail; opening: OpeningDetail }> {
    const role = (await admin.get<Role[]>('/api/roles')).body.find((r) => r.key === 'data-scientist')!;
    const candidate = await admin.post('/api/candidates', { name: `Tess Takehome ${++counter}`, primaryChannel: 'other' });
    const opening = await recruiter.post<OpeningDetail>('/api/openings', {
      title: `Data scientist ${counter}`,
      roleId: role.id,
      level: 'mid',
      headcount: 1,
      hiringManagerId: api.users.hiring_manager.id,
      interviewerIds: [api.users.interviewer.id, bystanderId],
    });
    expect(opening.status, JSON.stringify(opening.body)).toBe(201);
    const created = await recruiter.post<ApplicationDetail>('/api/applications', {
      candidateId: candidate.body.id,
      openingId: opening.body.id,
    });
    const stage = opening.body.loop.stages.find((s) => s.interviewTypes.includes('take-home'))!;
    const moved = await recruiter.post<ApplicationDetail>(`/api/applications/${created.body.id}/move`, {
      fromStageId: created.body.currentStage.id,
      toStageId: stage.id,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    return { app: moved.body, opening: opening.body };
  }

  const takeHomeRows = async () => ({
    rows: await api.sql(`SELECT application_id, state, due_at, submitted_at, graded_at FROM take_home ORDER BY id`),
    grades: await api.sql(`SELECT take_home_id, grader_id, grade FROM take_home_grade ORDER BY take_home_id, grader_id`),
    audit: await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'take_home'`),
  });

  it('goes to send → sent → submitted → graded, with named graders, audited', async () => {
    const { app } = await atTakeHome();
    const path = `/api/applications/${app.id}/take-home`;
    expect((await recruiter.get(path)).body).toMatchObject({ state: 'to_send', id: null, overdue: false });
    const due = inDays(7);
    const sent = await recruiter.post(`${path}/send`, { dueAt: due });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({ state: 'sent', dueAt: due, overdue: false });
    const submitted = await recruiter.post(`${path}/submit`, {
      url: 'https://github.com/tess/churn-model',
      note: 'Used the harness as given',
    });
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
    expect(submitted.body).toMatchObject({ state: 'submitted', submissionUrl: 'https://github.com/tess/churn-model' });
    const graded = await recruiter.post(`${path}/grade`, {
      grades: [
        { graderId: api.users.interviewer.id, grade: 3 },
        { graderId: bystanderId, grade: 4 },
      ],
    });
    expect(graded.status, JSON.stringify(graded.body)).toBe(200);
    expect(graded.body).toMatchObject({
      state: 'graded',
      grades: [
        { grader: { id: api.users.interviewer.id, name: api.users.interviewer.name }, grade: 3 },
        { grader: { id: bystanderId, name: 'Bea Bystander' }, grade: 4 },
      ],
    });
    expect((await manager.get(path)).body.state).toBe('graded');
    const audits = await api.sql(`SELECT action, changes FROM audit_log WHERE entity_type = 'take_home' AND entity_id = $1 ORDER BY id`, [
      graded.body.id,
    ]);
    expect(audits.map((a) => a.action)).toEqual(['take_home.sent', 'take_home.submitted', 'take_home.graded']);
    expect(JSON.stringify(audits)).not.toContain('churn-model'); // sealed under the candidate's key

    // Erasing the candidate takes their submission with them; the state and grades stay for the counts.
    const candidate = (await recruiter.get<ApplicationDetail>(`/api/applications/${app.id}`)).body.candidate;
    const erased = await admin.post(`/api/candidates/${candidate.id}/erase`, { version: 1, reason: 'erasure request 93' });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await api.sql(`SELECT state, submission_url, submission_note FROM take_home WHERE id = $1`, [graded.body.id])).toEqual([
      { state: 'graded', submission_url: null, submission_note: '[erased]' },
    ]);
    expect(await api.sql(`SELECT count(*)::int AS n FROM take_home_grade WHERE take_home_id = $1`, [graded.body.id])).toEqual([{ n: 2 }]);
  });

  it('refuses grading before submission with a 409 naming the state, and other bad steps, changing nothing', async () => {
    const { app } = await atTakeHome();
    const path = `/api/applications/${app.id}/take-home`;
    const grades = { grades: [{ graderId: api.users.interviewer.id, grade: 3 }] };
    let before = await takeHomeRows();
    const early = await recruiter.post(`${path}/grade`, grades);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      code: 'TAKE_HOME_STATE_CONFLICT',
      fields: [{ field: 'state', reason: expect.stringMatching(/to_send/) }],
    });
    expect((await recruiter.post(`${path}/submit`, { note: 'done' })).status).toBe(409);
    const past = await recruiter.post(`${path}/send`, { dueAt: new Date(Date.now() - HOUR).toISOString() });
    expect(past.status).toBe(400);
    expect(past.body.fields[0].field).toBe('dueAt');
    expect((await recruiter.post(`${path}/send`, {})).body.fields[0].field).toBe('dueAt');
    expect(await takeHomeRows()).toEqual(before);

    expect((await recruiter.post(`${path}/send`, { dueAt: inDays(3) })).status).toBe(200);
    before = await takeHomeRows();
    const sentTwice = await recruiter.post(`${path}/send`, { dueAt: inDays(4) });
    expect(sentTwice.status).toBe(409);
    const gradedSent = await recruiter.post(`${path}/grade`, grades);
    expect(gradedSent.status).toBe(409);
    expect(gradedSent.body.fields[0]).toEqual({ field: 'state', reason: 'is sent; this step needs submitted' });
    const empty = await recruiter.post(`${path}/submit`, {});
    expect(empty.status).toBe(400);
    expect(empty.body.fields[0].field).toBe('url');
    expect((await recruiter.post(`${path}/submit`, { url: 'not a url' })).body.fields[0].field).toBe('url');
    expect(await takeHomeRows()).toEqual(before);

    expect((await recruiter.post(`${path}/submit`, { note: 'Sent by email as a zip' })).status).toBe(200);
    before = await takeHomeRows();
    const offTeam = await recruiter.post(`${path}/grade`, { grades: [{ graderId: outsiderId, grade: 3 }] });
    expect(offTeam.status).toBe(400);
    expect(offTeam.body.fields[0]).toMatchObject({ field: 'grades.0.graderId', reason: expect.stringMatching(/team/) });
    const badGrade = await recruiter.post(`${path}/grade`, { grades: [{ graderId: api.users.interviewer.id, grade: 5 }] });
    expect(badGrade.status).toBe(400);
    expect(badGrade.body.fields[0].field).toBe('grades.0.grade');
    const twice = await recruiter.post(`${path}/grade`, {
      grades: [
        { graderId: api.users.interviewer.id, grade: 3 },
        { graderId: api.users.interviewer.id, grade: 2 },
      ],
    });
    expect(twice.status).toBe(400);
    expect(twice.body.fields[0].field).toBe('grades.1.graderId');
    expect(await takeHomeRows()).toEqual(before);
  });

  it('flags a sent take-home as overdue once past due and not submitted', async () => {
    const { app } = await atTakeHome();
    const path = `/api/applications/${app.id}/take-home`;
    await recruiter.post(`${path}/send`, { dueAt: inDays(1) });
    await api.sql(`UPDATE take_home SET due_at = now() - interval '1 hour' WHERE application_id = $1`, [app.id]);
    expect((await recruiter.get(path)).body).toMatchObject({ state: 'sent', overdue: true });
    await recruiter.post(`${path}/submit`, { note: 'late, but here' });
    expect((await recruiter.get(path)).body).toMatchObject({ state: 'submitted', overdue: false });
  });

  it('is only for a stage that runs the take-home, and interviewers see it only where they interview', async () => {
    const { app } = await setup(); // ML researcher loop: no take-home
    const path = `/api/applications/${app.id}/take-home`;
    expect((await recruiter.get(path)).status).toBe(404);
    const send = await recruiter.post(`${path}/send`, { dueAt: inDays(3) });
    expect(send.status).toBe(409);
    expect(send.body.code).toBe('TAKE_HOME_NOT_IN_STAGE');
    const { app: th } = await atTakeHome();
    expect((await interviewer.get(`/api/applications/${th.id}/take-home`)).status).toBe(403);
    await schedule(th.id, { interviewTypeKey: 'take-home' });
    expect((await interviewer.get(`/api/applications/${th.id}/take-home`)).status).toBe(200);
    expect((await interviewer.post(`/api/applications/${th.id}/take-home/send`, { dueAt: inDays(3) })).status).toBe(403);
  });
});
