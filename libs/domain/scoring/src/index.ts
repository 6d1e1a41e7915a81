export * from './weights.js';
export * from './composite.js';
export * from './dissent.js';
export * from './calibration.js';
