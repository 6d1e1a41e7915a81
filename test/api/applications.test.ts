import type { ApplicationDetail, ApplicationSummary, BulkResult, OpeningDetail, RejectionReason, Role } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type ApiResponse, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let recruiter: ApiClient;
let manager: ApiClient;
let interviewer: ApiClient;
let researcher: Role;

beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  recruiter = await api.as('recruiter');
  manager = await api.as('hiring_manager');
  interviewer = await api.as('interviewer');
  researcher = (await admin.get<Role[]>('/api/roles')).body.find((r) => r.key === 'ml-researcher')!;
});
afterAll(async () => {
  await api?.close();
});

const put = <T = any>(client: ApiClient, path: string, body: unknown): Promise<ApiResponse<T>> => client.request<T>('PUT', path, body);

let counter = 0;
async function newCandidate(name = `Applicant ${++counter}`): Promise<string> {
  const res = await admin.post('/api/candidates', { name, primaryChannel: 'other' });
  expect(res.status).toBe(201);
  return res.body.id;
}

async function newOpening(overrides: Record<string, unknown> = {}): Promise<OpeningDetail> {
  const res = await recruiter.post<OpeningDetail>('/api/openings', {
    title: `Opening ${++counter}`,
    roleId: researcher.id,
    level: 'mid',
    headcount: 1,
    hiringManagerId: api.users.hiring_manager.id,
    ...overrides,
  });
  expect(res.status).toBe(201);
  return res.body;
}

