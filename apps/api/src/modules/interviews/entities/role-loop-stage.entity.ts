import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RoleLoopEntity } from './role-loop.entity.js';

/** One stage of a role's loop template, in order. */
@Entity('role_loop_stage')
@Unique('uq_role_loop_stage_position', ['roleId', 'position'])
@Unique('uq_role_loop_stage_name', ['roleId', 'name'])
export class RoleLoopStageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => RoleLoopEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  loop?: RoleLoopEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 80 })
  name: string;
}
