/**
 * CI check of the schema history, on a scratch database:
 *  1. every migration runs up from empty;
 *  2. the entities match the migrated schema (no drift: a changed entity needs a migration);
 *  3. every migration reverts (down) back to an empty schema;
 *  4. they all run up again, and the schema still matches.
 */
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@loopboard/migrations';
import { dataSourceOptions } from '@loopboard/api/database';
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
