import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OpeningEntity } from './opening.entity.js';

/**
 * One stage of an opening's own loop, copied from the role's template. A stage
 * removed from the loop keeps its row (removed_at set) so the history of
 * applications that passed through it still names it.
 */
@Entity('opening_stage')
@Index('uq_opening_stage_position', ['openingId', 'position'], { unique: true, where: '"removed_at" IS NULL' })
@Index('uq_opening_stage_name', ['openingId', 'name'], { unique: true, where: '"removed_at" IS NULL' })
export class OpeningStageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'opening_id', type: 'uuid' })
  openingId: string;

  @ManyToOne(() => OpeningEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opening_id' })
  opening?: OpeningEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ name: 'removed_at', type: 'timestamptz', nullable: true })
  removedAt: Date | null;
}
