import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CandidateEntity } from './candidate.entity.js';
import { PaperEntity } from './paper.entity.js';

/** One author slot of a paper; linked to a candidate when we know who it is. */
@Entity('paper_author')
export class PaperAuthorEntity {
  @PrimaryColumn({ name: 'paper_id', type: 'uuid' })
  paperId: string;

  /** 1-based. */
  @PrimaryColumn({ type: 'smallint' })
  position: number;

  /** As the source wrote it. */
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Index('ix_paper_author_candidate')
  @Column({ name: 'candidate_id', type: 'uuid', nullable: true })
  candidateId: string | null;

  @ManyToOne(() => PaperEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'paper_id' })
  paper?: PaperEntity;

  @ManyToOne(() => CandidateEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity | null;
}
