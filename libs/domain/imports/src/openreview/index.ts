export { parsePaperlistsJson } from './paperlists.js';
export { parseOpenReviewCsv } from './openreview-csv.js';
