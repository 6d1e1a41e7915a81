import type { ApplicationDetail, OpeningDetail, Role } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let onTeam: ApiClient;
let offTeam: ApiClient;
let researcher: Role;

beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  onTeam = await api.as('recruiter');
  const created = await admin.post('/api/users', {
    email: 'other-recruiter@test.loopboard.dev',
    name: 'Otto Offteam',
    role: 'recruiter',
    password: 'a-long-enough-secret',
  });
  expect(created.status).toBe(201);
  offTeam = (await api.signIn('other-recruiter@test.loopboard.dev', 'a-long-enough-secret')).client!;
  researcher = (await admin.get<Role[]>('/api/roles')).body.find((r) => r.key === 'ml-researcher')!;
});
afterAll(async () => {
  await api?.close();
});

let counter = 0;
async function opening(recruiterIds: string[]): Promise<OpeningDetail> {
  const res = await admin.post<OpeningDetail>('/api/openings', {
    title: `Team opening ${++counter}`,
    roleId: researcher.id,
    level: 'senior',
    headcount: 1,
    hiringManagerId: api.users.hiring_manager.id,
    recruiterIds,
    interviewerIds: [api.users.interviewer.id],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function candidate(): Promise<string> {
  return (await admin.post('/api/candidates', { name: `Teamed Candidate ${++counter}`, primaryChannel: 'other' })).body.id;
}

const counts = async () =>
  (
    await api.sql(
      `SELECT (SELECT count(*) FROM application)::int AS applications, (SELECT count(*) FROM application_event)::int AS events,
              (SELECT count(*) FROM interview)::int AS interviews, (SELECT string_agg(title, ',' ORDER BY id) FROM opening) AS titles`,
    )
  )[0];

describe('an opening’s team', () => {
  it('lets only the recruiters it names (and admins) work on it; nothing changes for the others', async () => {
    const named = await opening([api.users.recruiter.id]);
    const [first, second] = named.loop.stages;
    const before = await counts();
    const refusedApply = await offTeam.post('/api/applications', { candidateId: await candidate(), openingId: named.id });
    expect(refusedApply.status).toBe(403);
    expect(refusedApply.body.code).toBe('FORBIDDEN');
    expect(await counts()).toEqual(before);

    const app = await onTeam.post<ApplicationDetail>('/api/applications', { candidateId: await candidate(), openingId: named.id });
    expect(app.status).toBe(201);
    const beforeMove = await counts();
    const move = { fromStageId: first!.id, toStageId: second!.id };
    expect((await offTeam.post(`/api/applications/${app.body.id}/move`, move)).status).toBe(403);
    expect((await offTeam.patch(`/api/openings/${named.id}`, { version: named.version, title: 'Taken over' })).status).toBe(403);
    expect(
      (
        await offTeam.post(`/api/applications/${app.body.id}/interviews`, {
          interviewTypeKey: 'recruiter-screen',
          interviewerIds: [api.users.interviewer.id],
          startsAt: new Date(Date.now() + 86_400_000).toISOString(),
        })
      ).status,
    ).toBe(403);
    expect(await counts()).toEqual(beforeMove);

    expect((await onTeam.post(`/api/applications/${app.body.id}/move`, move)).status).toBe(200);
    expect((await admin.post(`/api/applications/${app.body.id}/move`, { fromStageId: second!.id, toStageId: first!.id })).status).toBe(200);
  });

  it('is open to every recruiter when it names none', async () => {
    const open = await opening([]);
    const app = await offTeam.post<ApplicationDetail>('/api/applications', { candidateId: await candidate(), openingId: open.id });
    expect(app.status).toBe(201);
  });
});
