import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Ethnicity, Gender } from '@loopboard/contracts';
import { CandidateEntity } from '../../candidates/entities/candidate.entity.js';

/**
 * Demographic data a candidate volunteered (self-identified, optional), entered by an admin.
 * Kept out of the candidate row on purpose: no candidate or application query joins it, so it
 * cannot leak into a profile; only the admin-only adverse-impact report reads it, as counts.
 * A row exists only while at least one answer is set. Reports skip erased candidates' rows, and
 * erasure is to delete the row with the rest of their personal data.
 */
@Entity('candidate_demographic')
@Check(
  'ck_candidate_demographic_gender',
  `"gender" IS NULL OR "gender" IN ('woman', 'man', 'non_binary', 'another_gender', 'prefer_not_to_say')`,
)
@Check(
  'ck_candidate_demographic_ethnicity',
  `"ethnicity" IS NULL OR "ethnicity" IN ('asian', 'black', 'hispanic_or_latino', 'middle_eastern_or_north_african', 'native_american_or_alaska_native', 'pacific_islander', 'white', 'two_or_more', 'another_ethnicity', 'prefer_not_to_say')`,
)
@Check('ck_candidate_demographic_some_answer', `"gender" IS NOT NULL OR "ethnicity" IS NOT NULL`)
export class CandidateDemographicEntity {
  @PrimaryColumn({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @OneToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'varchar', length: 32, nullable: true })
  gender: Gender | null;

  @Column({ type: 'varchar', length: 48, nullable: true })
  ethnicity: Ethnicity | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
