/**
 * Verifies the audit log's hash chain: `npm run audit:verify` (DATABASE_URL, else
 * the embedded dev database; stop `npm start` first). Exit 1 when broken.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadConfig } from '@loopboard/api/config';
import { dataSourceOptions, startEmbeddedPostgres, verifyAuditChain } from '@loopboard/api/database';

const config = loadConfig();
const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir });
const ds = new DataSource(dataSourceOptions(config.databaseUrl ?? embedded!.url));
try {
  await ds.initialize();
  const result = await verifyAuditChain(ds.manager);
  if (result.ok) console.log(`audit chain intact: ${result.checked} entries checked`);
  else console.error(`audit chain BROKEN at entry ${result.firstBrokenId}: ${result.reason} (${result.checked} entries before it are intact)`);
  process.exitCode = result.ok ? 0 : 1;
} finally {
  if (ds.isInitialized) await ds.destroy();
  await embedded?.stop();
}
