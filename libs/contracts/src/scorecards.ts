import type { CompetencyKey, Weights } from './competencies.js';
import type { StageRef, UserRef } from './openings.js';
import type { CandidateChannel } from './candidates.js';

/** 1 strong no, 2 no, 3 yes, 4 strong yes. */
export const RATINGS = [1, 2, 3, 4] as const;
export type Rating = (typeof RATINGS)[number];

export const RECOMMENDATIONS = ['definitely_not', 'no', 'yes', 'strong_yes', 'no_decision'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

export const SCORECARD_STATUSES = ['draft', 'submitted'] as const;
export type ScorecardStatus = (typeof SCORECARD_STATUSES)[number];

/** One focus competency of the interview: a rating, or null for "not assessed", and the written evidence. */
export interface ScorecardRating {
  competency: CompetencyKey;
  rating: Rating | null;
  evidence: string;
}

/** A correction of a submitted scorecard; `before` keeps what it replaced (the first one keeps the original). */
export interface ScorecardAmendment {
  id: string;
  author: UserRef;
  reason: string;
  createdAt: string;
  before: { ratings: ScorecardRating[]; recommendation: Recommendation };
  after: { ratings: ScorecardRating[]; recommendation: Recommendation };
}

export interface Scorecard {
  id: string;
  interviewId: string;
  applicationId: string;
  interviewType: { key: string; name: string };
  stage: StageRef;
  interviewer: UserRef;
  status: ScorecardStatus;
  /** One entry per focus competency of the interview type, in the type's order. */
  ratings: ScorecardRating[];
  /** Null only on a draft that has not chosen one yet. */
  recommendation: Recommendation | null;
  /** Every save and amendment names it (409 SCORECARD_VERSION_CONFLICT when stale). */
  version: number;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  /** Oldest first; empty unless amended after submission. */
  amendments: ScorecardAmendment[];
}

/**
 * Saves the caller's draft for an interview (creating it on the first save, with `version` 0).
 * Competencies must be focus competencies of the interview type; ones left out keep their values.
 */
export interface SaveScorecardDraftRequest {
  version: number;
  ratings?: ScorecardRating[];
  recommendation?: Recommendation | null;
}

/** Submits (locks) the caller's draft as it was at `version`; every focus competency needs a rating or null, with evidence for a rating, and a recommendation. */
export interface SubmitScorecardRequest {
  version: number;
}

/** A correction after submission, by its author, with a reason. */
export interface AmendScorecardRequest {
  version: number;
  reason: string;
  ratings?: ScorecardRating[];
  recommendation?: Recommendation;
}

/**
 * The scorecards of one application that the caller may see. An interviewer who has not
 * submitted their own scorecard on the application sees only their own (`blinded` true).
 */
export interface ApplicationScorecards {
  applicationId: string;
  blinded: boolean;
  scorecards: Scorecard[];
}

/** The role-weighted score of an application, from its submitted scorecards. */
export interface CompetencyScore {
  competency: CompetencyKey;
  weight: number;
  /** Mean of the submitted ratings (null when none). */
  mean: number | null;
  ratings: number;
  /** w_c · mean_c / Σ_covered w_c; the contributions add up to the composite. */
  contribution: number;
}

export interface ScoreView {
  /** On the 1–4 scale; null when no weighted competency is covered. */
  composite: number | null;
  /** Σ of the weights of covered competencies, 0–1. */
  coverage: number;
  competencies: CompetencyScore[];
}

export interface ApplicationScore {
  applicationId: string;
  roleId: string;
  /** The role-weights version the scores used. */
  weightsVersion: number;
  weights: Weights;
  submittedScorecards: number;
  raw: ScoreView;
  calibrated: ScoreView;
  /** Spread (population standard deviation, 0–1.5) of the overall recommendations; null with fewer than two. */
  dissent: number | null;
  recommendations: Record<Recommendation, number>;
}

export const LEADERBOARD_SORTS = ['composite', 'coverage', 'dissent', 'name', 'scorecards'] as const;
export type LeaderboardSort = (typeof LEADERBOARD_SORTS)[number];
export const SCORE_VIEWS = ['raw', 'calibrated'] as const;
export type ScoreViewKind = (typeof SCORE_VIEWS)[number];

export interface LeaderboardQuery {
  view?: ScoreViewKind;
  /** 0–1 */
  minCoverage?: number;
  /** A stage name of the loop (the opening's, or any opening's of the role). */
  stage?: string;
  channel?: CandidateChannel;
  sort?: LeaderboardSort;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

export interface LeaderboardRow {
  applicationId: string;
  candidate: { id: string; name: string; channel: CandidateChannel | null };
  opening: { id: string; title: string };
  stage: StageRef;
  status: string;
  submittedScorecards: number;
  composite: number | null;
  coverage: number;
  dissent: number | null;
  /** Per competency, in COMPETENCY_KEYS order, only covered ones. */
  contributions: { competency: CompetencyKey; mean: number; contribution: number }[];
}

export interface Leaderboard {
  scope: { kind: 'opening' | 'role'; id: string; title: string };
  roleId: string;
  weightsVersion: number;
  weights: Weights;
  view: ScoreViewKind;
  rows: LeaderboardRow[];
  page: number;
  pageSize: number;
  total: number;
}

export interface InterviewerCalibration {
  interviewer: UserRef;
  /** Submitted scorecards. */
  scorecards: number;
  /** Ratings given, by value 1–4. */
  distribution: Record<'1' | '2' | '3' | '4', number>;
  /** Mean rating − panel mean on the same applications and competencies, shrunk by n/(n+5); null with no comparisons. */
  leniency: number | null;
  /** Ratings compared with a panel. */
  comparisons: number;
  /** Share of submitted scorecards with recommendation no_decision (0–1); null with none. */
  noDecisionRate: number | null;
  /** Scheduled interviews past their scorecard due date without a submitted scorecard from this interviewer. */
  overdueScorecards: number;
}

export interface CalibrationReport {
  /** The shrinkage constant k in n/(n+k). */
  shrinkage: number;
  interviewers: InterviewerCalibration[];
}
