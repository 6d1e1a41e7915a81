import { CandidateDemographicEntity } from './candidate-demographic.entity.js';

export { CandidateDemographicEntity };

export const ANALYTICS_ENTITIES = [CandidateDemographicEntity];
