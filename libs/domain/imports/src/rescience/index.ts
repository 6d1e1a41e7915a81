export { frameworkFromKeywords, normaliseRepoUrl, normaliseSwhid } from './code-links.js';
export { originalTitleFromReplication, replicationVerdict } from './replication-title.js';
export { parseResearchReimplementationsBibtex } from './rescience-bibtex.js';
export { parseRescienceYaml } from './rescience-yaml.js';