async function apply(openingId: string, candidateId?: string): Promise<ApplicationDetail> {
  const res = await recruiter.post<ApplicationDetail>('/api/applications', {
    candidateId: candidateId ?? (await newCandidate()),
    openingId,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function applicationRows(ids: string[]): Promise<unknown> {
  return {
    apps: await api.sql(
      'SELECT id, current_stage_id, status, rejection_reason_key, version, stage_entered_at FROM application WHERE id = ANY($1) ORDER BY id',
      [ids],
    ),
    events: await api.sql('SELECT count(*)::int AS n FROM application_event WHERE application_id = ANY($1)', [ids]),
  };
}

describe('rejection reasons', () => {
  it('are seeded and readable by every signed-in user', async () => {
    for (const client of [admin, recruiter, manager, interviewer]) {
      const res = await client.get<RejectionReason[]>('/api/rejection-reasons');
      expect(res.status).toBe(200);
      expect(res.body.map((r) => r.key)).toEqual(
        expect.arrayContaining([
          'skills-gap',
          'experience-level',
          'role-filled',
          'compensation-mismatch',
          'location-visa',
          'no-show',
          'other',
        ]),
      );
      expect(res.body.every((r) => r.active)).toBe(true);
    }
    expect((await api.get('/api/rejection-reasons')).status).toBe(401);
  });

  it('are added, renamed and deactivated by admins only, audited', async () => {
    const added = await put<RejectionReason>(admin, '/api/rejection-reasons/culture-add-missing', { label: 'No research direction fit' });
    expect(added.status).toBe(200);
    expect(added.body).toEqual({ key: 'culture-add-missing', label: 'No research direction fit', active: true });
    const renamed = await put(admin, '/api/rejection-reasons/culture-add-missing', { label: 'Research direction mismatch', active: false });
    expect(renamed.body).toEqual({ key: 'culture-add-missing', label: 'Research direction mismatch', active: false });
    const list = (await recruiter.get<RejectionReason[]>('/api/rejection-reasons')).body;
    expect(list.at(-1)).toEqual(renamed.body);
    expect(await api.sql(`SELECT action FROM audit_log WHERE entity_type = 'rejection_reason' ORDER BY id`)).toEqual([
      { action: 'rejection_reason.created' },
      { action: 'rejection_reason.updated' },
    ]);
    expect((await put(recruiter, '/api/rejection-reasons/x', { label: 'x' })).status).toBe(403);
    const badKey = await put(admin, '/api/rejection-reasons/Not%20A%20Key', { label: 'Fine label' });
    expect([badKey.status, badKey.body.fields[0].field]).toEqual([400, 'reasonKey']);
    const badLabel = await put(admin, '/api/rejection-reasons/fine-key', { label: '' });
    expect([badLabel.status, badLabel.body.fields[0].field]).toEqual([400, 'label']);
  });
});

describe('opening an application', () => {
  it('starts active in the first stage, with history and audit', async () => {
    const opening = await newOpening();
    const candidateId = await newCandidate('Ada Researcher');
    const app = await apply(opening.id, candidateId);
    expect(app).toMatchObject({
      openingId: opening.id,
      candidate: { id: candidateId, name: 'Ada Researcher', firstAuthorTopTier: 0 },
      currentStage: { id: opening.loop.stages[0]!.id, name: 'Recruiter screen' },
      status: 'active',
      rejectionReason: null,
      version: 1,
      opening: { id: opening.id, title: opening.title, status: 'open' },
    });
    expect(app.history).toEqual([
      expect.objectContaining({
        kind: 'created',
        actor: { id: api.users.recruiter.id, name: api.users.recruiter.name },
        fromStage: null,
        toStage: { id: opening.loop.stages[0]!.id, name: 'Recruiter screen' },
        fromStatus: null,
        toStatus: 'active',
      }),
    ]);
    const [audit] = await api.sql(`SELECT actor_id FROM audit_log WHERE action = 'application.created' AND entity_id = $1`, [app.id]);
    expect(audit.actor_id).toBe(api.users.recruiter.id);
  });

  it('refuses a second active application for the same candidate and opening with 409, but allows one after a rejection', async () => {
    const opening = await newOpening();
    const candidateId = await newCandidate();
    const first = await apply(opening.id, candidateId);
    const again = await recruiter.post('/api/applications', { candidateId, openingId: opening.id });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ code: 'APPLICATION_EXISTS', existingApplicationId: first.id });
    // The same pair at once from two clients: exactly one application.
    const other = await newCandidate();
    const raced = await Promise.all(
      [1, 2, 3].map(() => recruiter.post('/api/applications', { candidateId: other, openingId: opening.id })),
    );
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    await recruiter.post(`/api/applications/${first.id}/reject`, { fromStageId: first.currentStage.id, reasonKey: 'skills-gap' });
    expect((await recruiter.post('/api/applications', { candidateId, openingId: opening.id })).status).toBe(201);
  });

  it('answers erased, archived, unknown candidates and closed openings with clear codes', async () => {
    const opening = await newOpening();
    const archived = await newCandidate();
    await api.sql('UPDATE candidate SET archived_at = now() WHERE id = $1', [archived]);
    const a = await recruiter.post('/api/applications', { candidateId: archived, openingId: opening.id });
    expect([a.status, a.body.code]).toEqual([409, 'CANDIDATE_ARCHIVED']);

    const erased = await newCandidate('Erin Erased');
    const erasure = await admin.post(`/api/candidates/${erased}/erase`, { version: 1, reason: 'Request by email, ticket 42' });
    expect(erasure.status, JSON.stringify(erasure.body)).toBe(200);
    const e = await recruiter.post('/api/applications', { candidateId: erased, openingId: opening.id });
    expect([e.status, e.body.code]).toEqual([410, 'CANDIDATE_ERASED']);

    const u = await recruiter.post('/api/applications', { candidateId: '00000000-0000-4000-8000-000000000000', openingId: opening.id });
    expect([u.status, u.body.code, u.body.fields[0].field]).toEqual([404, 'CANDIDATE_NOT_FOUND', 'candidateId']);

    const onHold = await newOpening({ status: 'on_hold' });
    const h = await recruiter.post('/api/applications', { candidateId: await newCandidate(), openingId: onHold.id });
    expect([h.status, h.body.code]).toEqual([409, 'OPENING_NOT_OPEN']);

    const bad = await recruiter.post('/api/applications', { candidateId: 'nope' });
    expect(bad.status).toBe(400);
    expect(new Set(bad.body.fields.map((f: { field: string }) => f.field))).toEqual(new Set(['candidateId', 'openingId']));
    expect((await manager.post('/api/applications', { candidateId: archived, openingId: opening.id })).status).toBe(403);
  });
});

describe('moving an application', () => {
  it('moves from the stage the client saw, resets time in stage, and records who, from, to and when', async () => {
    const opening = await newOpening();
    const [screen, deepDive, puzzles] = opening.loop.stages;
    const app = await apply(opening.id);
    const moved = await recruiter.post<ApplicationDetail>(`/api/applications/${app.id}/move`, {
      fromStageId: screen!.id,
      toStageId: puzzles!.id,
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ currentStage: { id: puzzles!.id, name: puzzles!.name }, version: 2, status: 'active' });
    const back = await admin.post<ApplicationDetail>(`/api/applications/${app.id}/move`, {
      fromStageId: puzzles!.id,
      toStageId: deepDive!.id,
    });
    expect(back.status).toBe(200);
    expect(back.body.history.map((h) => [h.kind, h.fromStage?.name ?? null, h.toStage?.name, h.actor?.id])).toEqual([
      ['created', null, screen!.name, api.users.recruiter.id],
      ['moved', screen!.name, puzzles!.name, api.users.recruiter.id],
      ['moved', puzzles!.name, deepDive!.name, api.users.admin.id],
    ]);
    expect(
      await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'application.moved' AND entity_id = $1`, [app.id]),
    ).toEqual([{ n: 2 }]);

    const board = await manager.get<ApplicationSummary[]>(`/api/openings/${opening.id}/applications`);
    expect(board.status).toBe(200);
    expect(board.body).toEqual([
      expect.objectContaining({ id: app.id, currentStage: { id: deepDive!.id, name: deepDive!.name }, secondsInStage: expect.any(Number) }),
    ]);
    expect((await manager.get<OpeningDetail>(`/api/openings/${opening.id}`)).body.loop.stages.map((s) => s.activeApplications)).toEqual([
      0, 1, 0, 0, 0, 0,
    ]);
  });

  it('lets exactly one of two concurrent moves from the same stage win; the other gets 409 with the current state', async () => {
    const opening = await newOpening();
    const [screen, deepDive, puzzles] = opening.loop.stages;
    const app = await apply(opening.id);
    const [a, b] = await Promise.all([
      recruiter.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id, toStageId: deepDive!.id }),
      admin.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id, toStageId: puzzles!.id }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const [won, lost] = a.status === 200 ? [a, b] : [b, a];
    expect(lost.body.code).toBe('APPLICATION_STAGE_CONFLICT');
    expect(lost.body.current).toMatchObject({ id: app.id, status: 'active', currentStage: won.body.currentStage, version: 2 });
    const history = (await admin.get<ApplicationDetail>(`/api/applications/${app.id}`)).body.history;
    expect(history.filter((h) => h.kind === 'moved')).toHaveLength(1);
  });

  it('holds with 50 clients moving the same application at once: one move, 49 conflicts, one history entry', async () => {
    const opening = await newOpening();
    const [screen, deepDive] = opening.loop.stages;
    const app = await apply(opening.id);
    const clients = await Promise.all(Array.from({ length: 50 }, () => api.as('recruiter')));
    const results = await Promise.all(
      clients.map((client) => client.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id, toStageId: deepDive!.id })),
    );
    const succeeded = results.filter((r) => r.status === 200).length;
    const conflicts = results.filter((r) => r.status === 409 && r.body.code === 'APPLICATION_STAGE_CONFLICT').length;
    const [{ n: moves }] = await api.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM application_event WHERE application_id = $1 AND kind = 'moved'`,
      [app.id],
    );
    console.info(`concurrency run: 50 clients, ${succeeded} succeeded, ${conflicts} got 409, ${moves} move(s) in the history`);
    expect(succeeded).toBe(1);
    expect(conflicts).toBe(49);
    expect(
      await api.sql(`SELECT count(*)::int AS n FROM application_event WHERE application_id = $1 AND kind = 'moved'`, [app.id]),
    ).toEqual([{ n: 1 }]);
  });

  it("refuses a stage outside the opening's loop with 400 naming toStageId, and a stale stage with 409", async () => {
    const opening = await newOpening();
    const otherOpening = await newOpening();
    const [screen, deepDive] = opening.loop.stages;
    const app = await apply(opening.id);
    const before = await applicationRows([app.id]);
    const foreign = await recruiter.post(`/api/applications/${app.id}/move`, {
      fromStageId: screen!.id,
      toStageId: otherOpening.loop.stages[1]!.id,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.fields).toEqual([{ field: 'toStageId', reason: expect.stringContaining('not a stage') }]);
    const same = await recruiter.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id, toStageId: screen!.id });
    expect(same.body.fields[0].field).toBe('toStageId');
    const stale = await recruiter.post(`/api/applications/${app.id}/move`, {
      fromStageId: deepDive!.id,
      toStageId: opening.loop.stages[2]!.id,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.current.currentStage.id).toBe(screen!.id);
    const missing = await recruiter.post('/api/applications/00000000-0000-4000-8000-000000000000/move', {
      fromStageId: screen!.id,
      toStageId: deepDive!.id,
    });
    expect([missing.status, missing.body.code]).toEqual([404, 'APPLICATION_NOT_FOUND']);
    expect((await recruiter.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id })).body.fields[0].field).toBe('toStageId');
    expect(await applicationRows([app.id])).toEqual(before);
    expect((await manager.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id, toStageId: deepDive!.id })).status).toBe(403);
    expect((await interviewer.get(`/api/applications/${app.id}`)).status).toBe(403);
    expect((await interviewer.get(`/api/openings/${opening.id}/applications`)).status).toBe(403);
  });
});

