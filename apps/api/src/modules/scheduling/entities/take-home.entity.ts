import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { TakeHomeState } from '@loopboard/contracts';
import { ApplicationEntity } from '../../openings/entities/application.entity.js';
import { OpeningStageEntity } from '../../openings/entities/opening-stage.entity.js';

/**
 * An application's take-home: sent (with a due date) → submitted (link or note) → graded.
 * "To send" is the absence of a row. Each step is a conditional UPDATE on the state,
 * so a step out of order, or a concurrent duplicate, changes nothing.
 */
@Entity('take_home')
@Index('uq_take_home_application_id', ['applicationId'], { unique: true })
@Check('ck_take_home_state', `"state" IN ('sent', 'submitted', 'graded')`)
@Check('ck_take_home_submission', `"state" = 'sent' OR "submission_url" IS NOT NULL OR "submission_note" IS NOT NULL`)
export class TakeHomeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

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

  @Column({ type: 'varchar', length: 16 })
  state: TakeHomeState;

  @Column({ name: 'due_at', type: 'timestamptz' })
  dueAt: Date;

  @Column({ name: 'sent_at', type: 'timestamptz' })
  sentAt: Date;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'submission_url', type: 'varchar', length: 2000, nullable: true })
  submissionUrl: string | null;

  @Column({ name: 'submission_note', type: 'text', nullable: true })
  submissionNote: string | null;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
