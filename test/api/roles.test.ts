import { COMPETENCY_KEYS, type Role, type RoleWeightsVersion, type Weights } from '@loopboard/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
});
afterAll(async () => {
  await api?.close();
});

const researcherWeights: Weights = { ml: 0.3, math: 0.2, swe: 0.1, data: 0, ops: 0, research: 0.25, comms: 0.15, product: 0 };

async function roleByKey(key: string): Promise<Role> {
  const { body } = await admin.get<Role[]>('/api/roles');
  const role = body.find((r) => r.key === key);
  if (!role) throw new Error(`no seeded role ${key}`);
  return role;
}

async function versionCount(roleId: string): Promise<number> {
  const [row] = await api.sql<{ n: string }>('SELECT count(*) AS n FROM role_weights_version WHERE role_id = $1', [roleId]);
  return Number(row!.n);
}

describe('seeded roles and competencies', () => {
  it('lists the eight competencies in their design order', async () => {
    const res = await admin.get('/api/competencies');
    expect(res.status).toBe(200);
    expect(res.body.map((c: { key: string }) => c.key)).toEqual([...COMPETENCY_KEYS]);
    expect(res.body[0]).toEqual({ key: 'ml', name: 'ML knowledge', description: expect.stringContaining('bias–variance') });
  });

  it('lists the six role templates with the default weights from the design, each summing to 1', async () => {
    const res = await admin.get<Role[]>('/api/roles');
    expect(res.status).toBe(200);
    expect(res.body.map((r) => r.name)).toEqual([
      'ML engineer',
      'ML researcher',
      'Data scientist',
      'Data engineer',
      'MLOps / DevOps engineer',
      'ML product manager',
    ]);
    const researcher = res.body.find((r) => r.key === 'ml-researcher')!;
    expect(researcher.current).toMatchObject({
      version: 1,
      weights: { ml: 0.25, math: 0.2, swe: 0.1, data: 0, ops: 0, research: 0.3, comms: 0.15, product: 0 },
    });
    const mlops = res.body.find((r) => r.key === 'mlops-engineer')!;
    expect(mlops.current.weights).toEqual({ ml: 0.05, math: 0, swe: 0.35, data: 0.1, ops: 0.4, research: 0, comms: 0.1, product: 0 });
    for (const role of res.body) {
      const sum = COMPETENCY_KEYS.reduce((s, k) => s + role.current.weights[k], 0);
      expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    }
  });
});

describe('changing a role’s weights', () => {
  it('creates a new version, makes it current and keeps the old one readable', async () => {
    const role = await roleByKey('ml-researcher');
    const res = await admin.post<RoleWeightsVersion>(`/api/roles/${role.id}/weights`, {
      baseVersion: 1,
      weights: researcherWeights,
      note: 'More weight on ML depth',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ roleId: role.id, version: 2, weights: researcherWeights, note: 'More weight on ML depth' });

    expect((await admin.get<Role>(`/api/roles/${role.id}`)).body.current.version).toBe(2);
    const v1 = await admin.get<RoleWeightsVersion>(`/api/roles/${role.id}/weights/1`);
    expect(v1.status).toBe(200);
    expect(v1.body.weights.research).toBe(0.3);
    const history = await admin.get(`/api/roles/${role.id}/weights`);
    expect(history.body.map((v: { version: number }) => v.version)).toEqual([2, 1]);

    const rows = await api.sql<{ competency_key: string; weight: number }>(
      `SELECT w.competency_key, w.weight FROM role_weight w JOIN role_weights_version v ON v.id = w.weights_version_id
        WHERE v.role_id = $1 AND v.version = 2 ORDER BY w.competency_key`,
      [role.id],
    );
    expect(Object.fromEntries(rows.map((r) => [r.competency_key, r.weight]))).toEqual(researcherWeights);
  });

  it('accepts a sum that is off from 1 by less than 1e-9', async () => {
    const role = await roleByKey('data-engineer');
    const weights = { ...role.current.weights, product: role.current.weights.product + 4e-10 };
    const res = await admin.post(`/api/roles/${role.id}/weights`, { baseVersion: role.current.version, weights });
    expect(res.status).toBe(201);
  });

  it('refuses a stale edit with 409 and the current version, and writes nothing', async () => {
    const role = await roleByKey('data-scientist');
    const first = await admin.post(`/api/roles/${role.id}/weights`, { baseVersion: 1, weights: role.current.weights });
    expect(first.status).toBe(201);
    const stale = await admin.post(`/api/roles/${role.id}/weights`, { baseVersion: 1, weights: role.current.weights });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'WEIGHTS_VERSION_CONFLICT', currentVersion: 2, fields: [{ field: 'baseVersion' }] });
    expect(await versionCount(role.id)).toBe(2);
  });

  it('lets exactly one of many simultaneous edits from the same version win', async () => {
    const role = await roleByKey('ml-product-manager');
    const results = await Promise.all(
      Array.from({ length: 12 }, () => admin.post(`/api/roles/${role.id}/weights`, { baseVersion: 1, weights: role.current.weights })),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(11);
    expect(await versionCount(role.id)).toBe(2);
  });
});

