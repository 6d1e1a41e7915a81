import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ApplicationStatus } from '@loopboard/contracts';
import { CandidateEntity } from '../../candidates/entities/candidate.entity.js';
import { OpeningEntity } from './opening.entity.js';
import { OpeningStageEntity } from './opening-stage.entity.js';
import { RejectionReasonEntity } from './rejection-reason.entity.js';

/** One candidate for one opening. */
@Entity('application')
@Check('ck_application_status', `"status" IN ('active', 'rejected', 'withdrawn', 'hired')`)
@Check('ck_application_rejection_reason', `("status" = 'rejected') = ("rejection_reason_key" IS NOT NULL)`)
// At most one non-final application per candidate and opening; a rejected candidate may apply again later.
// The analytics cohort (applications created in a range) and active applications per opening.
@Index('ix_application_created_at', ['createdAt'])
@Index('ix_application_opening_status', ['openingId', 'status'])
@Index('uq_application_active_candidate_opening', ['candidateId', 'openingId'], { unique: true, where: `"status" = 'active'` })
@Index('ix_application_opening_stage', ['openingId', 'currentStageId'])
export class ApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_application_candidate_id')
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ name: 'opening_id', type: 'uuid' })
  openingId: string;

  @ManyToOne(() => OpeningEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opening_id' })
  opening?: OpeningEntity;

  /** Moved only by `UPDATE … WHERE current_stage_id = $from AND status = 'active'`, so a stale move changes nothing. */
  @Column({ name: 'current_stage_id', type: 'uuid' })
  currentStageId: string;

  @ManyToOne(() => OpeningStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'current_stage_id' })
  currentStage?: OpeningStageEntity;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status: ApplicationStatus;

  @Column({ name: 'rejection_reason_key', type: 'varchar', length: 48, nullable: true })
  rejectionReasonKey: string | null;

  @ManyToOne(() => RejectionReasonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rejection_reason_key' })
  rejectionReason?: RejectionReasonEntity;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'stage_entered_at', type: 'timestamptz', default: () => 'now()' })
  stageEnteredAt: Date;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
