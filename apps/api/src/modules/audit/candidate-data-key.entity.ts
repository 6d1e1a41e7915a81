import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A candidate's audit data key (crypto-shredding). Audit entries about a
 * candidate are sealed with it; erasing the candidate deletes the key, which
 * makes those entries unreadable without touching the append-only, hash-chained
 * log. No foreign key: a merge moves keys to the surviving candidate, and the
 * key must outlive nothing but itself.
 */
@Entity('candidate_data_key')
export class CandidateDataKeyEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_candidate_data_key_candidate')
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  /** 32 random bytes, the AES-256-GCM key. */
  @Column({ type: 'bytea' })
  key: Buffer;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
