export { detectFormat } from './detect.js';
