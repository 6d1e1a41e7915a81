import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ApplicationEntity } from '../../openings/entities/application.entity.js';
import { CompetencyEntity } from '../../roles/entities/competency.entity.js';
import { UserEntity } from '../../users/user.entity.js';
import { ScorecardEntity } from './scorecard.entity.js';

/**
 * Sum and count of an application's submitted ratings per competency, rewritten in the
 * transaction of every submission or amendment on it: the raw leaderboard reads these.
 */
@Entity('application_competency_score')
export class ApplicationCompetencyScoreEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 32 })
  competencyKey: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_key' })
  competency?: CompetencyEntity;

  @Column({ name: 'rating_sum', type: 'integer' })
  ratingSum: number;

  @Column({ name: 'rating_count', type: 'integer' })
  ratingCount: number;
}

/**
 * One application's share of an interviewer's calibration: Σ (rating − mean of the other
 * ratings on the same application and competency) and how many, as panelDifferences computes.
 */
@Entity('calibration_contribution')
export class CalibrationContributionEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Index('ix_calibration_contribution_interviewer_id')
  @PrimaryColumn({ name: 'interviewer_id', type: 'uuid' })
  interviewerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id' })
  interviewer?: UserEntity;

  @Column({ name: 'diff_sum', type: 'double precision' })
  diffSum: number;

  @Column({ type: 'integer' })
  n: number;
}

/** Every application's contributions summed per interviewer, updated by the delta of each recompute: leniency without a scan. */
@Entity('interviewer_calibration')
export class InterviewerCalibrationEntity {
  @PrimaryColumn({ name: 'interviewer_id', type: 'uuid' })
  interviewerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interviewer_id' })
  interviewer?: UserEntity;

  @Column({ name: 'diff_sum', type: 'double precision' })
  diffSum: number;

  @Column({ type: 'integer' })
  n: number;
}

/**
 * An application's raw role-weighted score, rewritten in the transaction of every submission or
 * amendment on it and of every change of its role's weights (or its opening's role): the raw
 * leaderboard reads these rows instead of aggregating ratings per request.
 */
@Entity('application_score')
export class ApplicationScoreEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  /** The role-weights version the score used. */
  @Column({ name: 'weights_version', type: 'integer' })
  weightsVersion: number;

  /** Σ_covered w·mean / Σ_covered w; null when no weighted competency is covered. */
  @Column({ type: 'double precision', nullable: true })
  composite: number | null;

  @Column({ type: 'double precision', default: 0 })
  coverage: number;

  @Column({ type: 'double precision', nullable: true })
  dissent: number | null;

  @Column({ name: 'submitted_scorecards', type: 'integer', default: 0 })
  submittedScorecards: number;

  /** [{ competency, mean, weight }] of the covered competencies. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  means: { competency: string; mean: number; weight: number }[];

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}

/**
 * One submitted rating, narrow and keyed by opening: rewritten with the application's other
 * aggregates on every submission or amendment. The calibrated leaderboard reads these (each
 * rating less its interviewer's leniency) instead of joining scorecards and their drafts.
 */
@Entity('submitted_rating')
// The calibrated leaderboard of an opening or role reads its openings' ratings from this index alone.
@Index('ix_submitted_rating_opening', ['openingId', 'applicationId', 'competencyKey', 'interviewerId', 'rating'])
export class SubmittedRatingEntity {
  @PrimaryColumn({ name: 'scorecard_id', type: 'uuid' })
  scorecardId: string;

  @ManyToOne(() => ScorecardEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'scorecard_id' })
  scorecard?: ScorecardEntity;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 32 })
  competencyKey: string;

  @Index('ix_submitted_rating_application_id')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'opening_id', type: 'uuid' })
  openingId: string;

  @Column({ name: 'interviewer_id', type: 'uuid' })
  interviewerId: string;

  @Column({ type: 'smallint' })
  rating: number;
}
