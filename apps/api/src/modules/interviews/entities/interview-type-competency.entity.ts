import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CompetencyEntity } from '../../roles/entities/competency.entity.js';
import { InterviewTypeEntity } from './interview-type.entity.js';

/** A focus competency of an interview type: the competencies its scorecard rates. */
@Entity('interview_type_competency')
export class InterviewTypeCompetencyEntity {
  @PrimaryColumn({ name: 'interview_type_key', type: 'varchar', length: 48 })
  interviewTypeKey: string;

  @PrimaryColumn({ name: 'competency_key', type: 'varchar', length: 32 })
  competencyKey: string;

  @ManyToOne(() => InterviewTypeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_type_key' })
  interviewType?: InterviewTypeEntity;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'competency_key' })
  competency?: CompetencyEntity;

  @Column({ type: 'smallint' })
  position: number;
}
