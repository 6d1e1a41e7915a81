import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Recommendation, ScorecardStatus } from '@loopboard/contracts';
import { ApplicationEntity } from '../../openings/entities/application.entity.js';
import { InterviewEntity } from '../../scheduling/entities/interview.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/**
 * One interviewer's scorecard for one interview: a draft (autosaved) until submitted, then
 * locked; later corrections are amendments. The application is denormalised for the blind rule
 * and the per-application aggregates. The version moves only by a conditional UPDATE.
 */
@Entity('scorecard')
@Index('uq_scorecard_interview_interviewer', ['interviewId', 'interviewerId'], { unique: true })
@Check('ck_scorecard_status', `"status" IN ('draft', 'submitted')`)
@Check(
  'ck_scorecard_recommendation',
  `"recommendation" IS NULL OR "recommendation" IN ('definitely_not', 'no', 'yes', 'strong_yes', 'no_decision')`,
)
@Check('ck_scorecard_submitted', `("status" = 'submitted') = ("submitted_at" IS NOT NULL)`)
export class ScorecardEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => InterviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: InterviewEntity;

  @Index('ix_scorecard_interviewer_id')
  @Column({ name: 'interviewer_id', type: 'uuid' })
  interviewerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interviewer_id' })
  interviewer?: UserEntity;

  @Index('ix_scorecard_application_id')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status: ScorecardStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  recommendation: Recommendation | null;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
