import type { OpeningDetail, OpeningPage, Role, RoleLoop } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type ApiResponse, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let recruiter: ApiClient;
let manager: ApiClient;
let interviewer: ApiClient;
let researcher: Role;
let engineer: Role;

beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  recruiter = await api.as('recruiter');
  manager = await api.as('hiring_manager');
  interviewer = await api.as('interviewer');
  const roles = (await admin.get<Role[]>('/api/roles')).body;
  researcher = roles.find((r) => r.key === 'ml-researcher')!;
  engineer = roles.find((r) => r.key === 'ml-engineer')!;
});
afterAll(async () => {
  await api?.close();
});

const put = <T = any>(client: ApiClient, path: string, body: unknown): Promise<ApiResponse<T>> => client.request<T>('PUT', path, body);

function openingBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'ML researcher, alignment',
    roleId: researcher.id,
    level: 'senior',
    headcount: 2,
    hiringManagerId: api.users.hiring_manager.id,
    targetDate: '2027-03-31',
    recruiterIds: [api.users.recruiter.id],
    interviewerIds: [api.users.interviewer.id],
    ...overrides,
  };
}

async function createOpening(overrides: Record<string, unknown> = {}): Promise<OpeningDetail> {
  const res = await recruiter.post<OpeningDetail>('/api/openings', openingBody(overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function auditCount(action: string, entityId: string): Promise<number> {
  const [row] = await api.sql<{ n: string }>('SELECT count(*) AS n FROM audit_log WHERE action = $1 AND entity_id = $2', [
    action,
    entityId,
  ]);
  return Number(row!.n);
}

async function openingSnapshot(id: string): Promise<unknown> {
  return {
    opening: await api.sql('SELECT * FROM opening WHERE id = $1', [id]),
    members: await api.sql('SELECT kind, user_id, position FROM opening_member WHERE opening_id = $1 ORDER BY kind, position', [id]),
    stages: await api.sql(
      `SELECT s.id, s.position, s.name, s.removed_at, t.interview_type_key FROM opening_stage s
         LEFT JOIN opening_stage_type t ON t.stage_id = s.id WHERE s.opening_id = $1 ORDER BY s.position, t.position`,
      [id],
    ),
  };
}

describe('creating an opening', () => {
  it("copies its role's loop template, keeps the team, and audits the creation", async () => {
    const template = (await admin.get<RoleLoop>(`/api/roles/${researcher.id}/loop`)).body;
    const opening = await createOpening();
    expect(opening).toMatchObject({
      title: 'ML researcher, alignment',
      roleId: researcher.id,
      roleName: researcher.name,
      level: 'senior',
      headcount: 2,
      hiringManager: { id: api.users.hiring_manager.id, name: api.users.hiring_manager.name },
      targetDate: '2027-03-31',
      status: 'open',
      version: 1,
      activeApplications: 0,
      recruiters: [{ id: api.users.recruiter.id, name: api.users.recruiter.name }],
      interviewers: [{ id: api.users.interviewer.id, name: api.users.interviewer.name }],
      applicationCounts: { active: 0, rejected: 0, withdrawn: 0, hired: 0 },
    });
    expect(opening.loop.version).toBe(1);
    expect(opening.loop.stages.map((s) => ({ name: s.name, interviewTypes: s.interviewTypes }))).toEqual(template.stages);
    expect(opening.loop.stages[0]).toMatchObject({ name: 'Recruiter screen', position: 0, activeApplications: 0 });
    expect(await auditCount('opening.created', opening.id)).toBe(1);
  });

  it('lets an admin create one for a hiring manager who is an admin, with no target date', async () => {
    const res = await admin.post<OpeningDetail>('/api/openings', openingBody({ hiringManagerId: api.users.admin.id, targetDate: null }));
    expect(res.status).toBe(201);
    expect(res.body.targetDate).toBeNull();
    expect(res.body.hiringManager.id).toBe(api.users.admin.id);
  });

  it('names the field of every bad reference and writes nothing', async () => {
    const before = await api.sql('SELECT count(*) FROM opening');
    const cases: [Record<string, unknown>, string][] = [
      [{ roleId: '00000000-0000-4000-8000-000000000000' }, 'roleId'],
      [{ hiringManagerId: api.users.recruiter.id }, 'hiringManagerId'],
      [{ interviewerIds: [api.users.recruiter.id] }, 'interviewerIds.0'],
      [{ recruiterIds: [api.users.recruiter.id, api.users.interviewer.id] }, 'recruiterIds.1'],
      [{ headcount: 0 }, 'headcount'],
      [{ level: 'wizard' }, 'level'],
      [{ targetDate: '2027-02-30' }, 'targetDate'],
      [{ title: '   ' }, 'title'],
      [{ status: 'maybe' }, 'status'],
    ];
    for (const [overrides, field] of cases) {
      const res = await recruiter.post('/api/openings', openingBody(overrides));
      expect(res.status, field).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(
        res.body.fields.map((f: { field: string }) => f.field),
        field,
      ).toContain(field);
    }
    expect(await api.sql('SELECT count(*) FROM opening')).toEqual(before);
  });

  it('refuses a deactivated hiring manager', async () => {
    const created = await admin.post('/api/users', {
      email: 'gone-manager@test.loopboard.dev',
      name: 'Gone Manager',
      role: 'hiring_manager',
      password: 'a-long-enough-password',
    });
    expect(created.status).toBe(201);
    await api.sql('UPDATE app_user SET active = false WHERE id = $1', [created.body.id]);
    const res = await recruiter.post('/api/openings', openingBody({ hiringManagerId: created.body.id }));
    expect(res.status).toBe(400);
    expect(res.body.fields[0]).toMatchObject({ field: 'hiringManagerId', reason: expect.stringMatching(/deactivated/) });
  });

  it('is refused to hiring managers and interviewers, and to anonymous callers', async () => {
    expect((await manager.post('/api/openings', openingBody())).status).toBe(403);
    expect((await interviewer.post('/api/openings', openingBody())).status).toBe(403);
    expect((await api.post('/api/openings', openingBody())).status).toBe(401);
  });
});

describe('reading openings', () => {
  it('lists newest first with filters and keyset pages, for admins, recruiters and hiring managers only', async () => {
    const a = await createOpening({ title: 'Page A', roleId: engineer.id, status: 'on_hold' });
    const b = await createOpening({ title: 'Page B', roleId: engineer.id, status: 'on_hold' });
    const c = await createOpening({ title: 'Page C', roleId: engineer.id, status: 'on_hold' });
    const first = await manager.get<OpeningPage>(`/api/openings?status=on_hold&roleId=${engineer.id}&limit=2`);
    expect(first.status).toBe(200);
    expect(first.body.items.map((o) => o.title)).toEqual(['Page C', 'Page B']);
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await manager.get<OpeningPage>(
      `/api/openings?status=on_hold&roleId=${engineer.id}&limit=2&cursor=${first.body.nextCursor}`,
    );
    expect(second.body.items.map((o) => o.id)).toEqual([a.id]);
    expect(second.body.nextCursor).toBeNull();
    expect([b.id, c.id]).toEqual(first.body.items.map((o) => o.id).reverse());
    const open = await recruiter.get<OpeningPage>('/api/openings?status=open');
    expect(open.body.items.every((o) => o.status === 'open')).toBe(true);

    expect((await manager.get('/api/openings?status=nope')).body.fields[0].field).toBe('status');
    expect((await manager.get('/api/openings?cursor=garbage')).status).toBe(400);
    expect((await interviewer.get('/api/openings')).status).toBe(403);
    expect((await interviewer.get(`/api/openings/${a.id}`)).status).toBe(403);
  });

  it('answers 404 for an unknown opening and 400 for a malformed id', async () => {
    const missing = await admin.get('/api/openings/00000000-0000-4000-8000-000000000000');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('OPENING_NOT_FOUND');
    expect((await admin.get('/api/openings/not-a-uuid')).status).toBe(400);
  });
});

describe('editing an opening', () => {
  it('changes the given fields from the current version, audits them, and refuses a stale version with 409', async () => {
    const opening = await createOpening();
    const res = await recruiter.patch<OpeningDetail>(`/api/openings/${opening.id}`, {
      version: 1,
      title: 'ML researcher, interpretability',
      headcount: 1,
      status: 'on_hold',
      targetDate: null,
      interviewerIds: [],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      title: 'ML researcher, interpretability',
      headcount: 1,
      status: 'on_hold',
      targetDate: null,
      version: 2,
      interviewers: [],
    });
    expect(res.body.recruiters.map((u) => u.id)).toEqual([api.users.recruiter.id]);
    const [entry] = await api.sql(`SELECT changes FROM audit_log WHERE action = 'opening.updated' AND entity_id = $1`, [opening.id]);
    expect(entry.changes).toMatchObject({
      version: { from: 1, to: 2 },
      title: { from: 'ML researcher, alignment', to: 'ML researcher, interpretability' },
      interviewerIds: { from: [api.users.interviewer.id], to: [] },
    });

    const before = await openingSnapshot(opening.id);
    const stale = await admin.patch(`/api/openings/${opening.id}`, { version: 1, title: 'Lost edit' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'OPENING_VERSION_CONFLICT', currentVersion: 2 });
    expect(await openingSnapshot(opening.id)).toEqual(before);
  });

  it('names bad fields on a patch and writes nothing', async () => {
    const opening = await createOpening();
    const before = await openingSnapshot(opening.id);
    for (const [body, field] of [
      [{ version: 1, hiringManagerId: api.users.interviewer.id }, 'hiringManagerId'],
      [{ version: 1, title: null }, 'title'],
      [{ version: 1, interviewerIds: [api.users.admin.id] }, 'interviewerIds.0'],
      [{ title: 'x' }, 'version'],
      [{ version: 1, color: 'red' }, 'color'],
    ] as const) {
      const res = await recruiter.patch(`/api/openings/${opening.id}`, body);
      expect(res.status, field).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await openingSnapshot(opening.id)).toEqual(before);
    expect((await manager.patch(`/api/openings/${opening.id}`, { version: 1, title: 'x' })).status).toBe(403);
  });
});

describe("an opening's own loop", () => {
  it('replaces the copy without touching the role template, keeping the ids of kept stages', async () => {
    const template = await api.sql('SELECT * FROM role_loop_stage WHERE role_id = $1 ORDER BY position', [researcher.id]);
    const opening = await createOpening();
    const [screen, deepDive] = opening.loop.stages;
    const res = await put<OpeningDetail>(recruiter, `/api/openings/${opening.id}/loop`, {
      version: 1,
      stages: [
        { name: 'Recruiter screen', interviewTypes: ['recruiter-screen'] },
        { name: 'Take-home', interviewTypes: ['take-home'] },
        { name: 'paper deep dive', interviewTypes: ['deep-dive', 'ml-theory'] },
        { name: 'Hiring manager', interviewTypes: ['hiring-manager'] },
      ],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.loop.version).toBe(2);
    expect(res.body.loop.stages.map((s) => [s.name, s.position, s.interviewTypes])).toEqual([
      ['Recruiter screen', 0, ['recruiter-screen']],
      ['Take-home', 1, ['take-home']],
      ['paper deep dive', 2, ['deep-dive', 'ml-theory']],
      ['Hiring manager', 3, ['hiring-manager']],
    ]);
    expect(res.body.loop.stages[0]!.id).toBe(screen!.id);
    expect(res.body.loop.stages[2]!.id).toBe(deepDive!.id);
    expect(await api.sql('SELECT * FROM role_loop_stage WHERE role_id = $1 ORDER BY position', [researcher.id])).toEqual(template);
    expect(await auditCount('opening.loop_changed', opening.id)).toBe(1);
  });

  it('validates like the role loop: known types, unique names, at least one stage, current version', async () => {
    const opening = await createOpening();
    const before = await openingSnapshot(opening.id);
    const bad = await put(recruiter, `/api/openings/${opening.id}/loop`, {
      version: 1,
      stages: [
        { name: 'Screen', interviewTypes: ['recruiter-screen'] },
        { name: ' screen ', interviewTypes: ['palm-reading'] },
      ],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('LOOP_INVALID');
    expect(bad.body.fields.map((f: { field: string }) => f.field)).toEqual(['stages.1.name', 'stages.1.interviewTypes.0']);
    expect((await put(recruiter, `/api/openings/${opening.id}/loop`, { version: 1, stages: [] })).body.fields[0].field).toBe('stages');
    expect(
      (await put(recruiter, `/api/openings/${opening.id}/loop`, { version: 1, stages: [{ name: 'Screen', interviewTypes: [] }] })).body
        .fields[0].field,
    ).toBe('stages.0.interviewTypes');
    const stale = await put(recruiter, `/api/openings/${opening.id}/loop`, {
      version: 7,
      stages: [{ name: 'Screen', interviewTypes: ['recruiter-screen'] }],
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'LOOP_VERSION_CONFLICT', currentVersion: 1 });
    expect(await openingSnapshot(opening.id)).toEqual(before);
    expect((await put(manager, `/api/openings/${opening.id}/loop`, { version: 1, stages: [] })).status).toBe(403);
  });

  it('refuses to drop a stage that still has active applications, naming it', async () => {
    const opening = await createOpening();
    const candidate = await admin.post('/api/candidates', { name: 'Loop Holder', primaryChannel: 'other' });
    const app = await recruiter.post('/api/applications', { candidateId: candidate.body.id, openingId: opening.id });
    expect(app.status).toBe(201);
    const before = await openingSnapshot(opening.id);
    const res = await put(recruiter, `/api/openings/${opening.id}/loop`, {
      version: 1,
      stages: [{ name: 'Hiring manager', interviewTypes: ['hiring-manager'] }],
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('OPENING_STAGE_IN_USE');
    expect(res.body.message).toContain('Recruiter screen');
    expect(res.body.stages).toEqual([{ id: opening.loop.stages[0]!.id, name: 'Recruiter screen', activeApplications: 1 }]);
    expect(await openingSnapshot(opening.id)).toEqual(before);

    // Once the application is closed the stage may go; its row stays for the history.
    await recruiter.post(`/api/applications/${app.body.id}/withdraw`, { fromStageId: opening.loop.stages[0]!.id });
    const ok = await put<OpeningDetail>(recruiter, `/api/openings/${opening.id}/loop`, {
      version: 1,
      stages: [{ name: 'Hiring manager', interviewTypes: ['hiring-manager'] }],
    });
    expect(ok.status).toBe(200);
    expect(ok.body.loop.stages.map((s) => s.name)).toEqual(['Hiring manager']);
    const history = (await admin.get(`/api/applications/${app.body.id}`)).body.history;
    expect(history.at(-1).fromStage).toEqual({ id: opening.loop.stages[0]!.id, name: 'Recruiter screen' });
  });

  it('shows active applications per stage on the opening', async () => {
    const opening = await createOpening();
    for (const name of ['Count One', 'Count Two']) {
      const c = await admin.post('/api/candidates', { name, primaryChannel: 'other' });
      expect((await recruiter.post('/api/applications', { candidateId: c.body.id, openingId: opening.id })).status).toBe(201);
    }
    const detail = (await manager.get<OpeningDetail>(`/api/openings/${opening.id}`)).body;
    expect(detail.activeApplications).toBe(2);
    expect(detail.applicationCounts.active).toBe(2);
    expect(detail.loop.stages.map((s) => s.activeApplications)).toEqual([2, 0, 0, 0, 0, 0]);
  });
});
