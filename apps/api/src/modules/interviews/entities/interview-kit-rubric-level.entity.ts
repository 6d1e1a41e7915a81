import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InterviewTypeCompetencyEntity } from './interview-type-competency.entity.js';

/** What a 1, 2, 3 or 4 looks like for one focus competency of an interview type. */
@Entity('interview_kit_rubric_level')
@Check('chk_interview_kit_rubric_level_range', '"level" BETWEEN 1 AND 4')
export class InterviewKitRubricLevelEntity {
  @PrimaryColumn({ name: 'interview_type_key', type: 'varchar', length: 48 })
  interviewTypeKey: string;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 32 })
  competencyKey: string;

  @PrimaryColumn({ type: 'smallint' })
  level: number;

  // A rubric exists only for a focus competency of the type.
  @ManyToOne(() => InterviewTypeCompetencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'interview_type_key', referencedColumnName: 'interviewTypeKey' },
    { name: 'competency_key', referencedColumnName: 'competencyKey' },
  ])
  focus?: InterviewTypeCompetencyEntity;

  @Column({ type: 'text' })
  description: string;
}
