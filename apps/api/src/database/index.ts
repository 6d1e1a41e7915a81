// Entry for tools outside the app (tests, scripts) that need the same database setup.
export { dataSourceOptions } from './data-source-options.js';
export { startEmbeddedPostgres, ensureDatabase, freePort, type EmbeddedDatabase } from './embedded-postgres.js';
export { verifyAuditChain } from '../modules/audit/audit-hash.js';
