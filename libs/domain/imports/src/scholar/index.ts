export { parseSemanticScholarAuthor } from './semantic-scholar.js';
export { parseOpenAlexAuthor } from './openalex.js';
