import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationEventKind, ApplicationStatus } from '@loopboard/contracts';
import { UserEntity } from '../../users/user.entity.js';
import { ApplicationEntity } from './application.entity.js';
import { OpeningStageEntity } from './opening-stage.entity.js';
import { RejectionReasonEntity } from './rejection-reason.entity.js';

/** Append-only history of an application: every stage move and status change, with who and when. */
@Entity('application_event')
@Check('ck_application_event_kind', `"kind" IN ('created', 'moved', 'rejected', 'withdrawn', 'hired')`)
@Index('ix_application_event_application_at', ['applicationId', 'at'])
export class ApplicationEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_id' })
  actor?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: ApplicationEventKind;

  @Column({ name: 'from_stage_id', type: 'uuid', nullable: true })
  fromStageId: string | null;

  @ManyToOne(() => OpeningStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_stage_id' })
  fromStage?: OpeningStageEntity;

  @Column({ name: 'to_stage_id', type: 'uuid', nullable: true })
  toStageId: string | null;

  @ManyToOne(() => OpeningStageEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_stage_id' })
  toStage?: OpeningStageEntity;

  @Column({ name: 'from_status', type: 'varchar', length: 16, nullable: true })
  fromStatus: ApplicationStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 16 })
  toStatus: ApplicationStatus;

  @Column({ name: 'reason_key', type: 'varchar', length: 48, nullable: true })
  reasonKey: string | null;

  @ManyToOne(() => RejectionReasonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'reason_key' })
  reason?: RejectionReasonEntity;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
