import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '@loopboard/api/database';

export interface PgServer {
  /** URL of a maintenance database on the server, for CREATE/DROP DATABASE. */
  adminUrl: string;
  kind: 'TEST_DATABASE_URL' | 'local server' | 'embedded';
  stop(): Promise<void>;
}

const LOCAL_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * The PostgreSQL server tests and scripts use: TEST_DATABASE_URL if set, else
 * the server at 127.0.0.1:5432 if one answers, else an embedded throwaway one.
 */
export async function acquirePgServer(): Promise<PgServer> {
  const given = process.env.TEST_DATABASE_URL;
  if (given) return { adminUrl: given, kind: 'TEST_DATABASE_URL', stop: async () => undefined };
  if (await answers(LOCAL_URL)) return { adminUrl: LOCAL_URL, kind: 'local server', stop: async () => undefined };
  const dir = await mkdtemp(join(tmpdir(), 'loopboard-pg-'));
  const embedded = await startEmbeddedPostgres({ dataDir: dir, database: 'postgres', ephemeral: true });
  return {
    adminUrl: embedded.url,
    kind: 'embedded',
    stop: async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function createDatabase(adminUrl: string, name: string, template?: string): Promise<string> {
  const tpl = template ? ` TEMPLATE ${pg.escapeIdentifier(template)}` : '';
  await adminQuery(adminUrl, `CREATE DATABASE ${pg.escapeIdentifier(name)}${tpl}`);
  return databaseUrl(adminUrl, name);
}

/**
 * Drops a test database once its connections have closed. Pools close their
 * clients asynchronously; forcing the drop at once would kill a client that is
 * still ending, which then raises an uncaught "terminating connection" error.
 */
export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  const sql = `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      return await adminQuery(adminUrl, sql);
    } catch (error) {
      if ((error as { code?: string }).code !== '55006') throw error; // 55006: still in use
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  await adminQuery(adminUrl, `${sql} WITH (FORCE)`);
}

export function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
