import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyEntity } from './competency.entity.js';
import { RoleWeightsVersionEntity } from './role-weights-version.entity.js';

/** One competency's weight in one weights version: a row each, so scoring SQL can join on it. */
@Entity('role_weight')
@Check('chk_role_weight_range', '"weight" >= 0 AND "weight" <= 1')
export class RoleWeightEntity {
  @PrimaryColumn({ name: 'weights_version_id', type: 'uuid' })
  weightsVersionId: string;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 32 })
  competencyKey: string;

  @ManyToOne(() => RoleWeightsVersionEntity, (v) => v.weights, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'weights_version_id' })
  weightsVersion?: RoleWeightsVersionEntity;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_key' })
  competency?: CompetencyEntity;

  @Column({ type: 'double precision' })
  weight: number;
}
