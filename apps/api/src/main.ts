import { setTimeout as sleep } from 'node:timers/promises';
import { loadConfig } from './config.js';
import { createApp } from './app.factory.js';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres.js';
import { Lifecycle } from './runtime-info.js';

const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

async function main(): Promise<void> {
  const config = loadConfig();
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    console.log(`No DATABASE_URL: starting embedded PostgreSQL in ${config.dataDir}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
  }
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  const lifecycle = new Lifecycle();

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let stopping = false;
  // Graceful shutdown: readiness turns 503 at once; after LOOPBOARD_SHUTDOWN_DELAY_MS the listener closes
  // (new requests on open connections get 503), in-flight requests finish, the pool closes, then the
  // embedded database stops. Past LOOPBOARD_SHUTDOWN_TIMEOUT_MS the process exits with code 1 anyway.
  const stop = async (signal: string) => {
    if (stopping) {
      console.log(`${signal}: already shutting down`);
      return;
    }
    stopping = true;
    lifecycle.startDraining();
    console.log(`${signal}: shutting down; finishing in-flight requests`);
    const deadline = setTimeout(() => {
      console.error(`in-flight requests did not finish within ${config.shutdownTimeoutMs} ms; exiting`);
      void (embedded?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
    }, config.shutdownTimeoutMs);
    if (config.shutdownDelayMs > 0) await sleep(config.shutdownDelayMs);
    await app?.close().catch((error) => console.error('error while closing the app', error));
    await embedded?.stop().catch((error) => console.error('error while stopping embedded PostgreSQL', error));
    clearTimeout(deadline);
    console.log('stopped');
    process.exit(0);
  };
  // This file owns the stop signals. embedded-postgres registers async-exit-hook when imported, which
  // exits the process on SIGINT/SIGTERM/SIGHUP at once: in-flight requests would be cut off.
  for (const signal of STOP_SIGNALS) {
    process.removeAllListeners(signal);
    process.on(signal, () => void stop(signal));
  }

  try {
    app = await createApp({
      databaseUrl,
      embeddedDatabase: Boolean(embedded),
      lifecycle,
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
