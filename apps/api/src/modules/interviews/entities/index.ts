import { InterviewKitQuestionEntity } from './interview-kit-question.entity.js';
import { InterviewKitRubricLevelEntity } from './interview-kit-rubric-level.entity.js';
import { InterviewTypeCompetencyEntity } from './interview-type-competency.entity.js';
import { InterviewTypeEntity } from './interview-type.entity.js';
import { RoleLoopStageTypeEntity } from './role-loop-stage-type.entity.js';
import { RoleLoopStageEntity } from './role-loop-stage.entity.js';
import { RoleLoopEntity } from './role-loop.entity.js';

export {
  InterviewKitQuestionEntity,
  InterviewKitRubricLevelEntity,
  InterviewTypeCompetencyEntity,
  InterviewTypeEntity,
  RoleLoopEntity,
  RoleLoopStageEntity,
  RoleLoopStageTypeEntity,
};

export const INTERVIEW_ENTITIES = [
  InterviewTypeEntity,
  InterviewTypeCompetencyEntity,
  InterviewKitQuestionEntity,
  InterviewKitRubricLevelEntity,
  RoleLoopEntity,
  RoleLoopStageEntity,
  RoleLoopStageTypeEntity,
];
