import { AuditEntryEntity } from '../modules/audit/audit-entry.entity.js';
import { CandidateDataKeyEntity } from '../modules/audit/candidate-data-key.entity.js';
import { SessionEntity } from '../modules/auth/session.entity.js';
import { SignInAttemptEntity } from '../modules/auth/sign-in-attempt.entity.js';
import { CompetencyEntity } from '../modules/roles/entities/competency.entity.js';
import { RoleWeightEntity } from '../modules/roles/entities/role-weight.entity.js';
import { RoleWeightsVersionEntity } from '../modules/roles/entities/role-weights-version.entity.js';
import { RoleEntity } from '../modules/roles/entities/role.entity.js';
import { CANDIDATE_ENTITIES } from '../modules/candidates/entities/index.js';
import { ImportBatchEntity } from '../modules/imports/import-batch.entity.js';
import { UserEntity } from '../modules/users/user.entity.js';
import { INTERVIEW_ENTITIES } from '../modules/interviews/entities/index.js';
import { OPENING_ENTITIES } from '../modules/openings/entities/index.js';
import { SCHEDULING_ENTITIES } from '../modules/scheduling/entities/index.js';
import { SCORECARD_ENTITIES } from '../modules/scorecards/entities/index.js';
import { ANALYTICS_ENTITIES } from '../modules/analytics/entities/index.js';

/** Every entity, listed explicitly: the API is bundled, so file globs would not find them. */
export const ENTITIES = [
  CompetencyEntity,
  RoleEntity,
  RoleWeightsVersionEntity,
  RoleWeightEntity,
  UserEntity,
  SessionEntity,
  SignInAttemptEntity,
  AuditEntryEntity,
  CandidateDataKeyEntity,
  ...CANDIDATE_ENTITIES,
  ImportBatchEntity,
  ...INTERVIEW_ENTITIES,
  ...OPENING_ENTITIES,
  ...SCHEDULING_ENTITIES,
  ...SCORECARD_ENTITIES,
  ...ANALYTICS_ENTITIES,
];
