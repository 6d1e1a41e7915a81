import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ApplicationEntity } from '../../openings/entities/application.entity.js';
import { InterviewEntity } from '../../scheduling/entities/interview.entity.js';

/**
 * One stay of an application in a stage of its loop: from the event that put it there (its
 * creation or a move) to the application's next event (left_at, null while it is still there),
 * and whether it got further afterwards (hired, or entered a later position of its loop).
 * Kept by a trigger on application_event (migration AnalyticsStays): every statement that adds
 * events rewrites the stays of the applications it touched, in its transaction, from their whole
 * history; a loop reorder rewrites those of the opening. The funnel, time in stage, stale
 * applications and the forecast read these instead of sorting every event of the cohort.
 * The application's opening and creation time are copied in, so the date-range and opening
 * filters select stays without joining the application.
 */
@Entity('application_stay')
@Index('ix_application_stay_created', ['applicationCreatedAt'])
@Index('ix_application_stay_opening_created', ['openingId', 'applicationCreatedAt'])
@Index('ix_application_stay_open', ['enteredAt'], { where: '"left_at" IS NULL' })
@Index('ix_application_stay_opening_open', ['openingId', 'enteredAt'], { where: '"left_at" IS NULL' })
export class ApplicationStayEntity {
  /** The 'created' or 'moved' event that began the stay. */
  @PrimaryColumn({ name: 'event_id', type: 'bigint' })
  eventId: string;

  @Index('ix_application_stay_application_id')
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ name: 'opening_id', type: 'uuid' })
  openingId: string;

  @Column({ name: 'stage_id', type: 'uuid' })
  stageId: string;

  @Column({ name: 'application_created_at', type: 'timestamptz' })
  applicationCreatedAt: Date;

  @Column({ name: 'entered_at', type: 'timestamptz' })
  enteredAt: Date;

  @Column({ name: 'left_at', type: 'timestamptz', nullable: true })
  leftAt: Date | null;

  /** Got further afterwards: hired, or entered a later position of its loop. */
  @Column({ type: 'boolean' })
  passed: boolean;

  /** The application's first stay in a stage of this name: counting these counts applications that entered it. */
  @Column({ name: 'first_entry', type: 'boolean' })
  firstEntry: boolean;

  /** On the first entry only: some stay of the application in a stage of this name got further. */
  @Column({ name: 'first_entry_passed', type: 'boolean' })
  firstEntryPassed: boolean;
}

/**
 * How far an application got: the highest loop position it entered (its opening's positions as of
 * its last event or loop reorder). Kept by the same trigger as application_stay; the sources and
 * adverse-impact reports read it to tell who reached the onsite and the final stage.
 */
@Entity('application_reach')
export class ApplicationReachEntity {
  @PrimaryColumn({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => ApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: ApplicationEntity;

  @Column({ name: 'max_position', type: 'smallint' })
  maxPosition: number;
}

/**
 * One interviewer's seat on one interview, narrow: its opening, times, whether the interview is
 * still scheduled and whether this interviewer's scorecard is submitted. Kept by triggers on
 * interview, interview_interviewer and scorecard (migration AnalyticsStays), in the writer's
 * transaction. The interviewer-load report counts these instead of joining interviews to their
 * panels and scorecards.
 */
@Entity('interviewer_slot')
@Index('ix_interviewer_slot_starts_at', ['startsAt'], { where: '"scheduled"' })
@Index('ix_interviewer_slot_opening_starts_at', ['openingId', 'startsAt'], { where: '"scheduled"' })
@Index('ix_interviewer_slot_pending_due', ['scorecardDueAt'], { where: '"scheduled" AND NOT "submitted"' })
export class InterviewerSlotEntity {
  @PrimaryColumn({ name: 'interview_id', type: 'uuid' })
  interviewId: string;

  @ManyToOne(() => InterviewEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'interview_id' })
  interview?: InterviewEntity;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ name: 'opening_id', type: 'uuid' })
  openingId: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'scorecard_due_at', type: 'timestamptz' })
  scorecardDueAt: Date;

  @Column({ type: 'boolean' })
  scheduled: boolean;

  @Column({ type: 'boolean' })
  submitted: boolean;
}
