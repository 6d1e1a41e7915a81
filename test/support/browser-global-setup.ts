import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from '@loopboard/api/database';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
    chromiumPath: string;
  }
}

const ROOT = resolve(import.meta.dirname, '../..');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Starts the app the way a user does, `npm start` (build, then one server for
 * API and dashboard), on a fresh empty database that it migrates itself.
 */
export default async function setup(project: TestProject) {
  try {
    return await prepare(project);
  } catch (error) {
    // Vitest 4 exits 0 when a global setup throws; failing every test instead keeps the run red.
    project.provide('globalSetupError', error instanceof Error ? (error.stack ?? error.message) : String(error));
    project.provide('chromiumPath', CHROMIUM);
    project.provide('appUrl', '');
    return undefined;
  }
}

async function prepare(project: TestProject) {
  if (!existsSync(CHROMIUM)) {
    // CI installs Debian's chromium (.ci/run); elsewhere the browser tests say why they did not run.
    if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
    console.warn(`[browser tests] not run: no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    project.provide('chromiumPath', '');
    project.provide('appUrl', '');
    return;
  }
  const server = await acquirePgServer();
  const database = uniqueName('loopboard_browser');
  const databaseUrl = await createDatabase(server.adminUrl, database);
  const port = await freePort();
  const app = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Demo data as on a first local `npm start` (it is off by default with DATABASE_URL).
    // Without vitest's NODE_ENV=test, which would make Vite build React's development code.
    env: { ...withoutNodeEnv(process.env), DATABASE_URL: databaseUrl, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NX_TUI: 'false', LOOPBOARD_DEMO_DATA: 'true' },
  });
  let output = '';
  app.stdout!.on('data', (d) => (output += d));
  app.stderr!.on('data', (d) => (output += d));
  const appUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(appUrl, app, () => output);
  } catch (error) {
    await stopApp(app);
    await dropDatabase(server.adminUrl, database);
    await server.stop();
    throw error;
  }
  console.log(`[browser tests] npm start is serving ${appUrl} (PostgreSQL: ${server.kind})`);
  project.provide('appUrl', appUrl);
  project.provide('chromiumPath', CHROMIUM);
  return async () => {
    await stopApp(app);
    await dropDatabase(server.adminUrl, database);
    await server.stop();
  };
}

async function waitForHealth(url: string, app: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`npm start exited with ${app.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`npm start did not become healthy within 240 s:\n${output()}`);
}

async function stopApp(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || !app.pid) return;
  const exited = new Promise((r) => app.once('exit', r));
  process.kill(-app.pid, 'SIGTERM');
  const timer = setTimeout(() => app.pid && process.kill(-app.pid, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function withoutNodeEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_ENV: _ignored, ...rest } = env;
  return rest;
}
