import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type ApiClient, type TestApi } from '../support/api-app.js';

let api: TestApi;
let admin: ApiClient;
let zedId: string;
let goneId: string;
beforeAll(async () => {
  api = await startApi();
  admin = await api.as('admin');
  const add = async (name: string, role: string, email: string) => {
    const res = await admin.post('/api/users', { email, name, role, password: 'a-long-enough-secret' });
    if (res.status !== 201) throw new Error(JSON.stringify(res.body));
    return res.body.id as string;
  };
  zedId = await add('Zed Second Manager', 'hiring_manager', 'zed@example.org');
  await add('Aaron First Manager', 'hiring_manager', 'aaron@example.org');
  goneId = await add('Gone Manager', 'hiring_manager', 'gone@example.org');
  const off = await admin.patch(`/api/users/${goneId}`, { active: false });
  if (off.status !== 200) throw new Error(JSON.stringify(off.body));
});
afterAll(async () => {
  await api?.close();
});

describe('the user directory', () => {
  it('lists active users of one role, sorted by name, with only id, name and role', async () => {
    const res = await admin.get('/api/users/directory?role=hiring_manager');
    expect(res.status).toBe(200);
    const names = res.body.map((u: { name: string }) => u.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    expect(names).toContain('Zed Second Manager');
    expect(names).toContain(api.users.hiring_manager.name);
    expect(res.body.every((u: { role: string }) => u.role === 'hiring_manager')).toBe(true);
    for (const u of res.body) expect(Object.keys(u).sort()).toEqual(['id', 'name', 'role']);
    expect(res.body.find((u: { id: string }) => u.id === zedId)).toEqual({ id: zedId, name: 'Zed Second Manager', role: 'hiring_manager' });
    expect(JSON.stringify(res.body)).not.toMatch(/@|email|createdAt|deactivatedAt|password/i);
  });

  it('leaves deactivated users out, with or without a role filter', async () => {
    for (const url of ['/api/users/directory?role=hiring_manager', '/api/users/directory']) {
      const res = await admin.get(url);
      expect(res.status).toBe(200);
      expect(res.body.map((u: { id: string }) => u.id)).not.toContain(goneId);
    }
  });

  it('without a role lists every active user of every role', async () => {
    const res = await admin.get('/api/users/directory');
    expect(res.status).toBe(200);
    expect(new Set(res.body.map((u: { role: string }) => u.role))).toEqual(
      new Set(['admin', 'recruiter', 'hiring_manager', 'interviewer']),
    );
  });

  it('filters by each role', async () => {
    for (const role of ['admin', 'recruiter', 'hiring_manager', 'interviewer'] as const) {
      const res = await admin.get(`/api/users/directory?role=${role}`);
      expect(res.status).toBe(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(res.body.every((u: { role: string }) => u.role === role)).toBe(true);
      expect(res.body.map((u: { id: string }) => u.id)).toContain(api.users[role].id);
    }
  });

  it('may be read by recruiters and hiring managers, not by interviewers or anonymous callers', async () => {
    for (const role of ['recruiter', 'hiring_manager'] as const) {
      const res = await (await api.as(role)).get('/api/users/directory?role=recruiter');
      expect(res.status, role).toBe(200);
      expect(res.body.map((u: { id: string }) => u.id)).toContain(api.users.recruiter.id);
    }
    const interviewer = await (await api.as('interviewer')).get('/api/users/directory?role=interviewer');
    expect(interviewer.status).toBe(403);
    expect(JSON.stringify(interviewer.body)).not.toContain(api.users.interviewer.name);
    expect((await api.get('/api/users/directory')).status).toBe(401);
  });

  it('refuses an unknown role with a 400 naming role', async () => {
    for (const url of ['/api/users/directory?role=superuser', '/api/users/directory?role=']) {
      const res = await admin.get(url);
      expect(res.status, url).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.fields.map((f: { field: string }) => f.field)).toContain('role');
    }
  });
});
