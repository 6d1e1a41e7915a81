import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OpeningLevel, OpeningStatus } from '@loopboard/contracts';
import { RoleEntity } from '../../roles/entities/role.entity.js';
import { UserEntity } from '../../users/user.entity.js';

/** A requisition: one role to fill, with its own copy of the role's loop (opening_stage). */
@Entity('opening')
@Check('ck_opening_status', `"status" IN ('open', 'on_hold', 'filled', 'closed')`)
@Check('ck_opening_level', `"level" IN ('junior', 'mid', 'senior', 'staff', 'principal')`)
@Check('ck_opening_headcount', `"headcount" >= 1`)
@Index('ix_opening_created_at_id', ['createdAt', 'id'])
export class OpeningEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Index('ix_opening_role_id')
  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => RoleEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'role_id' })
  role?: RoleEntity;

  @Column({ type: 'varchar', length: 16 })
  level: OpeningLevel;

  @Column({ type: 'integer' })
  headcount: number;

  @Column({ name: 'hiring_manager_id', type: 'uuid' })
  hiringManagerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hiring_manager_id' })
  hiringManager?: UserEntity;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: OpeningStatus;

  /** Optimistic lock for the opening's fields, moved only by `UPDATE … WHERE version = $n`. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** Optimistic lock for the opening's own loop, apart from its fields, so a title edit does not void a loop edit. */
  @Column({ name: 'loop_version', type: 'integer', default: 1 })
  loopVersion: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
