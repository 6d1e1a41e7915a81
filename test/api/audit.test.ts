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

describe('the audit log', () => {
  it('records who changed a role’s weights, what changed and when, in the same transaction', async () => {
    const [role] = (await admin.get('/api/roles')).body;
    const weights = { ...role.current.weights, ml: role.current.weights.ml - 0.05, swe: role.current.weights.swe + 0.05 };
    expect((await admin.post(`/api/roles/${role.id}/weights`, { baseVersion: 1, weights, note: 'leaner ML' })).status).toBe(201);
    const page = await admin.get(`/api/audit?action=role.weights_changed&entityId=${role.id}`);
    expect(page.status).toBe(200);
    expect(page.body.items).toHaveLength(1);
    const [entry] = page.body.items;
    expect(entry).toMatchObject({
      actorId: api.users.admin.id,
      actorEmail: api.users.admin.email,
      entityType: 'role',
      entityId: role.id,
      requestId: expect.any(String),
    });
    expect(entry.changes).toEqual({ version: { from: 1, to: 2 }, weights: { from: role.current.weights, to: weights }, note: 'leaner ML' });
    expect(Date.now() - Date.parse(entry.at)).toBeLessThan(60_000);
  });

  it('writes no entry when the change is refused', async () => {
    const [role] = (await admin.get('/api/roles')).body;
    const before = (await admin.get('/api/audit?action=role.weights_changed')).body.items.length;
    await admin.post(`/api/roles/${role.id}/weights`, { baseVersion: 1, weights: role.current.weights });
    expect((await admin.get('/api/audit?action=role.weights_changed')).body.items).toHaveLength(before);
  });

  it('refuses UPDATE, DELETE and TRUNCATE at the database', async () => {
    await expect(api.sql(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(api.sql(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('keeps one linear hash chain under concurrent writes, and the verifier finds an altered entry', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        admin.post('/api/users', {
          email: `burst-${i}@example.org`,
          name: `Burst ${i}`,
          role: 'interviewer',
          password: 'long-enough-password',
        }),
      ),
    );
    const ok = await admin.get('/api/audit/verify');
    expect(ok.body).toMatchObject({ ok: true, firstBrokenId: null });
    expect(ok.body.checked).toBeGreaterThanOrEqual(10);

    // Someone with raw database access edits history behind the trigger's back.
    const [victim] = await api.sql<{ id: string }>(`SELECT id FROM audit_log WHERE action = 'user.created' ORDER BY id LIMIT 1`);
    await api.sql(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete`);
    await api.sql(`UPDATE audit_log SET changes = jsonb_set(changes, '{role}', '"admin"') WHERE id = $1`, [victim!.id]);
    await api.sql(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete`);
    const broken = await admin.get('/api/audit/verify');
    expect(broken.body).toMatchObject({ ok: false, firstBrokenId: victim!.id, reason: expect.stringContaining('altered') });
  });

  it('filters by action, entity and time and pages with a cursor without overlap', async () => {
    const first = await admin.get('/api/audit?entityType=user&limit=3');
    expect(first.body.items).toHaveLength(3);
    expect(first.body.items.every((e: { entityType: string }) => e.entityType === 'user')).toBe(true);
    const second = await admin.get(`/api/audit?entityType=user&limit=3&cursor=${first.body.nextCursor}`);
    const ids = [...first.body.items, ...second.body.items].map((e: { id: string }) => Number(e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const future = await admin.get(`/api/audit?from=${encodeURIComponent(new Date(Date.now() + 3600_000).toISOString())}`);
    expect(future.body).toEqual({ items: [], nextCursor: null });
  });

  it('names the bad filter', async () => {
    const cases: [string, string][] = [
      ['/api/audit?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
      ['/api/audit?from=yesterday', 'from'],
      ['/api/audit?limit=0', 'limit'],
      ['/api/audit?limit=1000', 'limit'],
      ['/api/audit?cursor=abc', 'cursor'],
      // Past the bigint range: refused as input, not a database error.
      ['/api/audit?cursor=9999999999999999999', 'cursor'],
      ['/api/audit?actorId=me', 'actorId'],
      ['/api/audit?sort=asc', 'sort'],
    ];
    for (const [url, field] of cases) {
      const res = await admin.get(url);
      expect(res.status, url).toBe(400);
      expect(
        res.body.fields.map((f: { field: string }) => f.field),
        url,
      ).toContain(field);
    }
  });
});
