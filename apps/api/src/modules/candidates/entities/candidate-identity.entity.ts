import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { IdentityKind } from '@loopboard/contracts';
import { CandidateEntity } from './candidate.entity.js';

/** A strong key (email, ORCID, …). The primary key makes each value belong to one candidate. */
@Entity('candidate_identity')
@Check(
  'ck_candidate_identity_kind',
  `"kind" IN ('email', 'orcid', 'dblp_pid', 'semantic_scholar_id', 'openreview_id', 'github_login', 'openalex_id')`,
)
export class CandidateIdentityEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind: IdentityKind;

  @PrimaryColumn({ type: 'varchar', length: 320 })
  value: string;

  @Index('ix_candidate_identity_candidate')
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;
}
