import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { EncounterKind } from '@loopboard/contracts';
import { CandidateEntity } from './candidate.entity.js';

/** Meeting a candidate at an event. */
@Entity('encounter')
@Check('ck_encounter_kind', `"kind" IN ('talk', 'poster', 'booth', 'workshop', 'other')`)
export class EncounterEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_encounter_candidate')
  @Column({ name: 'candidate_id', type: 'uuid' })
  candidateId: string;

  @ManyToOne(() => CandidateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'candidate_id' })
  candidate?: CandidateEntity;

  @Column({ type: 'varchar', length: 200 })
  event: string;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  kind: EncounterKind;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'jsonb' })
  provenance: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
