import {
  RUBRIC_LEVELS,
  type InterviewType,
  type InterviewTypeSummary,
  type Role,
  type RoleLoop,
  type UpdateInterviewKitRequest,
  type UpdateRoleLoopRequest,
} from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type ApiResponse, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let interviewer: ApiClient;
let recruiter: ApiClient;
beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  interviewer = await api.as('interviewer');
  recruiter = await api.as('recruiter');
});
afterAll(async () => {
  await api?.close();
});

const SEEDED_TYPES = [
  'recruiter-screen',
  'pair-coding',
  'pair-debugging',
  'math-puzzles',
  'ml-theory',
  'take-home',
  'applied-ml-design',
  'deep-dive',
  'data-pipeline-design',
  'product-case',
  'hiring-manager',
];

const put = <T = any>(client: ApiClient, path: string, body: unknown): Promise<ApiResponse<T>> => client.request<T>('PUT', path, body);

async function roleByKey(key: string): Promise<Role> {
  const { body } = await admin.get<Role[]>('/api/roles');
  const role = body.find((r) => r.key === key);
  if (!role) throw new Error(`no seeded role ${key}`);
  return role;
}

async function getType(key: string): Promise<InterviewType> {
  const res = await admin.get<InterviewType>(`/api/interview-types/${key}`);
  expect(res.status).toBe(200);
  return res.body;
}

function kitRequest(type: InterviewType): UpdateInterviewKitRequest {
  return { version: type.kitVersion, ...structuredClone(type.kit) };
}

async function auditCount(action: string, entityId: string): Promise<number> {
  const [row] = await api.sql<{ n: string }>('SELECT count(*) AS n FROM audit_log WHERE action = $1 AND entity_id = $2', [
    action,
    entityId,
  ]);
  return Number(row!.n);
}

/** Everything stored for a kit, to compare before and after a refused edit. */
async function kitSnapshot(key: string): Promise<unknown> {
  return {
    type: await api.sql('SELECT instructions, kit_version, kit_updated_at FROM interview_type WHERE key = $1', [key]),
    questions: await api.sql(
      'SELECT position, prompt, good_answer FROM interview_kit_question WHERE interview_type_key = $1 ORDER BY position',
      [key],
    ),
    rubric: await api.sql(
      'SELECT competency_key, level, description FROM interview_kit_rubric_level WHERE interview_type_key = $1 ORDER BY competency_key, level',
      [key],
    ),
  };
}

async function loopSnapshot(roleId: string): Promise<unknown> {
  return {
    loop: await api.sql('SELECT version, updated_at FROM role_loop WHERE role_id = $1', [roleId]),
    stages: await api.sql(
      `SELECT s.position, s.name, t.interview_type_key, t.position AS type_position
         FROM role_loop_stage s JOIN role_loop_stage_type t ON t.stage_id = s.id
        WHERE s.role_id = $1 ORDER BY s.position, t.position`,
      [roleId],
    ),
  };
}

