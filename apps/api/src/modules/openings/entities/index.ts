import { ApplicationEventEntity } from './application-event.entity.js';
import { ApplicationEntity } from './application.entity.js';
import { OpeningMemberEntity } from './opening-member.entity.js';
import { OpeningStageTypeEntity } from './opening-stage-type.entity.js';
import { OpeningStageEntity } from './opening-stage.entity.js';
import { OpeningEntity } from './opening.entity.js';
import { RejectionReasonEntity } from './rejection-reason.entity.js';

export {
  ApplicationEntity,
  ApplicationEventEntity,
  OpeningEntity,
  OpeningMemberEntity,
  OpeningStageEntity,
  OpeningStageTypeEntity,
  RejectionReasonEntity,
};

export const OPENING_ENTITIES = [
  OpeningEntity,
  OpeningMemberEntity,
  OpeningStageEntity,
  OpeningStageTypeEntity,
  RejectionReasonEntity,
  ApplicationEntity,
  ApplicationEventEntity,
];
