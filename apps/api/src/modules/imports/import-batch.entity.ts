import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ImportCommitResult, ImportFileFormat, ImportStatus, ImportSummary } from '@loopboard/contracts';

/**
 * One uploaded file: previewed first, committed at most once. The file text is
 * kept so the commit re-plans exactly what the preview showed, and emptied by
 * the commit (nothing reads it after that; it is full of people's data).
 */
@Entity('import_batch')
@Check('ck_import_batch_status', `"status" IN ('preview', 'committed')`)
export class ImportBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The user who uploaded it; null for the CLI (the system). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 300 })
  fileName: string;

  @Column({ type: 'varchar', length: 32 })
  format: ImportFileFormat;

  @Index('ix_import_batch_sha256')
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'varchar', length: 16 })
  status: ImportStatus;

  @Column({ type: 'text' })
  content: string;

  @Column({ name: 'bibtex_macros', type: 'text', nullable: true })
  bibtexMacros: string | null;

  @Column({ type: 'jsonb' })
  summary: ImportSummary;

  @Column({ type: 'jsonb', nullable: true })
  result: ImportCommitResult | null;

  @Index('ix_import_batch_created_at')
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'committed_at', type: 'timestamptz', nullable: true })
  committedAt: Date | null;
}
