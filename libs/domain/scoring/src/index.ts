export * from './weights.js';
export * from './composite.js';
export * from './dissent.js';
export * from './calibration.js';
export * from './forecast.js';
export * from './adverse-impact.js';
