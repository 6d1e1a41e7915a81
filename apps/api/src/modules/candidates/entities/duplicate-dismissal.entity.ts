import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CandidateEntity } from './candidate.entity.js';

/**
 * A suggested duplicate pair a person marked "not the same person". Stored in
 * id order (a < b) so one pair has one row; it goes with either candidate.
 */
@Entity('duplicate_dismissal')
@Check('ck_duplicate_dismissal_order', `"a_id" < "b_id"`)
export class DuplicateDismissalEntity {
  @PrimaryColumn({ name: 'a_id', type: 'uuid' })
  aId: string;

  @Index('ix_duplicate_dismissal_b')
  @PrimaryColumn({ name: 'b_id', type: 'uuid' })
  bId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'a_id' })
  a?: CandidateEntity;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'b_id' })
  b?: CandidateEntity;

  /** The user who dismissed it (no foreign key: users are deactivated, not deleted). */
  @Column({ name: 'dismissed_by', type: 'uuid', nullable: true })
  dismissedBy: string | null;

  @CreateDateColumn({ name: 'dismissed_at', type: 'timestamptz' })
  dismissedAt: Date;
}