describe('a move racing a loop edit', () => {
  it('never leaves an active application in a stage the loop dropped', async () => {
    for (let round = 0; round < 5; round++) {
      const opening = await newOpening();
      const [screen, deepDive] = opening.loop.stages;
      const app = await apply(opening.id);
      const keep = opening.loop.stages
        .filter((s) => s.id !== deepDive!.id)
        .map((s) => ({ name: s.name, interviewTypes: s.interviewTypes }));
      const [move, loop] = await Promise.all([
        recruiter.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id, toStageId: deepDive!.id }),
        put(admin, `/api/openings/${opening.id}/loop`, { version: 1, stages: keep }),
      ]);
      // Either the move landed first and the loop edit is refused, or the stage went first and the move is refused.
      expect([
        [200, 409],
        [400, 200],
      ]).toContainEqual([move.status, loop.status]);
      const stranded = await api.sql(
        `SELECT a.id FROM application a JOIN opening_stage s ON s.id = a.current_stage_id WHERE a.status = 'active' AND s.removed_at IS NOT NULL`,
      );
      expect(stranded).toEqual([]);
    }
  });
});

describe('closing an application', () => {
  it('rejects with a reason and note, then refuses any further change as stale', async () => {
    const opening = await newOpening();
    const [screen, deepDive] = opening.loop.stages;
    const app = await apply(opening.id);
    const res = await recruiter.post<ApplicationDetail>(`/api/applications/${app.id}/reject`, {
      fromStageId: screen!.id,
      reasonKey: 'experience-level',
      note: 'Strong, but junior for this level',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      status: 'rejected',
      rejectionReason: { key: 'experience-level', label: 'Experience level does not match' },
      currentStage: { id: screen!.id },
    });
    expect(res.body.history.at(-1)).toMatchObject({
      kind: 'rejected',
      fromStatus: 'active',
      toStatus: 'rejected',
      reason: { key: 'experience-level' },
      note: 'Strong, but junior for this level',
      actor: { id: api.users.recruiter.id },
    });
    const [audit] = await api.sql(`SELECT changes FROM audit_log WHERE action = 'application.rejected' AND entity_id = $1`, [app.id]);
    expect(JSON.stringify(audit.changes)).not.toContain('junior'); // sealed under the candidate's key

    const later = await recruiter.post(`/api/applications/${app.id}/move`, { fromStageId: screen!.id, toStageId: deepDive!.id });
    expect(later.status).toBe(409);
    expect(later.body.current).toMatchObject({ status: 'rejected' });
    expect((await recruiter.post(`/api/applications/${app.id}/hire`, { fromStageId: screen!.id })).status).toBe(409);
  });

  it('names an unknown or deactivated reason', async () => {
    const opening = await newOpening();
    const app = await apply(opening.id);
    const stage = app.currentStage.id;
    const before = await applicationRows([app.id]);
    const unknown = await recruiter.post(`/api/applications/${app.id}/reject`, { fromStageId: stage, reasonKey: 'astrology' });
    expect([unknown.status, unknown.body.fields[0].field]).toEqual([400, 'reasonKey']);
    await put(admin, '/api/rejection-reasons/no-show', { label: 'No show', active: false });
    const inactive = await recruiter.post(`/api/applications/${app.id}/reject`, { fromStageId: stage, reasonKey: 'no-show' });
    expect(inactive.body.fields[0]).toEqual({ field: 'reasonKey', reason: 'is a deactivated rejection reason' });
    await put(admin, '/api/rejection-reasons/no-show', { label: 'No show', active: true });
    expect((await recruiter.post(`/api/applications/${app.id}/reject`, { fromStageId: stage })).body.fields[0].field).toBe('reasonKey');
    expect(await applicationRows([app.id])).toEqual(before);
  });

  it('withdraws and hires from the current stage', async () => {
    const opening = await newOpening();
    const a = await apply(opening.id);
    const b = await apply(opening.id);
    const w = await recruiter.post<ApplicationDetail>(`/api/applications/${a.id}/withdraw`, {
      fromStageId: a.currentStage.id,
      note: 'Took another offer',
    });
    expect(w.body).toMatchObject({ status: 'withdrawn', rejectionReason: null });
    const h = await admin.post<ApplicationDetail>(`/api/applications/${b.id}/hire`, { fromStageId: b.currentStage.id });
    expect(h.body.status).toBe('hired');
    expect(h.body.history.map((e) => e.kind)).toEqual(['created', 'hired']);
    const board = (await manager.get<ApplicationSummary[]>(`/api/openings/${opening.id}/applications?status=hired`)).body;
    expect(board.map((x) => x.id)).toEqual([b.id]);
  });
});

