import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { CandidateChannel, CandidateLink } from '@loopboard/contracts';

/** A person we may hire. Evidence (papers, re-implementations, encounters) hangs off it. */
@Entity('candidate')
@Check('ck_candidate_primary_channel', `"primary_channel" IN ('paper', 'reimplementation', 'conference', 'referral', 'inbound', 'other')`)
@Check('ck_candidate_version', `"version" >= 1`)
// An erased candidate stays blank: a late write (say, an import that matched them before the erasure) fails instead of bringing data back.
@Check(
  'ck_candidate_erased_blank',
  `"erased_at" IS NULL OR ("search_text" = '' AND "emails" = '{}' AND "affiliations" = '{}' AND "tags" = '{}' AND "notes" = '' AND "location" IS NULL AND "primary_credit" IS NULL AND "links" = '[]')`,
)
// Sort keys with the id as tie-breaker, so a cursor page is an index range (one import gives 100k rows one created_at).
@Index('ix_candidate_name_key_id', ['nameKey', 'id'])
@Index('ix_candidate_created_at_id', ['createdAt', 'id'])
// A trigram index (pg_trgm) serves `search_text LIKE '%…%'`; TypeORM cannot describe its operator class, so the migration owns it.
@Index('ix_candidate_search_text_trgm', { synchronize: false })
export class CandidateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'display_name', type: 'varchar', length: 200 })
  displayName: string;

  @Column({ name: 'given_name', type: 'varchar', length: 200 })
  givenName: string;

  @Column({ name: 'family_name', type: 'varchar', length: 200 })
  familyName: string;

  /** nameKey() of the identity lib: the same for every spelling of one name; used for duplicate suggestions and sorting. */
  @Column({ name: 'name_key', type: 'varchar', length: 200 })
  nameKey: string;

  /** Accent-folded, lower-cased name, emails, affiliations and tags: what `q` matches. */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  /** Lower-cased; each one is also a strong identity row. */
  @Column({ type: 'text', array: true })
  emails: string[];

  @Column({ type: 'text', array: true })
  affiliations: string[];

  @Column({ type: 'varchar', length: 200, nullable: true })
  location: string | null;

  @Column({ type: 'jsonb' })
  links: CandidateLink[];

  @Column({ type: 'text', array: true })
  tags: string[];

  @Column({ type: 'text' })
  notes: string;

  @Index('ix_candidate_primary_channel')
  @Column({ name: 'primary_channel', type: 'varchar', length: 32 })
  primaryChannel: CandidateChannel;

  /** Who gets credit for the source (a referrer, a recruiter, a conference scout). */
  @Column({ name: 'primary_credit', type: 'text', nullable: true })
  primaryCredit: string | null;

  @Index('ix_candidate_archived_at')
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  /** Set when the candidate was erased on request: the row is an anonymous tombstone kept for counts, every personal field blanked. */
  @Column({ name: 'erased_at', type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** Optimistic lock, moved only by `UPDATE … WHERE version = $n` (TypeORM's @VersionColumn does not check it). */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