describe('the seeded interview-type library', () => {
  it('lists all eleven types in design order, readable by every signed-in user', async () => {
    for (const client of [admin, interviewer, recruiter]) {
      const res = await client.get<InterviewTypeSummary[]>('/api/interview-types');
      expect(res.status).toBe(200);
      expect(res.body.map((t) => t.key)).toEqual(SEEDED_TYPES);
    }
    const res = await interviewer.get<InterviewTypeSummary[]>('/api/interview-types');
    expect(res.body.find((t) => t.key === 'pair-debugging')).toEqual({
      key: 'pair-debugging',
      name: 'Pair debugging',
      description: expect.stringContaining('PyTorch'),
      durationMinutes: 60,
      focusCompetencies: ['swe', 'ml'],
      kitVersion: 1,
    });
    expect(res.body.find((t) => t.key === 'applied-ml-design')!.focusCompetencies).toEqual(['ml', 'ops', 'data', 'product']);
    expect(res.body.find((t) => t.key === 'math-puzzles')!.focusCompetencies).toEqual(['math']);
  });

  it('gives every type a real kit: instructions, questions with good answers, and four rubric levels per focus competency', async () => {
    const competencies = new Set((await admin.get<{ key: string }[]>('/api/competencies')).body.map((c) => c.key));
    for (const key of SEEDED_TYPES) {
      const type = await (await interviewer.get<InterviewType>(`/api/interview-types/${key}`)).body;
      expect(type.key).toBe(key);
      expect(type.kit.instructions.length, key).toBeGreaterThan(200);
      expect(type.kit.questions.length, key).toBeGreaterThanOrEqual(4);
      for (const q of type.kit.questions) {
        expect(q.prompt.trim().length, key).toBeGreaterThan(20);
        expect(q.goodAnswer.trim().length, key).toBeGreaterThan(40);
      }
      expect(type.focusCompetencies.length, key).toBeGreaterThan(0);
      expect(Object.keys(type.kit.rubric).sort()).toEqual([...type.focusCompetencies].sort());
      for (const competency of type.focusCompetencies) {
        expect(competencies.has(competency)).toBe(true);
        const levels = type.kit.rubric[competency]!;
        expect(Object.keys(levels).sort()).toEqual([...RUBRIC_LEVELS]);
        for (const level of RUBRIC_LEVELS) expect(levels[level].trim().length, `${key} ${competency} ${level}`).toBeGreaterThan(20);
        expect(new Set(Object.values(levels)).size, `${key} ${competency}: four distinct levels`).toBe(4);
      }
    }
  });

  it('seeds the kits the design asks for: a broken training loop to debug, linear algebra and probability puzzles', async () => {
    const debugging = await getType('pair-debugging');
    expect(debugging.kit.instructions).toMatch(/zero_grad/);
    expect(debugging.kit.instructions).toMatch(/model\.eval\(\)/);
    expect(debugging.kit.instructions).toMatch(/leak/);
    expect(debugging.kit.questions.map((q) => q.prompt).join(' ')).toMatch(/shape/i);
    const puzzles = await getType('math-puzzles');
    const text = puzzles.kit.questions.map((q) => `${q.prompt} ${q.goodAnswer}`).join(' ');
    expect(text).toMatch(/eigen/);
    expect(text).toMatch(/Bayes/);
    const theory = await getType('ml-theory');
    expect(theory.kit.questions.map((q) => q.prompt).join(' ')).toMatch(/bias–variance[\s\S]*regularisation[\s\S]*calibrated/);
    const design = await getType('applied-ml-design');
    expect(design.kit.instructions).toMatch(/recommend/);
    expect(design.kit.questions.map((q) => q.prompt).join(' ')).toMatch(/offline/);
  });

  it('answers an unknown type with 404 naming the key, and a malformed key with 400', async () => {
    const missing = await interviewer.get('/api/interview-types/underwater-basket-weaving');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ code: 'INTERVIEW_TYPE_NOT_FOUND', fields: [{ field: 'key' }] });
    const bad = await interviewer.get('/api/interview-types/Not%20A%20Key');
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('key');
  });
});

