import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** An interview type from the library (recruiter screen, pair debugging, …) with its kit's instructions. */
@Entity('interview_type')
export class InterviewTypeEntity {
  @PrimaryColumn({ type: 'varchar', length: 48 })
  key: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes: number;

  @Column({ type: 'smallint', default: 0 })
  position: number;

  @Column({ type: 'text' })
  instructions: string;

  /** Moved only by a conditional UPDATE, so of two concurrent kit edits one wins and the other gets a 409. */
  @Column({ name: 'kit_version', type: 'integer', default: 1 })
  kitVersion: number;

  @UpdateDateColumn({ name: 'kit_updated_at', type: 'timestamptz' })
  kitUpdatedAt: Date;
}
