/**
 * CI check of the schema history, on scratch databases:
 *  1. every migration runs up from empty;
 *  2. the entities match the migrated schema (no drift: a changed entity needs a migration);
 *  3. every migration reverts (down) back to an empty schema;
 *  4. they all run up again, and the schema still matches;
 *  5. on a database holding data (the demo data `npm start` seeds, plus a generated pipeline with
 *     scorecards), from the newest migration to the oldest: down, up again, down — so every
 *     migration's down and up (backfills included) run on real rows. Then all up, no drift. The
 *     tables whose content a migration's down → up did not give back are listed.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@loopboard/migrations';
import { dataSourceOptions } from '@loopboard/api/database';
import { createApp } from '@loopboard/api/app-factory';
import { hashPassword } from '@loopboard/api/auth';
import { generatePipelineData } from '@loopboard/api/demo';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

async function drift(ds: DataSource): Promise<string[]> {
  const sql = await ds.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query.trim());
}

async function userTables(ds: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'typeorm_migrations' ORDER BY 1`,
  );
  return rows.map((r) => r.table_name);
}

/** Row count and md5 of the rows of every user table. */
async function fingerprint(ds: DataSource): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const table of await userTables(ds)) {
    const [row] = await ds.query(`SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS h FROM "${table}" t`);
    out.set(table, `${row.n}:${row.h}`);
  }
  return out;
}

async function rowCount(ds: DataSource): Promise<number> {
  let total = 0;
  for (const table of await userTables(ds)) total += Number((await ds.query(`SELECT count(*)::int AS n FROM "${table}"`))[0].n);
  return total;
}

/** Step 5: every migration down → up → down on a database holding data. */
async function withData(adminUrl: string, failures: string[]): Promise<void> {
  const name = uniqueName('loopboard_migdata');
  const url = await createDatabase(adminUrl, name);
  const ds = new DataSource(dataSourceOptions(url));
  try {
    // The demo data `npm start` seeds (users, imported candidates, a pipeline with scorecards) …
    const app = await createApp({ databaseUrl: url, embeddedDatabase: false, logLevel: 'silent', prettyLogs: false, bootstrap: { demoUsers: true } });
    await app.init();
    await app.close();
    // … and a generated pipeline on top.
    await ds.initialize();
    const runner = ds.createQueryRunner();
    try {
      await generatePipelineData(runner, { candidates: 600, tag: 'migcheck', passwordHash: await hashPassword('migration-check-pw') });
    } finally {
      await runner.release();
    }
    console.log(`with data: ${await rowCount(ds)} rows in ${(await userTables(ds)).length} tables`);
    for (let i = MIGRATIONS.length - 1; i >= 0; i--) {
      const migration = MIGRATIONS[i]!.name;
      const before = await fingerprint(ds);
      const step = async (what: string, run: () => Promise<unknown>) => {
        try {
          await run();
          return true;
        } catch (error) {
          failures.push(`${migration} ${what} failed on a database holding data: ${(error as Error).message}`);
          return false;
        }
      };
      if (!(await step('down', () => ds.undoLastMigration({ transaction: 'each' })))) return;
      // Up again runs this one migration only: the later ones are already down.
      const upTo = new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, i + 1) });
      await upTo.initialize();
      const ranUp = await step('up again', () => upTo.runMigrations({ transaction: 'each' })).finally(() => upTo.destroy());
      if (!ranUp) return;
      const after = await fingerprint(ds);
      // A table the migration creates comes back empty (its rows went with the down); a backfilled one may differ.
      const changed = [...before.keys()]
        .filter((t) => after.get(t) !== before.get(t))
        .map((t) => `${t} (${after.get(t)?.startsWith('0:') ? 'emptied' : 'rows differ'})`);
      console.log(`  ${migration}: down → up ok${changed.length ? `; not given back: ${changed.join(', ')}` : ', every row given back'}`);
      if (!(await step('down (second time)', () => ds.undoLastMigration({ transaction: 'each' })))) return;
    }
    const left = await userTables(ds);
    if (left.length) failures.push(`with data: after reverting every migration these tables remain: ${left.join(', ')}`);
    await ds.runMigrations({ transaction: 'each' });
    const remaining = await drift(ds);
    if (remaining.length) failures.push(`with data: after the ladder the schema differs from the entities:\n  ${remaining.join('\n  ')}`);
    else console.log(`with data: ${MIGRATIONS.length} migrations went down → up → down on data, then all up: no drift`);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await dropDatabase(adminUrl, name);
  }
}

async function main(): Promise<void> {
  const server = await acquirePgServer();
  const name = uniqueName('loopboard_migcheck');
  const url = await createDatabase(server.adminUrl, name);
  const ds = new DataSource(dataSourceOptions(url));
  const failures: string[] = [];
  try {
    await ds.initialize();
    const up = await ds.runMigrations({ transaction: 'each' });
    console.log(`up: ${up.length} of ${MIGRATIONS.length} migrations ran`);
    const first = await drift(ds);
    if (first.length) failures.push(`entities and migrations differ; generate a migration:\n  ${first.join('\n  ')}`);
    else console.log('drift: none, entities match the migrated schema');

    for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration({ transaction: 'each' });
    const left = await userTables(ds);
    if (left.length) failures.push(`after reverting every migration these tables remain: ${left.join(', ')}`);
    else console.log(`down: ${MIGRATIONS.length} migrations reverted to an empty schema`);

    const again = await ds.runMigrations({ transaction: 'each' });
    const second = await drift(ds);
    if (again.length !== MIGRATIONS.length) failures.push(`second up ran ${again.length} of ${MIGRATIONS.length}`);
    if (second.length) failures.push(`after up → down → up the schema differs from the entities:\n  ${second.join('\n  ')}`);
    else console.log('up again: schema matches the entities');

    await withData(server.adminUrl, failures);
  } finally {
    if (ds.isInitialized) await ds.destroy();
    await dropDatabase(server.adminUrl, name);
    await server.stop();
  }
  if (failures.length) {
    console.error(`migration check FAILED (${server.kind}):\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log(`migration check passed on the ${server.kind}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
