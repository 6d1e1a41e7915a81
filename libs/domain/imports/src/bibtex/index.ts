export { parseBibtex } from './parse-bibtex.js';
