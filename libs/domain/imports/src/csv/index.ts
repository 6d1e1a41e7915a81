export { parseCandidatesCsv } from './candidates.js';
