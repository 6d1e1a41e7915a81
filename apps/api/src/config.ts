import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root, found from this file whether it runs from src/ (tests, dev) or dist/ (start). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface AppConfig {
  port: number;
  host: string;
  /** PostgreSQL to use; when absent the app starts an embedded one in `dataDir`. */
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: string;
  prettyLogs: boolean;
  /** Built dashboard to serve at `/`; absent when it has not been built. */
  webDist: string;
  /** Demo users (and later demo records) on first start: on by default with the embedded database. */
  demoData: boolean;
  initialAdmin?: { email: string; password: string; name: string };
  /** After a stop signal: how long readiness says 503 before the listener closes (lets a load balancer notice). */
  shutdownDelayMs: number;
  /** After a stop signal: how long in-flight requests may take before the process exits anyway (exit code 1). */
  shutdownTimeoutMs: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || '0.0.0.0',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.LOOPBOARD_DATA_DIR || resolve(REPO_ROOT, '.data')),
    logLevel: env.LOG_LEVEL || 'info',
    prettyLogs: env.LOG_FORMAT === 'pretty',
    webDist: resolve(env.LOOPBOARD_WEB_DIST || resolve(REPO_ROOT, 'apps/web/dist')),
    demoData: env.LOOPBOARD_DEMO_DATA ? env.LOOPBOARD_DEMO_DATA === 'true' : !env.DATABASE_URL,
    initialAdmin: initialAdmin(env),
    shutdownDelayMs: milliseconds(env, 'LOOPBOARD_SHUTDOWN_DELAY_MS', 0),
    shutdownTimeoutMs: milliseconds(env, 'LOOPBOARD_SHUTDOWN_TIMEOUT_MS', 25_000),
  };
}

function initialAdmin(env: NodeJS.ProcessEnv): AppConfig['initialAdmin'] {
  const email = env.LOOPBOARD_ADMIN_EMAIL;
  const password = env.LOOPBOARD_ADMIN_PASSWORD;
  if (!email && !password) return undefined;
  if (!email || !password) throw new Error('set both LOOPBOARD_ADMIN_EMAIL and LOOPBOARD_ADMIN_PASSWORD, or neither');
  if (password.length < 12) throw new Error('LOOPBOARD_ADMIN_PASSWORD must be at least 12 characters');
  return { email, password, name: env.LOOPBOARD_ADMIN_NAME || 'Administrator' };
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, got "${raw}"`);
  return value;
}
