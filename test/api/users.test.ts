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

const userCount = async () => (await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM app_user`))[0]!.n;

describe('admins managing users', () => {
  it('lists users by name without password hashes', async () => {
    const res = await admin.get('/api/users');
    expect(res.status).toBe(200);
    expect(res.body.map((u: { role: string }) => u.role).sort()).toEqual(['admin', 'hiring_manager', 'interviewer', 'recruiter']);
    expect(JSON.stringify(res.body)).not.toMatch(/argon2|password/i);
  });

  it('creates a user with an Argon2id hash (64 MiB, 3 passes) who can then sign in; the audit keeps no password', async () => {
    const res = await admin.post('/api/users', {
      email: '  Jane.Doe@Example.org ',
      name: 'Jane Doe',
      role: 'interviewer',
      password: 'a-long-enough-secret',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      email: 'jane.doe@example.org',
      name: 'Jane Doe',
      role: 'interviewer',
      active: true,
      deactivatedAt: null,
    });
    const [row] = await api.sql<{ password_hash: string }>(`SELECT password_hash FROM app_user WHERE id = $1`, [res.body.id]);
    expect(row!.password_hash).toMatch(/^\$argon2id\$v=19\$m=65536,p=1,t=3\$/);
    const [audit] = await api.sql<{ actor_id: string; changes: object }>(
      `SELECT actor_id, changes FROM audit_log WHERE action = 'user.created' AND entity_id = $1`,
      [res.body.id],
    );
    expect(audit).toEqual({
      actor_id: api.users.admin.id,
      changes: { email: 'jane.doe@example.org', name: 'Jane Doe', role: 'interviewer' },
    });
    expect(JSON.stringify(audit)).not.toContain('a-long-enough-secret');
    expect((await api.signIn('jane.doe@example.org', 'a-long-enough-secret')).response.status).toBe(200);
  });

  it('refuses a taken email regardless of case, a short password, an unknown role and extra fields, writing nothing', async () => {
    const before = await userCount();
    const cases: [unknown, number, string, string][] = [
      [
        { email: api.users.recruiter.email.toUpperCase(), name: 'X', role: 'recruiter', password: 'long-enough-password' },
        409,
        'EMAIL_TAKEN',
        'email',
      ],
      [{ email: 'new@example.org', name: 'X', role: 'recruiter', password: 'short' }, 400, 'VALIDATION_FAILED', 'password'],
      [{ email: 'new@example.org', name: 'X', role: 'superuser', password: 'long-enough-password' }, 400, 'VALIDATION_FAILED', 'role'],
      [{ email: 'not-an-email', name: 'X', role: 'recruiter', password: 'long-enough-password' }, 400, 'VALIDATION_FAILED', 'email'],
      [
        { email: 'new@example.org', name: 'X', role: 'recruiter', password: 'long-enough-password', isAdmin: true },
        400,
        'VALIDATION_FAILED',
        'isAdmin',
      ],
    ];
    for (const [body, status, code, field] of cases) {
      const res = await admin.post('/api/users', body);
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      expect(res.body.code).toBe(code);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
    expect(await userCount()).toBe(before);
  });

  it('changes a role, records from → to in the audit log and ends that user’s sessions', async () => {
    const recruiter = await api.as('recruiter');
    const res = await admin.patch(`/api/users/${api.users.recruiter.id}`, { role: 'hiring_manager' });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('hiring_manager');
    const [audit] = await api.sql<{ changes: Record<string, unknown> }>(
      `SELECT changes FROM audit_log WHERE action = 'user.updated' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
      [api.users.recruiter.id],
    );
    expect(audit!.changes).toMatchObject({ role: { from: 'recruiter', to: 'hiring_manager' } });
    expect((await recruiter.get('/api/roles')).body.code).toBe('SESSION_EXPIRED');
    await admin.patch(`/api/users/${api.users.recruiter.id}`, { role: 'recruiter' });
  });

  it('does not let an admin deactivate or demote themself', async () => {
    for (const body of [{ active: false }, { role: 'recruiter' }]) {
      const res = await admin.patch(`/api/users/${api.users.admin.id}`, body);
      expect(res).toMatchObject({ status: 409, body: { code: 'CANNOT_CHANGE_OWN_ACCESS' } });
    }
    const [row] = await api.sql<{ active: boolean; role: string }>(`SELECT active, role FROM app_user WHERE id = $1`, [api.users.admin.id]);
    expect(row).toEqual({ active: true, role: 'admin' });
  });

  it('answers an unknown user with 404 and a malformed id with 400', async () => {
    expect((await admin.patch('/api/users/00000000-0000-4000-8000-000000000000', { name: 'X' })).body.code).toBe('USER_NOT_FOUND');
    const bad = await admin.patch('/api/users/42', { name: 'X' });
    expect(bad).toMatchObject({ status: 400, body: { fields: [{ field: 'userId' }] } });
  });

  it('is for admins only', async () => {
    for (const role of ['recruiter', 'hiring_manager', 'interviewer'] as const) {
      const client = await api.as(role);
      expect((await client.get('/api/users')).status).toBe(403);
      expect(
        (await client.post('/api/users', { email: 'x@example.org', name: 'X', role: 'admin', password: 'long-enough-password' })).status,
      ).toBe(403);
    }
  });
});

describe('editing a user with null fields', () => {
  it('answers 400 naming the field, not a 500 from the NOT NULL columns (found by the API fuzzer)', async () => {
    const created = await admin.post('/api/users', {
      email: 'nullable@example.org',
      name: 'Null Able',
      role: 'interviewer',
      password: 'long-enough-password',
    });
    expect(created.status).toBe(201);
    for (const field of ['name', 'role', 'active', 'password']) {
      const res = await admin.patch(`/api/users/${created.body.id}`, { [field]: null });
      expect(res.status, `${field}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain(field);
    }
  });
});
