/**
 * The API process the crash runs SIGKILL: what apps/api/src/main.ts does with an external
 * database, except that it loads its modules first and starts only when its parent writes the
 * database URL on stdin. Loading the modules takes 5–15 s on a busy machine; a spare process loaded ahead
 * takes over right after a kill, as a supervisor restarting a crashed server with a warm image
 * would. It exits when its parent goes away (stdin closes), so no server outlives a run.
 */
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { createApp } from '@loopboard/api/app-factory';

console.log('crash-api loaded');
const lines = createInterface({ input: process.stdin });
let go: (databaseUrl: string) => void;
const started = new Promise<string>((resolve) => (go = resolve));
lines.once('line', (line) => go(line.trim()));
lines.once('close', () => process.exit(0));
const databaseUrl = await started;

const app = await createApp({
  databaseUrl,
  embeddedDatabase: false,
  logLevel: process.env.LOG_LEVEL ?? 'warn',
  prettyLogs: false,
  bootstrap: { demoUsers: false },
});
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
console.log('crash-api ready');
