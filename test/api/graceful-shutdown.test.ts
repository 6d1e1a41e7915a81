import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { hashPassword } from '@loopboard/api/auth';
import { freePort } from '../support/net.js';
import { createDatabase, dropDatabase, uniqueName } from '../support/pg-server.js';

/**
 * Liveness, readiness and graceful shutdown of the real server process (`apps/api/src/main.ts`, as
 * `npm start` runs it, compiled on the fly): SIGTERM while a large import commit is in flight. The
 * commit must finish and be answered, readiness must say 503 while draining, liveness 200, and the
 * process must exit 0 with the import whole in the database.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const PASSWORD = 'graceful-shutdown-password';
const ROWS = 3000;

describe('health probes and graceful shutdown', () => {
  const adminUrl = inject('pgAdminUrl');
  const name = uniqueName('loopboard_shutdown');
  let url: string;
  let pool: pg.Pool;
  let server: ChildProcess;
  let base: string;
  let output = '';

  beforeAll(async () => {
    url = await createDatabase(adminUrl, name, inject('templateDatabase'));
    pool = new pg.Pool({ connectionString: url, max: 2 });
    await pool.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ('rec@shutdown.test', 'Rec Shutdown', 'recruiter', $1)`, [
      await hashPassword(PASSWORD),
    ]);
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', 'apps/api/src/main.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        SWC_NODE_PROJECT: 'apps/api/tsconfig.json',
        DATABASE_URL: url,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        LOOPBOARD_DEMO_DATA: 'false',
        LOOPBOARD_SHUTDOWN_DELAY_MS: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout!.on('data', (d) => (output += d));
    server.stderr!.on('data', (d) => (output += d));
    const started = Date.now();
    for (;;) {
      if (server.exitCode !== null) throw new Error(`server exited ${server.exitCode}:\n${output}`);
      if (Date.now() - started > 90_000) throw new Error(`server not up after 90 s:\n${output}`);
      try {
        if ((await fetch(`${base}/api/health/ready`)).ok) break;
      } catch {
        /* not listening yet */
      }
      await new Promise((r) => setTimeout(r, 200));
    }
  }, 120_000);

  afterAll(async () => {
    if (server && server.exitCode === null) server.kill('SIGKILL');
    await pool?.end();
    await dropDatabase(adminUrl, name);
  });

  it('answers liveness and readiness while running', async () => {
    const live = await fetch(`${base}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toMatchObject({ status: 'alive' });
    const ready = await fetch(`${base}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', database: 'up', draining: false, reasons: [] });
  });

  it('finishes an in-flight import commit after SIGTERM, reports not ready meanwhile, and exits 0', async () => {
    const signIn = await fetch(`${base}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'rec@shutdown.test', password: PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const headers = {
      cookie: signIn.headers.getSetCookie().map((c) => c.split(';')[0]).join('; '),
      'content-type': 'application/json',
      'x-csrf-token': csrfToken,
    };
    const rows = Array.from({ length: ROWS }, (_, i) => `Shutdown Person${i},person${i}@shutdown.example.org`);
    const preview = await fetch(`${base}/api/imports`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ fileName: 'people.csv', content: `name,email\n${rows.join('\n')}\n` }),
    });
    expect(preview.status).toBe(201);
    const { id } = (await preview.json()) as { id: string };

    const commit = fetch(`${base}/api/imports/${id}/commit`, { method: 'POST', headers, body: JSON.stringify({ select: 'all' }) });
    // Wait until the commit is under way, then ask the process to stop.
    for (let i = 0; ; i++) {
      const progress = (await (await fetch(`${base}/api/imports/${id}/progress`, { headers })).json()) as { phase: string };
      if (progress.phase !== 'idle') break;
      if (i > 500) throw new Error('the commit never started');
      await new Promise((r) => setTimeout(r, 10));
    }
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));

    // Draining: not ready (so a load balancer stops sending traffic), but alive.
    const ready = await fetch(`${base}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not_ready', draining: true, reasons: ['shutting down'] });
    expect((await fetch(`${base}/api/health/live`)).status).toBe(200);

    const answered = await commit;
    expect(answered.status).toBe(200);
    expect(await answered.json()).toMatchObject({ created: ROWS });
    const [code, signal] = await exited;
    expect({ code, signal, output: code === 0 ? '' : output }).toEqual({ code: 0, signal: null, output: '' });
    expect(output).toContain('SIGTERM: shutting down');

    const { rows: written } = await pool.query(
      `SELECT (SELECT count(*) FROM candidate)::int AS candidates, (SELECT status FROM import_batch WHERE id = $1) AS status`,
      [id],
    );
    expect(written[0]).toEqual({ candidates: ROWS, status: 'committed' });
    await expect(fetch(`${base}/api/health/live`)).rejects.toThrow();
  }, 120_000);
});
