import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { InterviewStatus } from '@loopboard/contracts';
import { InterviewTypeEntity } from '../../interviews/entities/interview-type.entity.js';
import { ApplicationEntity } from '../../openings/entities/application.entity.js';
import { OpeningStageEntity } from '../../openings/entities/opening-stage.entity.js';

/** One interview type of one stage of an application's loop, at a time, with its scorecard due date. */
@Entity('interview')
// Interviews per week (interviewer load).
@Index('ix_interview_starts_at', ['startsAt'])
@Check('ck_interview_status', `"status" IN ('scheduled', 'cancelled')`)
@Check('ck_interview_duration', `"duration_minutes" BETWEEN 5 AND 600`)
@Check('ck_interview_due_after_start', `"scorecard_due_at" > "starts_at"`)
export class InterviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_interview_application_id')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @ManyToOne(() => OpeningStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'stage_id' })
  stage?: OpeningStageEntity;

  @Column({ name: 'interview_type_key', type: 'varchar', length: 48 })
  interviewTypeKey: string;

  @ManyToOne(() => InterviewTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interview_type_key' })
  interviewType?: InterviewTypeEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes: number;

  @Column({ name: 'scorecard_due_at', type: 'timestamptz' })
  scorecardDueAt: Date;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: InterviewStatus;

  /** Moved only by a conditional UPDATE, so of two concurrent edits one wins and the other gets a 409. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
