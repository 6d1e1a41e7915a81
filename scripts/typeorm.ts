/**
 * TypeORM CLI with this repo's data source.
 *   npm run migration:generate -- AddCandidates   (diff of entities vs. migrations, on a scratch database)
 *   npm run migration:create -- SeedVenues        (empty migration to fill by hand)
 *   npm run migration:run | migration:revert      (against DATABASE_URL, else the embedded dev database)
 * New migration files must be added to migrations/index.ts.
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { REPO_ROOT, loadConfig } from '@loopboard/api/config';
import { startEmbeddedPostgres } from '@loopboard/api/database';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from '../test/support/pg-server.js';

const [command, name] = process.argv.slice(2);
const cli = resolve(REPO_ROOT, 'node_modules/typeorm/cli.js');
const dataSource = resolve(REPO_ROOT, 'apps/api/src/database/cli-data-source.ts');

function typeorm(args: string[], databaseUrl?: string): number {
  const result = spawnSync(process.execPath, ['--import', '@swc-node/register/esm-register', cli, ...args], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    env: { ...process.env, SWC_NODE_PROJECT: resolve(REPO_ROOT, 'apps/api/tsconfig.json'), ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  });
  return result.status ?? 1;
}

async function main(): Promise<number> {
  switch (command) {
    case 'migration:create':
      if (!name) throw new Error('name the migration: npm run migration:create -- WhatChanged');
      return typeorm(['migration:create', `migrations/${name}`]);
    case 'migration:generate': {
      if (!name) throw new Error('name the migration: npm run migration:generate -- WhatChanged');
      // Generate against a scratch database at the head of the existing migrations.
      const server = await acquirePgServer();
      const db = uniqueName('loopboard_gen');
      try {
        const url = await createDatabase(server.adminUrl, db);
        const ran = typeorm(['migration:run', '-d', dataSource], url);
        if (ran !== 0) return ran;
        return typeorm(['migration:generate', `migrations/${name}`, '-d', dataSource, '--pretty'], url);
      } finally {
        await dropDatabase(server.adminUrl, db);
        await server.stop();
      }
    }
    case 'migration:run':
    case 'migration:revert':
    case 'migration:show': {
      const config = loadConfig();
      const embedded = config.databaseUrl ? undefined : await startEmbeddedPostgres({ dataDir: config.dataDir });
      try {
        return typeorm([command, '-d', dataSource], config.databaseUrl ?? embedded!.url);
      } finally {
        await embedded?.stop();
      }
    }
    default:
      console.error('usage: scripts/typeorm.ts migration:generate|migration:create|migration:run|migration:revert|migration:show [Name]');
      return 2;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
