export * from './audit.js';
export * from './auth.js';
export * from './competencies.js';
export * from './errors.js';
export * from './health.js';
export * from './roles.js';
export * from './candidates.js';
export * from './imports.js';