describe('bad input to the weights editor', () => {
  let role: Role;
  beforeAll(async () => {
    role = await roleByKey('ml-engineer');
  });

  async function expectRefused(body: unknown, expected: { status: number; code: string; field?: string; reason?: RegExp }) {
    const before = await versionCount(role.id);
    const res = await admin.post(`/api/roles/${role.id}/weights`, body);
    expect(res.status).toBe(expected.status);
    expect(res.body.code).toBe(expected.code);
    expect(res.body.message).toEqual(expect.any(String));
    if (expected.field) {
      const hit = res.body.fields.find((f: { field: string }) => f.field === expected.field);
      expect(hit, `fields: ${JSON.stringify(res.body.fields)}`).toBeDefined();
      if (expected.reason) expect(hit.reason).toMatch(expected.reason);
    }
    expect(await versionCount(role.id)).toBe(before);
  }

  it('names the sum when weights do not add up to 1', async () => {
    await expectRefused(
      { baseVersion: 1, weights: { ...role.current.weights, ml: 0.5 } },
      { status: 400, code: 'WEIGHTS_INVALID', field: 'weights', reason: /must sum to 1 \(they sum to 1\.25\)/ },
    );
  });

  it('names a missing weight, a missing baseVersion and a missing body', async () => {
    const { ml: _ml, ...withoutMl } = role.current.weights;
    await expectRefused({ baseVersion: 1, weights: withoutMl }, { status: 400, code: 'VALIDATION_FAILED', field: 'weights.ml' });
    await expectRefused({ weights: role.current.weights }, { status: 400, code: 'VALIDATION_FAILED', field: 'baseVersion' });
    await expectRefused({}, { status: 400, code: 'VALIDATION_FAILED', field: 'weights' });
  });

  it('rejects unknown fields at the top level and inside weights', async () => {
    await expectRefused(
      { baseVersion: 1, weights: role.current.weights, approvedBy: 'me' },
      { status: 400, code: 'VALIDATION_FAILED', field: 'approvedBy', reason: /should not exist/ },
    );
    await expectRefused(
      { baseVersion: 1, weights: { ...role.current.weights, taste: 0 } },
      { status: 400, code: 'VALIDATION_FAILED', field: 'weights.taste' },
    );
  });

  it('rejects wrong types and out-of-range weights', async () => {
    await expectRefused(
      { baseVersion: '1', weights: role.current.weights },
      { status: 400, code: 'VALIDATION_FAILED', field: 'baseVersion' },
    );
    await expectRefused(
      { baseVersion: 1, weights: { ...role.current.weights, swe: '0.25' } },
      { status: 400, code: 'VALIDATION_FAILED', field: 'weights.swe' },
    );
    await expectRefused(
      { baseVersion: 1, weights: { ...role.current.weights, ops: 1.5, ml: -0.5 } },
      { status: 400, code: 'VALIDATION_FAILED', field: 'weights.ops', reason: /greater than 1/ },
    );
    await expectRefused({ baseVersion: 1, weights: [0.5, 0.5] }, { status: 400, code: 'VALIDATION_FAILED', field: 'weights' });
    await expectRefused(
      { baseVersion: 1, weights: role.current.weights, note: 42 },
      { status: 400, code: 'VALIDATION_FAILED', field: 'note' },
    );
  });

  it('answers a malformed JSON body with MALFORMED_BODY', async () => {
    const res = await admin.request('POST', `/api/roles/${role.id}/weights`, undefined, {
      headers: { 'content-type': 'application/json' },
      rawBody: '{"baseVersion": 1,',
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('MALFORMED_BODY');
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await admin.request('POST', `/api/roles/${role.id}/weights`, undefined, {
      headers: { 'content-type': 'text/plain' },
      rawBody: 'ml=1',
    });
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an oversized body with 413', async () => {
    const res = await admin.request('POST', `/api/roles/${role.id}/weights`, undefined, {
      headers: { 'content-type': 'application/json' },
      rawBody: JSON.stringify({ baseVersion: 1, weights: role.current.weights, note: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(res.status).toBe(413);
    expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('answers an unknown role with 404 and a malformed id with 400 naming roleId', async () => {
    const unknown = await admin.post('/api/roles/00000000-0000-4000-8000-000000000000/weights', {
      baseVersion: 1,
      weights: role.current.weights,
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'ROLE_NOT_FOUND', fields: [{ field: 'roleId' }] });
    const malformed = await admin.get('/api/roles/not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'roleId', reason: 'must be a UUID' }] });
  });

  it('answers a version that does not exist with 404, and a non-numeric one with 400', async () => {
    expect((await admin.get(`/api/roles/${role.id}/weights/99`)).body.code).toBe('ROLE_VERSION_NOT_FOUND');
    const bad = await admin.get(`/api/roles/${role.id}/weights/first`);
    expect(bad.status).toBe(400);
    expect(bad.body.fields[0].field).toBe('version');
    // Past the int4 column's range (found by the API fuzzer: it was a 500 from PostgreSQL).
    const huge = await admin.get(`/api/roles/${role.id}/weights/2147483648`);
    expect(huge.status, JSON.stringify(huge.body)).toBe(400);
    expect(huge.body.fields[0].field).toBe('version');
  });
});
