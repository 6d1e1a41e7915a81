import { InitialRolesAndCompetencies1795324049527 } from './1795324049527-InitialRolesAndCompetencies.js';
import { SeedRolesAndCompetencies1795324054955 } from './1795324054955-SeedRolesAndCompetencies.js';
import { AccountsSessionsAudit1795325437973 } from './1795325437973-AccountsSessionsAudit.js';
import { CandidatesAndEvidence1795327584357 } from './1795327584357-CandidatesAndEvidence.js';
import { ImportBatches1795328761652 } from './1795328761652-ImportBatches.js';
import { CandidateErasure1796014684041 } from './1796014684041-CandidateErasure.js';
import { DuplicateDismissals1796014710288 } from './1796014710288-DuplicateDismissals.js';
import { CandidateSearchAndSignals1796015181159 } from './1796015181159-CandidateSearchAndSignals.js';
import { InterviewTypesAndLoops1796018354463 } from './1796018354463-InterviewTypesAndLoops.js';
import { SeedInterviewTypesAndLoops1796018359561 } from './1796018359561-SeedInterviewTypesAndLoops.js';
import { OpeningsAndApplications1796018907190 } from './1796018907190-OpeningsAndApplications.js';
import { InterviewScheduling1796019737219 } from './1796019737219-InterviewScheduling.js';
import { TakeHomes1796019959859 } from './1796019959859-TakeHomes.js';
import { Scorecards1796024577115 } from './1796024577115-Scorecards.js';
import { Analytics1796025117934 } from './1796025117934-Analytics.js';
import { ApplicationScore1796026447834 } from './1796026447834-ApplicationScore.js';
import { SubmittedRatings1796027728649 } from './1796027728649-SubmittedRatings.js';
import { AnalyticsStays1796028146632 } from './1796028146632-AnalyticsStays.js';
import { BackfillApplicationScores1796040000000 } from './1796040000000-BackfillApplicationScores.js';

/**
 * Every migration, in order. The API is bundled, so migrations are listed here
 * rather than found by a file glob; `npm run migration:check` fails when an
 * entity change has no migration.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const MIGRATIONS: Function[] = [
  InitialRolesAndCompetencies1795324049527,
  SeedRolesAndCompetencies1795324054955,
  AccountsSessionsAudit1795325437973,
  CandidatesAndEvidence1795327584357,
  ImportBatches1795328761652,
  CandidateErasure1796014684041,
  DuplicateDismissals1796014710288,
  CandidateSearchAndSignals1796015181159,
  InterviewTypesAndLoops1796018354463,
  SeedInterviewTypesAndLoops1796018359561,
  OpeningsAndApplications1796018907190,
  InterviewScheduling1796019737219,
  TakeHomes1796019959859,
  Scorecards1796024577115,
  Analytics1796025117934,
  ApplicationScore1796026447834,
  SubmittedRatings1796027728649,
  AnalyticsStays1796028146632,
  BackfillApplicationScores1796040000000,
];
