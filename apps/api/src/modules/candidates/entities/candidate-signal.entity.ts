import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { CandidateEntity } from './candidate.entity.js';

/**
 * A candidate's quality signals, stored so that lists sort and filter by them at
 * 100k candidates without computing them for every row. Database triggers keep it
 * current (see migration CandidateSearchAndSignals): any write to paper_author,
 * paper, venue_tier, reimplementation or reimplementation_author marks the
 * candidates it touches, and they are recomputed once, when the transaction commits.
 * The rules are those of candidate-signals.sql.ts; a test checks the two agree.
 */
@Entity('candidate_signal')
@Index('ix_candidate_signal_credit', ['creditAdjusted', 'candidateId'])
@Index('ix_candidate_signal_first_author', ['firstAuthorTopTier', 'candidateId'])
export class CandidateSignalEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @OneToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id', foreignKeyConstraintName: 'fk_candidate_signal_candidate' })
  candidate?: CandidateEntity;

  @Column({ name: 'first_author_top_tier', type: 'integer', default: 0 })
  firstAuthorTopTier: number;

  @Column({ name: 'credit_adjusted', type: 'numeric', precision: 12, scale: 6, default: 0 })
  creditAdjusted: string;

  @Column({ name: 'best_venue_tier', type: 'smallint', nullable: true })
  bestVenueTier: number | null;

  @Column({ name: 'reproduced_reimplementations', type: 'integer', default: 0 })
  reproducedReimplementations: number;
}
