import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { RoleEntity } from '../../roles/entities/role.entity.js';

/** A role's loop template; its stages are rows of role_loop_stage. */
@Entity('role_loop')
export class RoleLoopEntity {
  @PrimaryColumn({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @OneToOne(() => RoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role?: RoleEntity;

  /** Moved only by a conditional UPDATE, so of two concurrent loop edits one wins and the other gets a 409. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
