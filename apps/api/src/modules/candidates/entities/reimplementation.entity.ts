import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CandidateLink } from '@loopboard/contracts';

/** A public repository that implements a paper: official code or an independent re-implementation. */
@Entity('reimplementation')
export class ReimplementationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_reimplementation_repo_url', { unique: true })
  @Column({ name: 'repo_url', type: 'varchar', length: 500 })
  repoUrl: string;

  @Column({ name: 'paper_title', type: 'text' })
  paperTitle: string;

  /** Ids of known papers it implements (paper.id), when matched. */
  @Column({ name: 'paper_ids', type: 'jsonb' })
  paperIds: string[];

  @Column({ type: 'boolean', default: false })
  official: boolean;

  /** Whether the paper's results were reproduced; null when not stated. */
  @Column({ type: 'boolean', nullable: true })
  reproduced: boolean | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  framework: string | null;

  @Column({ type: 'smallint', nullable: true })
  year: number | null;

  @Column({ type: 'jsonb' })
  links: CandidateLink[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'jsonb' })
  provenance: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
