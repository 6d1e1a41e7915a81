import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewTypeEntity } from '../../interviews/entities/interview-type.entity.js';
import { OpeningStageEntity } from './opening-stage.entity.js';

/** An interview type run in a stage of an opening's loop, in order. */
@Entity('opening_stage_type')
export class OpeningStageTypeEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @PrimaryColumn({ name: 'interview_type_key', type: 'varchar', length: 48 })
  interviewTypeKey: string;

  @ManyToOne(() => OpeningStageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id' })
  stage?: OpeningStageEntity;

  @ManyToOne(() => InterviewTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interview_type_key' })
  interviewType?: InterviewTypeEntity;

  @Column({ type: 'smallint' })
  position: number;
}