describe('the seeded loop templates', () => {
  it('gives every role a loop whose stages each run at least one known interview type', async () => {
    const roles = (await admin.get<Role[]>('/api/roles')).body;
    expect(roles).toHaveLength(6);
    for (const role of roles) {
      const res = await interviewer.get<RoleLoop>(`/api/roles/${role.id}/loop`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ roleId: role.id, version: 1, updatedAt: expect.any(String) });
      expect(res.body.stages.length, role.key).toBeGreaterThanOrEqual(4);
      expect(res.body.stages[0]!.interviewTypes).toEqual(['recruiter-screen']);
      expect(res.body.stages.at(-1)!.interviewTypes).toEqual(['hiring-manager']);
      const names = res.body.stages.map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
      for (const stage of res.body.stages) {
        expect(stage.interviewTypes.length).toBeGreaterThan(0);
        for (const type of stage.interviewTypes) expect(SEEDED_TYPES).toContain(type);
      }
    }
  });

  it('seeds the loops of the design for ML engineer and ML researcher', async () => {
    const engineer = (await admin.get<RoleLoop>(`/api/roles/${(await roleByKey('ml-engineer')).id}/loop`)).body;
    expect(engineer.stages.flatMap((s) => s.interviewTypes)).toEqual([
      'recruiter-screen',
      'pair-coding',
      'pair-debugging',
      'take-home',
      'applied-ml-design',
      'deep-dive',
      'hiring-manager',
    ]);
    const researcher = (await admin.get<RoleLoop>(`/api/roles/${(await roleByKey('ml-researcher')).id}/loop`)).body;
    expect(researcher.stages.map((s) => s.interviewTypes)).toEqual([
      ['recruiter-screen'],
      ['deep-dive'],
      ['math-puzzles'],
      ['ml-theory'],
      ['pair-debugging'],
      ['hiring-manager'],
    ]);
    const mlops = (await admin.get<RoleLoop>(`/api/roles/${(await roleByKey('mlops-engineer')).id}/loop`)).body;
    expect(mlops.stages.some((s) => s.interviewTypes.length > 1)).toBe(true);
  });

  it('answers an unknown role with 404', async () => {
    const res = await admin.get('/api/roles/00000000-0000-4000-8000-000000000000/loop');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('ROLE_NOT_FOUND');
  });
});

