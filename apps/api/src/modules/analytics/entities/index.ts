import { ApplicationReachEntity, ApplicationStayEntity, InterviewerSlotEntity } from './application-stay.entity.js';
import { CandidateDemographicEntity } from './candidate-demographic.entity.js';

export { ApplicationReachEntity, ApplicationStayEntity, CandidateDemographicEntity, InterviewerSlotEntity };

export const ANALYTICS_ENTITIES = [CandidateDemographicEntity, ApplicationStayEntity, ApplicationReachEntity, InterviewerSlotEntity];
