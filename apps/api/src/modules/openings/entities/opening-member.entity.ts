import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { OpeningMemberKind } from '@loopboard/contracts';
import { UserEntity } from '../../users/user.entity.js';
import { OpeningEntity } from './opening.entity.js';

/** The team who may work on an opening: its recruiters and interviewers. */
@Entity('opening_member')
@Check('ck_opening_member_kind', `"kind" IN ('recruiter', 'interviewer')`)
export class OpeningMemberEntity {
  @PrimaryColumn({ name: 'opening_id', type: 'uuid' })
  openingId: string;

  @ManyToOne(() => OpeningEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'opening_id' })
  opening?: OpeningEntity;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind: OpeningMemberKind;

  @Index('ix_opening_member_user_id')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'smallint' })
  position: number;
}
