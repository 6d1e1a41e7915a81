import type { ApplicationCandidate, StageRef, UserRef } from './openings.js';

export const INTERVIEW_STATUSES = ['scheduled', 'cancelled'] as const;
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** One interview type of one stage of an application, with its interviewers, time and scorecard due date. */
export interface Interview {
  id: string;
  applicationId: string;
  stage: StageRef;
  interviewType: { key: string; name: string };
  interviewers: UserRef[];
  /** ISO date-time. */
  startsAt: string;
  durationMinutes: number;
  /** ISO date-time, after startsAt. */
  scorecardDueAt: string;
  status: InterviewStatus;
  /** An edit or cancel names it (409 INTERVIEW_VERSION_CONFLICT when stale). */
  version: number;
  createdAt: string;
  updatedAt: string;
}

/**
 * Schedules an interview for the application's current stage. The type must be
 * one of that stage's interview types; interviewers must be active users on the
 * opening's team as interviewers; startsAt must be in the future.
 */
export interface CreateInterviewRequest {
  interviewTypeKey: string;
  interviewerIds: string[];
  startsAt: string;
  /** Defaults to the interview type's duration. */
  durationMinutes?: number;
  /** Defaults to one day after startsAt; must be after startsAt. */
  scorecardDueAt?: string;
}

/** Reschedules or reassigns an interview edited from `version`. */
export interface UpdateInterviewRequest {
  version: number;
  interviewerIds?: string[];
  startsAt?: string;
  durationMinutes?: number;
  scorecardDueAt?: string;
}

/** Cancelling names the version the client saw (query `?version=`). */
export interface CancelInterviewQuery {
  version: number;
}

/** An entry of an interviewer's own list: what they need to prepare and file their scorecard. */
export interface MyInterview {
  id: string;
  applicationId: string;
  candidate: Pick<ApplicationCandidate, 'id' | 'name'>;
  opening: { id: string; title: string };
  interviewType: { key: string; name: string };
  startsAt: string;
  durationMinutes: number;
  scorecardDueAt: string;
  /** upcoming: not started yet; scorecard_due: started, scorecard not yet past due; overdue: past its due date. */
  when: 'upcoming' | 'scorecard_due' | 'overdue';
}

export interface MyInterviews {
  upcoming: MyInterview[];
  scorecardsDue: MyInterview[];
}

// ---- take-homes ----

/** The interview type whose stage sends a take-home. */
export const TAKE_HOME_TYPE_KEY = 'take-home';

export const TAKE_HOME_STATES = ['to_send', 'sent', 'submitted', 'graded'] as const;
export type TakeHomeState = (typeof TAKE_HOME_STATES)[number];

export interface TakeHomeGrade {
  grader: UserRef;
  /** 1 strong no, 2 no, 3 yes, 4 strong yes. */
  grade: number;
}

/** An application's take-home; `to_send` until it is sent (then id and dates are set). */
export interface TakeHome {
  id: string | null;
  applicationId: string;
  state: TakeHomeState;
  dueAt: string | null;
  sentAt: string | null;
  submittedAt: string | null;
  submissionUrl: string | null;
  submissionNote: string | null;
  gradedAt: string | null;
  grades: TakeHomeGrade[];
  /** Sent, past its due date and not submitted. */
  overdue: boolean;
}

/** Sends the take-home of an application whose current stage runs the take-home type. */
export interface SendTakeHomeRequest {
  /** In the future. */
  dueAt: string;
}

/** A link to the work, a note, or both. */
export interface SubmitTakeHomeRequest {
  url?: string;
  note?: string;
}

/** Graders are interviewers on the opening's team, each named once. */
export interface GradeTakeHomeRequest {
  grades: { graderId: string; grade: number }[];
}
