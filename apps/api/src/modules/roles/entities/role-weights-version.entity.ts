import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RoleEntity } from './role.entity.js';
import { RoleWeightEntity } from './role-weight.entity.js';

/**
 * An immutable set of weights for a role. Weights are versioned so that every
 * score can say which weights it used and old scores stay explainable.
 */
@Entity('role_weights_version')
@Unique('uq_role_weights_version_role_version', ['roleId', 'version'])
export class RoleWeightsVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'role_id', type: 'uuid' })
  roleId: string;

  @ManyToOne(() => RoleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'role_id' })
  role?: RoleEntity;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => RoleWeightEntity, (w) => w.weightsVersion)
  weights?: RoleWeightEntity[];
}
