import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../support/api-app.js';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

async function sessionCount(userId: string): Promise<number> {
  const [row] = await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM user_session WHERE user_id = $1`, [userId]);
  return row!.n;
}

async function auditActions(action: string): Promise<{ changes: Record<string, unknown>; actor_id: string | null }[]> {
  return api.sql(`SELECT changes, actor_id FROM audit_log WHERE action = $1 ORDER BY id`, [action]);
}

describe('signing in', () => {
  it('sets an httpOnly SameSite session cookie holding 256 random bits, of which only a hash is stored', async () => {
    const { response } = await api.signIn(api.users.recruiter.email, api.users.recruiter.password);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      user: { email: api.users.recruiter.email, role: 'recruiter' },
      csrfToken: expect.any(String),
      idleTimeoutSeconds: 1800,
    });
    expect(response.body.user).not.toHaveProperty('passwordHash');
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('lb_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const token = cookie.split(';')[0]!.slice('lb_session='.length);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await api.sql<{ token_hash: string }>(`SELECT token_hash FROM user_session WHERE user_id = $1`, [api.users.recruiter.id]);
    expect(rows.map((r) => r.token_hash)).not.toContain(token);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('ignores the case of the email', async () => {
    const { response } = await api.signIn(api.users.admin.email.toUpperCase(), api.users.admin.password);
    expect(response.status).toBe(200);
  });

  it('answers a wrong password and an unknown email alike, creates no session and audits both', async () => {
    const before = await sessionCount(api.users.hiring_manager.id);
    const wrong = await api.signIn(api.users.hiring_manager.email, 'not-the-password-at-all');
    const unknown = await api.signIn('nobody@test.loopboard.dev', 'not-the-password-at-all');
    for (const { response } of [wrong, unknown]) {
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect' });
      expect(response.headers.getSetCookie()).toEqual([]);
    }
    expect(await sessionCount(api.users.hiring_manager.id)).toBe(before);
    const failures = await auditActions('auth.sign_in_failed');
    expect(failures.map((f) => f.changes)).toEqual(
      expect.arrayContaining([
        { email: api.users.hiring_manager.email, reason: 'wrong password' },
        { email: 'nobody@test.loopboard.dev', reason: 'unknown email' },
      ]),
    );
  });

  it('names the field of a malformed sign-in body', async () => {
    const res = await api.post('/api/auth/sign-in', { email: 'a@b.c' });
    expect(res.status).toBe(400);
    expect(res.body.fields).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
  });
});

describe('the session', () => {
  it('is reported by GET /api/auth/session, and is required everywhere else', async () => {
    const recruiter = await api.as('recruiter');
    const mine = await recruiter.get('/api/auth/session');
    expect(mine.status).toBe(200);
    expect(mine.body.user.role).toBe('recruiter');
    const anonymous = await api.get('/api/auth/session');
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect((await api.get('/api/roles')).body.code).toBe('UNAUTHENTICATED');
  });

  it('ends at sign-out: the cookie is cleared and the old token no longer works', async () => {
    const interviewer = await api.as('interviewer');
    const out = await interviewer.post('/api/auth/sign-out');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().join()).toMatch(/lb_session=;/);
    expect(await interviewer.get('/api/roles')).toMatchObject({ status: 401, body: { code: 'SESSION_EXPIRED' } });
  });

  it('expires after its lifetime and after the idle timeout', async () => {
    const expired = await api.as('recruiter');
    const idle = await api.as('recruiter');
    const hashes = await api.sql<{ token_hash: string }>(
      `SELECT token_hash FROM user_session WHERE user_id = $1 ORDER BY created_at DESC LIMIT 2`,
      [api.users.recruiter.id],
    );
    await api.sql(`UPDATE user_session SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [hashes[1]!.token_hash]);
    await api.sql(`UPDATE user_session SET last_seen_at = now() - interval '31 minutes' WHERE token_hash = $1`, [hashes[0]!.token_hash]);
    expect((await expired.get('/api/roles')).body.code).toBe('SESSION_EXPIRED');
    expect((await idle.get('/api/roles')).body.code).toBe('SESSION_EXPIRED');
  });

  it('ends at once for every session of a user an admin deactivates, and a deactivated user cannot sign in', async () => {
    const admin = await api.as('admin');
    const { id, email, password } = api.users.hiring_manager;
    const first = await api.as('hiring_manager');
    const second = await api.as('hiring_manager');
    expect((await first.get('/api/roles')).status).toBe(200);

    expect((await admin.patch(`/api/users/${id}`, { active: false })).status).toBe(200);
    expect((await first.get('/api/roles')).body.code).toBe('SESSION_EXPIRED');
    expect((await second.get('/api/roles')).body.code).toBe('SESSION_EXPIRED');

    const refused = await api.signIn(email, password);
    expect(refused.response).toMatchObject({ status: 403, body: { code: 'ACCOUNT_DEACTIVATED' } });
    // Without the right password nothing reveals that the account exists.
    expect((await api.signIn(email, 'wrong-password-here')).response.body.code).toBe('INVALID_CREDENTIALS');

    expect((await admin.patch(`/api/users/${id}`, { active: true })).status).toBe(200);
    expect((await api.signIn(email, password)).response.status).toBe(200);
  });
});

describe('CSRF protection', () => {
  it('refuses a write without the session’s X-CSRF-Token header, or with a wrong one, and writes nothing', async () => {
    const admin = await api.as('admin');
    const [role] = (await admin.get('/api/roles')).body;
    const body = { baseVersion: role.current.version, weights: role.current.weights };
    const missing = await admin.request('POST', `/api/roles/${role.id}/weights`, body, { withoutCsrf: true });
    expect(missing).toMatchObject({ status: 403, body: { code: 'CSRF_TOKEN_INVALID' } });
    const wrong = await admin.request('POST', `/api/roles/${role.id}/weights`, body, { headers: { 'x-csrf-token': 'x'.repeat(43) } });
    expect(wrong).toMatchObject({ status: 403, body: { code: 'CSRF_TOKEN_INVALID' } });
    const [row] = await api.sql<{ n: number }>(`SELECT count(*)::int AS n FROM role_weights_version WHERE role_id = $1`, [role.id]);
    expect(row!.n).toBe(1);
    expect((await admin.post(`/api/roles/${role.id}/weights`, body)).status).toBe(201);
  });
});

describe('security headers', () => {
  it('are on every response, errors included', async () => {
    for (const path of ['/api/health', '/api/roles', '/api/nope']) {
      const res = await api.get(path);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('strict-transport-security')).toContain('max-age=');
    }
  });
});
