import type { LoopStage } from './interviews.js';

export const OPENING_LEVELS = ['junior', 'mid', 'senior', 'staff', 'principal'] as const;
export type OpeningLevel = (typeof OPENING_LEVELS)[number];

export const OPENING_STATUSES = ['open', 'on_hold', 'filled', 'closed'] as const;
export type OpeningStatus = (typeof OPENING_STATUSES)[number];

export type OpeningMemberKind = 'recruiter' | 'interviewer';

export interface UserRef {
  id: string;
  name: string;
}

export interface OpeningSummary {
  id: string;
  title: string;
  roleId: string;
  roleName: string;
  level: OpeningLevel;
  headcount: number;
  hiringManager: UserRef;
  /** ISO date (YYYY-MM-DD) or null. */
  targetDate: string | null;
  status: OpeningStatus;
  version: number;
  activeApplications: number;
  createdAt: string;
  updatedAt: string;
}

/** A stage of the opening's own loop, with how many applications are in it now. */
export interface OpeningStage extends LoopStage {
  id: string;
  position: number;
  activeApplications: number;
}

export interface OpeningLoop {
  /** The opening's loop version; a loop edit names it (409 LOOP_VERSION_CONFLICT when stale). */
  version: number;
  stages: OpeningStage[];
}

export interface OpeningDetail extends OpeningSummary {
  recruiters: UserRef[];
  interviewers: UserRef[];
  loop: OpeningLoop;
  /** Applications by status (active, rejected, withdrawn, hired). */
  applicationCounts: Record<ApplicationStatus, number>;
}

export interface OpeningPage {
  items: OpeningSummary[];
  nextCursor: string | null;
}

export interface OpeningQuery {
  status?: OpeningStatus;
  roleId?: string;
  limit?: number;
  cursor?: string;
}

export interface CreateOpeningRequest {
  title: string;
  roleId: string;
  level: OpeningLevel;
  headcount: number;
  hiringManagerId: string;
  targetDate?: string | null;
  /** Defaults to open. */
  status?: OpeningStatus;
  recruiterIds?: string[];
  interviewerIds?: string[];
}

/** Changes the given fields of an opening edited from `version` (409 OPENING_VERSION_CONFLICT when stale). */
export interface UpdateOpeningRequest extends Partial<CreateOpeningRequest> {
  version: number;
}

/** Replaces the opening's own loop; the role's template is not touched. */
export interface UpdateOpeningLoopRequest {
  version: number;
  stages: LoopStage[];
}

// ---- applications ----

export const APPLICATION_STATUSES = ['active', 'rejected', 'withdrawn', 'hired'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export type ApplicationEventKind = 'created' | 'moved' | 'rejected' | 'withdrawn' | 'hired';

export interface StageRef {
  id: string;
  name: string;
}

export interface RejectionReason {
  key: string;
  label: string;
  active: boolean;
}

/** Adds a reason, or renames / (de)activates an existing one. */
export interface PutRejectionReasonRequest {
  label: string;
  active?: boolean;
}

export interface ApplicationCandidate {
  id: string;
  name: string;
  firstAuthorTopTier: number;
  creditAdjusted: number;
  bestVenueTier: number | null;
  reproducedReimplementations: number;
}

/** What a stale write is answered with: the application as it is now. */
export interface ApplicationState {
  id: string;
  currentStage: StageRef;
  status: ApplicationStatus;
  version: number;
  stageEnteredAt: string;
}

export interface ApplicationSummary extends ApplicationState {
  openingId: string;
  candidate: ApplicationCandidate;
  rejectionReason: RejectionReason | null;
  createdAt: string;
  /** Seconds since the application entered its current stage (until it left the pipeline, for final ones). */
  secondsInStage: number;
}

export interface ApplicationEvent {
  id: string;
  kind: ApplicationEventKind;
  at: string;
  /** Null when the system made the change. */
  actor: UserRef | null;
  fromStage: StageRef | null;
  toStage: StageRef | null;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus;
  reason: RejectionReason | null;
  note: string | null;
}

export interface ApplicationDetail extends ApplicationSummary {
  opening: { id: string; title: string; status: OpeningStatus };
  history: ApplicationEvent[];
}

export interface CreateApplicationRequest {
  candidateId: string;
  openingId: string;
}

/** `fromStageId` is the stage the client saw; if the application is elsewhere now, 409 APPLICATION_STAGE_CONFLICT. */
export interface MoveApplicationRequest {
  fromStageId: string;
  toStageId: string;
}

export interface RejectApplicationRequest {
  fromStageId: string;
  reasonKey: string;
  note?: string;
}

export interface CloseApplicationRequest {
  fromStageId: string;
  note?: string;
}

export interface BulkItem {
  applicationId: string;
  fromStageId: string;
}

export interface BulkMoveRequest {
  items: BulkItem[];
  toStageId: string;
}

export interface BulkRejectRequest {
  items: BulkItem[];
  reasonKey: string;
  note?: string;
}

export interface BulkResult {
  items: ApplicationState[];
}

/**
 * The body of a 409 APPLICATION_STAGE_CONFLICT: `current` for a single write,
 * `stale` (every stale item, with its current state) for a bulk one.
 */
export interface ApplicationStageConflict {
  current?: ApplicationState;
  stale?: (BulkItem & { current: ApplicationState | null })[];
}
