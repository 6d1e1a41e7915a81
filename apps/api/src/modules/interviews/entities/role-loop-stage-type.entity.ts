import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewTypeEntity } from './interview-type.entity.js';
import { RoleLoopStageEntity } from './role-loop-stage.entity.js';

/** An interview type run in a loop stage. */
@Entity('role_loop_stage_type')
export class RoleLoopStageTypeEntity {
  @PrimaryColumn({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @PrimaryColumn({ name: 'interview_type_key', type: 'varchar', length: 48 })
  interviewTypeKey: string;

  @ManyToOne(() => RoleLoopStageEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stage_id' })
  stage?: RoleLoopStageEntity;

  @ManyToOne(() => InterviewTypeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'interview_type_key' })
  interviewType?: InterviewTypeEntity;

  @Column({ type: 'smallint' })
  position: number;
}
