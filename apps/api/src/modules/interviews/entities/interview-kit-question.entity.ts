import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewTypeEntity } from './interview-type.entity.js';

/** One question of a kit, in order, with what a good answer shows. */
@Entity('interview_kit_question')
export class InterviewKitQuestionEntity {
  @PrimaryColumn({ name: 'interview_type_key', type: 'varchar', length: 48 })
  interviewTypeKey: string;

  @PrimaryColumn({ type: 'smallint' })
  position: number;

  @ManyToOne(() => InterviewTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_type_key' })
  interviewType?: InterviewTypeEntity;

  @Column({ type: 'text' })
  prompt: string;

  @Column({ name: 'good_answer', type: 'text' })
  goodAnswer: string;
}