describe('editing a kit', () => {
  it('replaces the whole kit, bumps the version, and audits what changed', async () => {
    const before = await getType('product-case');
    const request = kitRequest(before);
    request.instructions = 'Run the case on a marketplace search ranking problem instead.';
    request.questions = [
      { prompt: 'What would you measure first?', goodAnswer: 'A user outcome with guardrails.' },
      ...request.questions.slice(0, 2),
    ];
    request.rubric.product = { ...request.rubric.product!, '3': 'Clear user problem, sensible metric and guardrails.' };
    const res = await put<InterviewType>(admin, '/api/interview-types/product-case/kit', request);
    expect(res.status).toBe(200);
    expect(res.body.kitVersion).toBe(2);
    expect(res.body.kit).toEqual({ instructions: request.instructions, questions: request.questions, rubric: request.rubric });
    expect(await getType('product-case')).toEqual(res.body);

    const [entry] = await api.sql<{ actor_id: string; entity_type: string; changes: any }>(
      `SELECT actor_id, entity_type, changes FROM audit_log WHERE action = 'interview_type.kit_changed' AND entity_id = 'product-case'`,
    );
    expect(entry).toMatchObject({ actor_id: api.users.admin.id, entity_type: 'interview_type' });
    expect(entry!.changes.version).toEqual({ from: 1, to: 2 });
    expect(entry!.changes.instructions).toEqual({ from: before.kit.instructions, to: request.instructions });
    expect(entry!.changes.questions.to).toHaveLength(3);
    expect(Object.keys(entry!.changes.rubric)).toEqual(['product']);
    expect(entry!.changes.rubric.product.from['3']).toBe(before.kit.rubric.product!['3']);
  });

  it('refuses a stale version with 409 and the current version, and writes nothing', async () => {
    const type = await getType('hiring-manager');
    const first = await put(admin, '/api/interview-types/hiring-manager/kit', { ...kitRequest(type), instructions: 'First edit wins.' });
    expect(first.status).toBe(200);
    const snapshot = await kitSnapshot('hiring-manager');
    const audits = await auditCount('interview_type.kit_changed', 'hiring-manager');
    const stale = await put(admin, '/api/interview-types/hiring-manager/kit', { ...kitRequest(type), instructions: 'Second edit loses.' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'INTERVIEW_KIT_VERSION_CONFLICT', currentVersion: 2, fields: [{ field: 'version' }] });
    expect(await kitSnapshot('hiring-manager')).toEqual(snapshot);
    expect(await auditCount('interview_type.kit_changed', 'hiring-manager')).toBe(audits);
  });

  it('lets exactly one of many simultaneous edits from the same version win', async () => {
    const type = await getType('deep-dive');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        put(admin, '/api/interview-types/deep-dive/kit', { ...kitRequest(type), instructions: `Edit ${i}` }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    expect((await getType('deep-dive')).kitVersion).toBe(2);
    expect(await auditCount('interview_type.kit_changed', 'deep-dive')).toBe(1);
  });

  describe('bad input', () => {
    let type: InterviewType;
    beforeAll(async () => {
      type = await getType('pair-debugging');
    });

    async function expectRefused(body: unknown, expected: { status: number; code: string; field: string; reason?: RegExp }) {
      const snapshot = await kitSnapshot('pair-debugging');
      const res = await put(admin, '/api/interview-types/pair-debugging/kit', body);
      expect(res.status).toBe(expected.status);
      expect(res.body.code).toBe(expected.code);
      const hit = res.body.fields?.find((f: { field: string }) => f.field === expected.field);
      expect(hit, `fields: ${JSON.stringify(res.body.fields)}`).toBeDefined();
      if (expected.reason) expect(hit.reason).toMatch(expected.reason);
      expect(res.body.message).toContain(expected.field);
      expect(await kitSnapshot('pair-debugging')).toEqual(snapshot);
    }

    it('names a missing or blank rubric level', async () => {
      const missing = kitRequest(type);
      delete (missing.rubric.ml as Partial<Record<string, string>>)['3'];
      await expectRefused(missing, { status: 400, code: 'INTERVIEW_KIT_INVALID', field: 'rubric.ml.3', reason: /missing/ });
      const blank = kitRequest(type);
      blank.rubric.swe!['1'] = '   ';
      await expectRefused(blank, { status: 400, code: 'INTERVIEW_KIT_INVALID', field: 'rubric.swe.1', reason: /blank/ });
      const wrongType = kitRequest(type);
      (wrongType.rubric.swe as Record<string, unknown>)['4'] = 4;
      await expectRefused(wrongType, { status: 400, code: 'INTERVIEW_KIT_INVALID', field: 'rubric.swe.4', reason: /string/ });
    });

    it('names a focus competency without a rubric, a competency that is not a focus, and an extra level', async () => {
      const { ml: _ml, ...withoutMl } = type.kit.rubric;
      await expectRefused({ ...kitRequest(type), rubric: withoutMl }, { status: 400, code: 'INTERVIEW_KIT_INVALID', field: 'rubric.ml' });
      const extra = kitRequest(type);
      extra.rubric.math = { '1': 'a', '2': 'b', '3': 'c', '4': 'd' };
      await expectRefused(extra, { status: 400, code: 'INTERVIEW_KIT_INVALID', field: 'rubric.math', reason: /not a focus competency/ });
      const fifth = kitRequest(type);
      (fifth.rubric.ml as Record<string, string>)['5'] = 'Superhuman';
      await expectRefused(fifth, { status: 400, code: 'INTERVIEW_KIT_INVALID', field: 'rubric.ml.5', reason: /not a rubric level/ });
    });

    it('names empty or malformed questions, blank instructions and a missing version', async () => {
      await expectRefused({ ...kitRequest(type), questions: [] }, { status: 400, code: 'VALIDATION_FAILED', field: 'questions' });
      await expectRefused(
        { ...kitRequest(type), questions: [{ prompt: 'Why?', goodAnswer: '' }] },
        { status: 400, code: 'VALIDATION_FAILED', field: 'questions.0.goodAnswer' },
      );
      await expectRefused(
        { ...kitRequest(type), questions: [{ prompt: 'Why?', goodAnswer: 'Because.', hint: 'x' }] },
        { status: 400, code: 'VALIDATION_FAILED', field: 'questions.0.hint', reason: /should not exist/ },
      );
      await expectRefused({ ...kitRequest(type), instructions: ' ' }, { status: 400, code: 'VALIDATION_FAILED', field: 'instructions' });
      const { version: _v, ...withoutVersion } = kitRequest(type);
      await expectRefused(withoutVersion, { status: 400, code: 'VALIDATION_FAILED', field: 'version' });
      await expectRefused({ ...kitRequest(type), rubric: 'all good' }, { status: 400, code: 'VALIDATION_FAILED', field: 'rubric' });
    });

    it('answers an unknown type with 404', async () => {
      const res = await put(admin, '/api/interview-types/no-such-type/kit', kitRequest(type));
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('INTERVIEW_TYPE_NOT_FOUND');
    });
  });

  it('is refused to everyone but admins, and nothing is written', async () => {
    const type = await getType('take-home');
    const snapshot = await kitSnapshot('take-home');
    for (const role of ['recruiter', 'hiring_manager', 'interviewer'] as const) {
      const client = await api.as(role);
      const res = await put(client, '/api/interview-types/take-home/kit', { ...kitRequest(type), instructions: 'Mine now.' });
      expect(res.status, role).toBe(403);
    }
    expect(await kitSnapshot('take-home')).toEqual(snapshot);
  });
});

describe('editing a loop template', () => {
  it('replaces the ordered stages, bumps the version, and audits the change', async () => {
    const role = await roleByKey('data-scientist');
    const before = (await admin.get<RoleLoop>(`/api/roles/${role.id}/loop`)).body;
    const request: UpdateRoleLoopRequest = {
      version: before.version,
      stages: [
        { name: 'Screen', interviewTypes: ['recruiter-screen'] },
        { name: 'Onsite', interviewTypes: ['ml-theory', 'product-case', 'pair-coding'] },
        { name: 'Hiring manager', interviewTypes: ['hiring-manager'] },
      ],
    };
    const res = await put<RoleLoop>(admin, `/api/roles/${role.id}/loop`, request);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ roleId: role.id, version: 2, stages: request.stages });
    expect((await interviewer.get<RoleLoop>(`/api/roles/${role.id}/loop`)).body).toEqual(res.body);

    const [entry] = await api.sql<{ actor_id: string; entity_type: string; changes: any }>(
      `SELECT actor_id, entity_type, changes FROM audit_log WHERE action = 'role.loop_changed' AND entity_id = $1`,
      [role.id],
    );
    expect(entry).toMatchObject({ actor_id: api.users.admin.id, entity_type: 'role' });
    expect(entry!.changes).toEqual({ version: { from: 1, to: 2 }, stages: { from: before.stages, to: request.stages } });
  });

  it('trims stage names', async () => {
    const role = await roleByKey('ml-product-manager');
    const res = await put<RoleLoop>(admin, `/api/roles/${role.id}/loop`, {
      version: 1,
      stages: [{ name: '  Product case  ', interviewTypes: ['product-case'] }],
    });
    expect(res.status).toBe(200);
    expect(res.body.stages).toEqual([{ name: 'Product case', interviewTypes: ['product-case'] }]);
  });

  it('refuses a stale version with 409 and writes nothing', async () => {
    const role = await roleByKey('data-engineer');
    const loop = (await admin.get<RoleLoop>(`/api/roles/${role.id}/loop`)).body;
    const first = await put(admin, `/api/roles/${role.id}/loop`, { version: 1, stages: loop.stages.slice(0, 3) });
    expect(first.status).toBe(200);
    const snapshot = await loopSnapshot(role.id);
    const audits = await auditCount('role.loop_changed', role.id);
    const stale = await put(admin, `/api/roles/${role.id}/loop`, { version: 1, stages: loop.stages.slice(0, 2) });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'LOOP_VERSION_CONFLICT', currentVersion: 2, fields: [{ field: 'version' }] });
    expect(await loopSnapshot(role.id)).toEqual(snapshot);
    expect(await auditCount('role.loop_changed', role.id)).toBe(audits);
    // A version 0 edit means "the role has no loop yet": refused too, because it has one.
    const fromNothing = await put(admin, `/api/roles/${role.id}/loop`, { version: 0, stages: loop.stages.slice(0, 2) });
    expect(fromNothing.status).toBe(409);
    expect(await loopSnapshot(role.id)).toEqual(snapshot);
  });

  it('lets exactly one of many simultaneous edits from the same version win', async () => {
    const role = await roleByKey('mlops-engineer');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        put(admin, `/api/roles/${role.id}/loop`, { version: 1, stages: [{ name: `Only stage ${i}`, interviewTypes: ['pair-coding'] }] }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(7);
    const [row] = await api.sql<{ n: string }>('SELECT count(*) AS n FROM role_loop_stage WHERE role_id = $1', [role.id]);
    expect(Number(row!.n)).toBe(1);
    expect(await auditCount('role.loop_changed', role.id)).toBe(1);
  });

  describe('bad input', () => {
    let role: Role;
    beforeAll(async () => {
      role = await roleByKey('ml-researcher');
    });

    async function expectRefused(body: unknown, expected: { code: string; field: string; reason?: RegExp }) {
      const snapshot = await loopSnapshot(role.id);
      const res = await put(admin, `/api/roles/${role.id}/loop`, body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe(expected.code);
      const hit = res.body.fields?.find((f: { field: string }) => f.field === expected.field);
      expect(hit, `fields: ${JSON.stringify(res.body.fields)}`).toBeDefined();
      if (expected.reason) expect(hit.reason).toMatch(expected.reason);
      expect(await loopSnapshot(role.id)).toEqual(snapshot);
    }

    it('names an unknown interview type and a duplicate stage name', async () => {
      await expectRefused(
        {
          version: 1,
          stages: [
            { name: 'Screen', interviewTypes: ['recruiter-screen'] },
            { name: 'Vibes', interviewTypes: ['pair-coding', 'vibe-check'] },
          ],
        },
        { code: 'LOOP_INVALID', field: 'stages.1.interviewTypes.1', reason: /vibe-check.*not a known interview type/ },
      );
      await expectRefused(
        {
          version: 1,
          stages: [
            { name: 'Technical', interviewTypes: ['pair-coding'] },
            { name: 'Screen', interviewTypes: ['recruiter-screen'] },
            { name: ' technical ', interviewTypes: ['ml-theory'] },
          ],
        },
        { code: 'LOOP_INVALID', field: 'stages.2.name', reason: /duplicates the name of stage 0/ },
      );
    });

    it('names a stage without interview types, no stages, a blank name and a missing version', async () => {
      await expectRefused(
        { version: 1, stages: [{ name: 'Empty', interviewTypes: [] }] },
        { code: 'VALIDATION_FAILED', field: 'stages.0.interviewTypes' },
      );
      await expectRefused({ version: 1, stages: [] }, { code: 'VALIDATION_FAILED', field: 'stages' });
      await expectRefused(
        { version: 1, stages: [{ name: '', interviewTypes: ['pair-coding'] }] },
        { code: 'VALIDATION_FAILED', field: 'stages.0.name' },
      );
      await expectRefused(
        { stages: [{ name: 'Screen', interviewTypes: ['recruiter-screen'] }] },
        { code: 'VALIDATION_FAILED', field: 'version' },
      );
      await expectRefused(
        { version: 1, stages: [{ name: 'Twice', interviewTypes: ['pair-coding', 'pair-coding'] }] },
        { code: 'VALIDATION_FAILED', field: 'stages.0.interviewTypes' },
      );
    });
  });

  it('is refused to everyone but admins, and nothing is written', async () => {
    const role = await roleByKey('ml-engineer');
    const snapshot = await loopSnapshot(role.id);
    for (const caller of ['recruiter', 'hiring_manager', 'interviewer'] as const) {
      const client = await api.as(caller);
      const res = await put(client, `/api/roles/${role.id}/loop`, {
        version: 1,
        stages: [{ name: 'Screen', interviewTypes: ['recruiter-screen'] }],
      });
      expect(res.status, caller).toBe(403);
    }
    expect(await loopSnapshot(role.id)).toEqual(snapshot);
  });
});
