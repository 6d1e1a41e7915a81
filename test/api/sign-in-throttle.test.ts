import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../support/api-app.js';

// A low per-address limit keeps this file quick; the per-account limit is the fixed 10.
process.env.SIGN_IN_MAX_FAILURES_PER_ADDRESS = '15';

let api: TestApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(async () => {
  await api?.close();
});

describe('sign-in throttling', () => {
  it('allows 10 failed sign-ins per account in 15 minutes, then answers 429 with a retry time, even to the right password', async () => {
    const { email, password } = api.users.recruiter;
    for (let i = 0; i < 10; i++) expect((await api.signIn(email, `wrong-password-${i}`)).response.status).toBe(401);
    const blocked = await api.signIn(email, password);
    expect(blocked.response.status).toBe(429);
    expect(blocked.response.body.code).toBe('SIGN_IN_THROTTLED');
    const retry = Number(blocked.response.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(800);
    expect(retry).toBeLessThanOrEqual(900);
    expect(blocked.response.body.retryAfterSeconds).toBe(retry);
    // Another account is not affected by this one's failures.
    expect((await api.signIn(api.users.admin.email, api.users.admin.password)).response.status).toBe(200);
  });

  it('lets the account in again once its failures leave the window', async () => {
    const { email, password } = api.users.recruiter;
    await api.sql(`UPDATE sign_in_attempt SET at = at - interval '16 minutes' WHERE email = $1`, [email]);
    expect((await api.signIn(email, password)).response.status).toBe(200);
  });

  it('limits failures per client address across accounts', async () => {
    await api.sql(`DELETE FROM sign_in_attempt`);
    for (let i = 0; i < 15; i++) await api.signIn(`stranger-${i}@test.loopboard.dev`, 'guessing-password');
    const blocked = await api.signIn(api.users.interviewer.email, api.users.interviewer.password);
    expect(blocked.response.status).toBe(429);
  });
});
