import {
  ApplicationCompetencyScoreEntity,
  ApplicationScoreEntity,
  CalibrationContributionEntity,
  InterviewerCalibrationEntity,
  SubmittedRatingEntity,
} from './score-aggregates.entity.js';
import { ScorecardAmendmentEntity } from './scorecard-amendment.entity.js';
import { ScorecardRatingEntity } from './scorecard-rating.entity.js';
import { ScorecardEntity } from './scorecard.entity.js';

export {
  ApplicationCompetencyScoreEntity,
  ApplicationScoreEntity,
  CalibrationContributionEntity,
  InterviewerCalibrationEntity,
  ScorecardAmendmentEntity,
  ScorecardEntity,
  ScorecardRatingEntity,
  SubmittedRatingEntity,
};

export const SCORECARD_ENTITIES = [
  ScorecardEntity,
  ScorecardRatingEntity,
  ScorecardAmendmentEntity,
  ApplicationCompetencyScoreEntity,
  ApplicationScoreEntity,
  CalibrationContributionEntity,
  InterviewerCalibrationEntity,
  SubmittedRatingEntity,
];
