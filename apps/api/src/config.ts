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
  };
}
