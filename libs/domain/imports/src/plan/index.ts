export {
  paperTitleKey,
  planImport,
  selectPeople,
  type ImportChannel,
  type ImportPlan,
  type PaperEvidence,
  type PlannedPaper,
  type PlannedPerson,
  type PlannedReimplementation,
  type ReimplementationEvidence,
} from './plan.js';
