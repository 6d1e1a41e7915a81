import { MIGRATIONS } from '@loopboard/migrations';
import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities.js';

/** One definition of the connection, shared by the app, the TypeORM CLI and the tests. */
export function dataSourceOptions(url: string, overrides: Partial<PostgresOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install on a managed server.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Schema changes go through reviewed migrations only.
    synchronize: false,
    extra: { max: 10, connectionTimeoutMillis: 5000 },
    ...overrides,
  } as DataSourceOptions;
}

type PostgresOptions = Extract<DataSourceOptions, { type: 'postgres' }>;
