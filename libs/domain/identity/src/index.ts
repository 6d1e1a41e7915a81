export { decodeLatex } from './latex.js';
export { repairMojibake } from './mojibake.js';
export { foldAccents } from './fold.js';
export { normalizeNameText, parsePersonName, nameKey, initialsKey, nameKeys, type PersonName, type NameKeys } from './name.js';
export {
  normalizeEmail,
  normalizeOrcid,
  orcidCheckDigit,
  normalizeGithubLogin,
  normalizeDblpPid,
  normalizeOpenReviewId,
  normalizeSemanticScholarId,
  normalizeOpenAlexId,
} from './ids.js';
export {
  STRONG_KEY_KINDS,
  SINGLE_VALUED_KINDS,
  strongKeys,
  matchPerson,
  groupPeople,
  type StrongKeyKind,
  type SingleValuedKind,
  type PersonIdentity,
  type PersonMatch,
  type StrongKeys,
  type PersonCluster,
  type NameSuggestion,
  type StrongKeyConflict,
  type PeopleGrouping,
} from './match.js';
