import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';
import { ScorecardEntity } from './scorecard.entity.js';

/** A correction of a submitted scorecard by its author: why, and what it replaced (before) with what (after). */
@Entity('scorecard_amendment')
export class ScorecardAmendmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_scorecard_amendment_scorecard_id')
  @Column({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @ManyToOne(() => ScorecardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id' })
  scorecard?: ScorecardEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'jsonb' })
  before: unknown;

  @Column({ type: 'jsonb' })
  after: unknown;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
