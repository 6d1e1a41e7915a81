export { parsePwcLinks } from './links.js';
