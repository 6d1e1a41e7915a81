import { USER_ROLES, type UserRole } from '@loopboard/contracts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';
import { fileScorecard } from '../support/scorecard-fixture.js';

type Caller = 'anonymous' | UserRole;
type Access = 'allowed' | 'own' | 'denied';
const CALLERS: Caller[] = ['anonymous', ...USER_ROLES];
const matrix: Record<string, Record<Caller, Access>> = JSON.parse(
  readFileSync(new URL('./authorization-matrix.json', import.meta.url), 'utf8'),
);
delete (matrix as Record<string, unknown>)['$comment'];

let api: TestApi;
let operations: string[];
const clients = {} as Record<Caller, ApiClient>;
let candidateId: string;
let openingId: string;
let applicationId: string;
let interviewId: string;

beforeAll(async () => {
  api = await startApi();
  clients.anonymous = api;
  for (const role of USER_ROLES) clients[role] = await api.as(role);
  const created = await clients.admin.post('/api/candidates', { name: 'Matrix Probe', primaryChannel: 'other' });
  if (created.status !== 201) throw new Error(`could not create the probe candidate: ${JSON.stringify(created.body)}`);
  candidateId = created.body.id;
  const roleList = (await clients.admin.get('/api/roles')).body as { id: string }[];
  const opening = await clients.admin.post('/api/openings', {
    title: 'Matrix Probe Opening',
    roleId: roleList[0]!.id,
    level: 'senior',
    headcount: 1,
    hiringManagerId: api.users.hiring_manager.id,
    interviewerIds: [api.users.interviewer.id],
  });
  if (opening.status !== 201) throw new Error(`could not create the probe opening: ${JSON.stringify(opening.body)}`);
  openingId = opening.body.id;
  const application = await clients.admin.post('/api/applications', { candidateId, openingId });
  if (application.status !== 201) throw new Error(`could not create the probe application: ${JSON.stringify(application.body)}`);
  applicationId = application.body.id;
  // The test interviewer is assigned to an interview on the probe application, so their "own" reads of it are allowed.
  const firstStageType = (opening.body.loop.stages[0].interviewTypes as string[])[0];
  const interview = await clients.admin.post(`/api/applications/${applicationId}/interviews`, {
    interviewTypeKey: firstStageType,
    interviewerIds: [api.users.interviewer.id],
    startsAt: new Date(Date.now() + 7 * 24 * 3600_000).toISOString(),
  });
  if (interview.status !== 201) throw new Error(`could not create the probe interview: ${JSON.stringify(interview.body)}`);
  interviewId = interview.body.id;
  // Their scorecard filed, the blind rule lets the interviewer read the application's score: an "own" read.
  const focus = (await clients.admin.get(`/api/interview-types/${firstStageType}`)).body.focusCompetencies as string[];
  await fileScorecard(clients.interviewer, interviewId, Object.fromEntries(focus.map((c) => [c, 3])), 'yes');
  const doc = (await api.get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  operations = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
});
afterAll(async () => {
  await api?.close();
});

/** Real ids where a path needs one, so an allowed call gets past validation to the handler. */
async function concretePath(path: string): Promise<string> {
  const roles = (await clients.admin.get('/api/roles')).body as { id: string }[];
  // {scorecardId}: any id will do, the probe bodies fail validation before a scorecard is looked up.
  return path
    .replace('{roleId}', roles[0]!.id)
    .replace('{version}', '1')
    .replace('{userId}', api.users.interviewer.id)
    .replace('{candidateId}', candidateId)
    .replace('{venue}', 'ICML')
    .replace('{key}', 'pair-debugging')
    .replace('{openingId}', openingId)
    .replace('{applicationId}', applicationId)
    .replace('{interviewId}', interviewId)
    .replace('{reasonKey}', 'skills-gap')
    .replace('{scorecardId}', '00000000-0000-4000-8000-000000000000');
}

// Bodies that fail validation: an allowed caller gets a 400, never 401/403, and nothing is written.
const PROBE_BODY = { probe: true };

describe('the authorization matrix', () => {
  it('lists every operation of the OpenAPI document, and nothing else', () => {
    const listed = Object.keys(matrix);
    expect(
      operations.filter((op) => !listed.includes(op)),
      'operations missing from authorization-matrix.json',
    ).toEqual([]);
    expect(
      listed.filter((op) => !operations.includes(op)),
      'matrix rows with no such operation',
    ).toEqual([]);
    for (const op of listed) expect(Object.keys(matrix[op]!).sort(), op).toEqual([...CALLERS].sort());
  });

  it('is what the API enforces, for every operation as every caller', async () => {
    const mismatches: string[] = [];
    // Sign-out ends the caller's session, so it goes last.
    const ordered = [...operations].sort((a, b) => Number(a.includes('sign-out')) - Number(b.includes('sign-out')));
    for (const op of ordered) {
      const [method, path] = op.split(' ') as [string, string];
      const url = await concretePath(path);
      for (const caller of CALLERS) {
        const expected = matrix[op]![caller];
        const res = await clients[caller].request(method, url, method === 'GET' ? undefined : PROBE_BODY);
        const refusedAs = caller === 'anonymous' ? 401 : 403;
        const ok = expected === 'denied' ? res.status === refusedAs : res.status !== 401 && res.status !== 403 && res.status < 500;
        if (!ok) mismatches.push(`${op} as ${caller}: expected ${expected}, got ${res.status} ${JSON.stringify(res.body).slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
