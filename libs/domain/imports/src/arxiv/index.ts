export { parseArxivAtom } from './atom.js';
