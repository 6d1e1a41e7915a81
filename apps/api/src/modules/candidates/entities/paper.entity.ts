import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CandidateLink, PaperAcceptance } from '@loopboard/contracts';

/** A paper, shared by every candidate who co-authored it (see paper_author). */
@Entity('paper')
@Check(
  'ck_paper_acceptance',
  `"acceptance" IN ('oral', 'spotlight', 'poster', 'workshop', 'preprint', 'accepted', 'rejected', 'withdrawn', 'unknown')`,
)
@Check('ck_paper_author_count', `"author_count" >= 1`)
export class PaperEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  title: string;

  /** Normalised title, to find the same paper imported from two sources. */
  @Index('ix_paper_title_key')
  @Column({ name: 'title_key', type: 'text' })
  titleKey: string;

  @Index('ix_paper_venue')
  @Column({ type: 'varchar', length: 64, nullable: true })
  venue: string | null;

  @Index('ix_paper_year')
  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  @Column({ type: 'varchar', length: 16 })
  acceptance: PaperAcceptance;

  /** Number of authors as the source states it; at least the named authors when the list ends in "and others". */
  @Column({ name: 'author_count', type: 'smallint' })
  authorCount: number;

  /** The source cut the author list short ("and others", "et al."). */
  @Column({ name: 'authors_truncated', type: 'boolean', default: false })
  authorsTruncated: boolean;

  @Index('uq_paper_arxiv_id', { unique: true })
  @Column({ name: 'arxiv_id', type: 'varchar', length: 64, nullable: true })
  arxivId: string | null;

  @Index('uq_paper_doi', { unique: true })
  @Column({ type: 'varchar', length: 255, nullable: true })
  doi: string | null;

  @Column({ name: 'dblp_key', type: 'varchar', length: 255, nullable: true })
  dblpKey: string | null;

  @Column({ name: 'openreview_id', type: 'varchar', length: 64, nullable: true })
  openReviewId: string | null;

  @Column({ name: 'semantic_scholar_id', type: 'varchar', length: 64, nullable: true })
  semanticScholarId: string | null;

  @Column({ type: 'jsonb' })
  links: CandidateLink[];

  /** Reviewer ratings where the source has them (OpenReview). */
  @Column({ type: 'jsonb', nullable: true })
  ratings: Record<string, unknown> | null;

  /** Where the record was imported from, and when. */
  @Column({ type: 'jsonb' })
  provenance: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
