import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';
import { TakeHomeEntity } from './take-home.entity.js';

/** One named grader's grade (1–4) of a take-home. */
@Entity('take_home_grade')
@Check('ck_take_home_grade_grade', `"grade" BETWEEN 1 AND 4`)
export class TakeHomeGradeEntity {
  @PrimaryColumn({ name: 'take_home_id', type: 'uuid' })
  takeHomeId: string;

  @ManyToOne(() => TakeHomeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'take_home_id' })
  takeHome?: TakeHomeEntity;

  @PrimaryColumn({ name: 'grader_id', type: 'uuid' })
  graderId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grader_id' })
  grader?: UserEntity;

  @Column({ type: 'smallint' })
  grade: number;

  @Column({ type: 'smallint' })
  position: number;
}
