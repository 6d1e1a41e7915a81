import { CandidateIdentityEntity } from './candidate-identity.entity.js';
import { CandidateSignalEntity } from './candidate-signal.entity.js';
import { CandidateEntity } from './candidate.entity.js';
import { DuplicateDismissalEntity } from './duplicate-dismissal.entity.js';
import { EncounterEntity } from './encounter.entity.js';
import { PaperAuthorEntity } from './paper-author.entity.js';
import { PaperEntity } from './paper.entity.js';
import { ReimplementationAuthorEntity } from './reimplementation-author.entity.js';
import { ReimplementationEntity } from './reimplementation.entity.js';
import { VenueTierEntity } from './venue-tier.entity.js';

export {
  CandidateEntity,
  CandidateIdentityEntity,
  CandidateSignalEntity,
  DuplicateDismissalEntity,
  EncounterEntity,
  PaperAuthorEntity,
  PaperEntity,
  ReimplementationAuthorEntity,
  ReimplementationEntity,
  VenueTierEntity,
};

export const CANDIDATE_ENTITIES = [
  CandidateEntity,
  CandidateIdentityEntity,
  CandidateSignalEntity,
  VenueTierEntity,
  PaperEntity,
  PaperAuthorEntity,
  ReimplementationEntity,
  ReimplementationAuthorEntity,
  EncounterEntity,
  DuplicateDismissalEntity,
];
