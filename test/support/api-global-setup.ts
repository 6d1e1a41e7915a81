import 'reflect-metadata';
import { DataSource } from 'typeorm';
import type { TestProject } from 'vitest/node';
import { dataSourceOptions } from '@loopboard/api/database';
import { acquirePgServer, createDatabase, dropDatabase, uniqueName } from './pg-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    templateDatabase: string;
    globalSetupError: string;
  }
}

/** Migrates one template database; every test file then clones its own from it (see api-app.ts). */
export default async function setup(project: TestProject) {
  try {
    return await prepare(project);
  } catch (error) {
    // Vitest 4 exits 0 when a global setup throws; failing every test instead keeps the run red.
    project.provide('globalSetupError', error instanceof Error ? (error.stack ?? error.message) : String(error));
    return undefined;
  }
}

async function prepare(project: TestProject) {
  const server = await acquirePgServer();
  const template = uniqueName('loopboard_tpl');
  const url = await createDatabase(server.adminUrl, template);
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  await ds.runMigrations();
  await ds.destroy();
  console.log(`[api tests] PostgreSQL: ${server.kind}; template database ${template} migrated`);
  project.provide('pgAdminUrl', server.adminUrl);
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(server.adminUrl, template);
    await server.stop();
  };
}
