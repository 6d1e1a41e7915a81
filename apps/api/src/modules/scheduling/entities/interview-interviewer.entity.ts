import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../users/user.entity.js';
import { InterviewEntity } from './interview.entity.js';

/** An interviewer assigned to an interview; what lets them read that application (and nothing else). */
@Entity('interview_interviewer')
export class InterviewInterviewerEntity {
  @PrimaryColumn({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => InterviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: InterviewEntity;

  @Index('ix_interview_interviewer_user_id')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'smallint' })
  position: number;
}