describe('bulk actions', () => {
  it('move a selection together, each with its own history entry', async () => {
    const opening = await newOpening();
    const [screen, deepDive] = opening.loop.stages;
    const apps = [await apply(opening.id), await apply(opening.id), await apply(opening.id)];
    const res = await recruiter.post<BulkResult>('/api/applications/bulk-move', {
      items: apps.map((a) => ({ applicationId: a.id, fromStageId: screen!.id })),
      toStageId: deepDive!.id,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.map((i) => [i.id, i.currentStage.id])).toEqual(apps.map((a) => [a.id, deepDive!.id]));
    for (const a of apps) {
      const history = (await admin.get<ApplicationDetail>(`/api/applications/${a.id}`)).body.history;
      expect(history.map((h) => [h.kind, h.toStage?.id])).toEqual([
        ['created', screen!.id],
        ['moved', deepDive!.id],
      ]);
    }
  });

  it('change nothing when any item is stale, and list every stale one with its current state', async () => {
    const opening = await newOpening();
    const [screen, deepDive, puzzles] = opening.loop.stages;
    const apps = [await apply(opening.id), await apply(opening.id), await apply(opening.id)];
    await admin.post(`/api/applications/${apps[1]!.id}/move`, { fromStageId: screen!.id, toStageId: puzzles!.id });
    await admin.post(`/api/applications/${apps[2]!.id}/withdraw`, { fromStageId: screen!.id });
    const ids = apps.map((a) => a.id);
    const before = await applicationRows(ids);
    const res = await recruiter.post('/api/applications/bulk-move', {
      items: apps.map((a) => ({ applicationId: a.id, fromStageId: screen!.id })),
      toStageId: deepDive!.id,
    });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('APPLICATION_STAGE_CONFLICT');
    expect(res.body.stale).toEqual([
      {
        applicationId: apps[1]!.id,
        fromStageId: screen!.id,
        current: expect.objectContaining({ status: 'active', currentStage: { id: puzzles!.id, name: puzzles!.name } }),
      },
      { applicationId: apps[2]!.id, fromStageId: screen!.id, current: expect.objectContaining({ status: 'withdrawn' }) },
    ]);
    expect(await applicationRows(ids)).toEqual(before);

    const rejectStale = await recruiter.post('/api/applications/bulk-reject', {
      items: apps.map((a) => ({ applicationId: a.id, fromStageId: screen!.id })),
      reasonKey: 'role-filled',
    });
    expect(rejectStale.status).toBe(409);
    expect(rejectStale.body.stale).toHaveLength(2);
    expect(await applicationRows(ids)).toEqual(before);
  });

  it('reject a selection with one reason', async () => {
    const opening = await newOpening();
    const apps = [await apply(opening.id), await apply(opening.id)];
    const res = await recruiter.post<BulkResult>('/api/applications/bulk-reject', {
      items: apps.map((a) => ({ applicationId: a.id, fromStageId: a.currentStage.id })),
      reasonKey: 'role-filled',
      note: 'Position closed',
    });
    expect(res.status).toBe(200);
    expect(res.body.items.every((i) => i.status === 'rejected')).toBe(true);
    expect(
      await api.sql(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'application.rejected' AND entity_id = ANY($1)`, [
        apps.map((a) => a.id),
      ]),
    ).toEqual([{ n: 2 }]);
  });

  it('name bad items: duplicates, unknown ids, other openings, stages outside the loop', async () => {
    const opening = await newOpening();
    const other = await newOpening();
    const [screen, deepDive] = opening.loop.stages;
    const a = await apply(opening.id);
    const b = await apply(other.id);
    const before = await applicationRows([a.id, b.id]);
    const dup = await recruiter.post('/api/applications/bulk-move', {
      items: [
        { applicationId: a.id, fromStageId: screen!.id },
        { applicationId: a.id, fromStageId: screen!.id },
      ],
      toStageId: deepDive!.id,
    });
    expect([dup.status, dup.body.fields[0].field]).toEqual([400, 'items.1.applicationId']);
    const unknown = await recruiter.post('/api/applications/bulk-move', {
      items: [
        { applicationId: a.id, fromStageId: screen!.id },
        { applicationId: '00000000-0000-4000-8000-000000000000', fromStageId: screen!.id },
      ],
      toStageId: deepDive!.id,
    });
    expect([unknown.status, unknown.body.fields[0].field]).toEqual([404, 'items.1.applicationId']);
    const mixed = await recruiter.post('/api/applications/bulk-move', {
      items: [
        { applicationId: a.id, fromStageId: screen!.id },
        { applicationId: b.id, fromStageId: b.currentStage.id },
      ],
      toStageId: deepDive!.id,
    });
    expect([mixed.status, mixed.body.fields[0].field]).toEqual([400, 'items.1.applicationId']);
    const foreign = await recruiter.post('/api/applications/bulk-move', {
      items: [{ applicationId: a.id, fromStageId: screen!.id }],
      toStageId: other.loop.stages[1]!.id,
    });
    expect([foreign.status, foreign.body.fields[0].field]).toEqual([400, 'toStageId']);
    const empty = await recruiter.post('/api/applications/bulk-reject', { items: [], reasonKey: 'other' });
    expect([empty.status, empty.body.fields[0].field]).toEqual([400, 'items']);
    const malformed = await recruiter.post('/api/applications/bulk-reject', { items: [{ applicationId: 'x' }], reasonKey: 'other' });
    expect(new Set(malformed.body.fields.map((f: { field: string }) => f.field))).toEqual(
      new Set(['items.0.applicationId', 'items.0.fromStageId']),
    );
    expect(await applicationRows([a.id, b.id])).toEqual(before);
    expect((await manager.post('/api/applications/bulk-move', { items: [], toStageId: deepDive!.id })).status).toBe(403);
  });
});
