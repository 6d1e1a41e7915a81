import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CandidateEntity } from './candidate.entity.js';
import { ReimplementationEntity } from './reimplementation.entity.js';

@Entity('reimplementation_author')
export class ReimplementationAuthorEntity {
  @PrimaryColumn({ name: 'reimplementation_id', type: 'uuid' })
  reimplementationId: string;

  @Index('ix_reimplementation_author_candidate')
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => ReimplementationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'reimplementation_id' })
  reimplementation?: ReimplementationEntity;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;
}
