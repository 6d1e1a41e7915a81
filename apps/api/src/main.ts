import { loadConfig } from './config.js';
import { createApp } from './app.factory.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    console.log(`No DATABASE_URL: starting embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    // Finish in-flight requests and close the pool before the database goes away.
    await app?.close().catch((error) => console.error('error while closing the app', error));
    await embedded?.stop().catch((error) => console.error('error while stopping embedded PostgreSQL', error));
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));

  try {
    app = await createApp({
      databaseUrl,
      embeddedDatabase: Boolean(embedded),
      logLevel: config.logLevel,
      prettyLogs: config.prettyLogs,
      webDist: config.webDist,
      bootstrap: { demoUsers: config.demoData, initialAdmin: config.initialAdmin },
    });
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    console.error('Loopboard failed to start:', error);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  console.log(`Loopboard is running at http://${shown}:${config.port} (API under /api, docs at /api/docs)`);
}

void main();
