import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyEntity } from '../../roles/entities/competency.entity.js';
import { ScorecardEntity } from './scorecard.entity.js';

/**
 * The current rating of one focus competency on a scorecard (after amendments). A row exists
 * once the interviewer has set it: rating 1–4, or null for "not assessed"; no row = not set yet.
 */
@Entity('scorecard_rating')
@Check('ck_scorecard_rating_rating', `"rating" IS NULL OR "rating" BETWEEN 1 AND 4`)
export class ScorecardRatingEntity {
  @PrimaryColumn({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @ManyToOne(() => ScorecardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id' })
  scorecard?: ScorecardEntity;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 32 })
  competencyKey: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_key' })
  competency?: CompetencyEntity;

  @Column({ type: 'smallint', nullable: true })
  rating: number | null;

  @Column({ type: 'text', default: '' })
  evidence: string;

  @Column({ type: 'smallint' })
  position: number;
}
