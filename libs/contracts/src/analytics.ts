import type { CandidateChannel } from './candidates.js';

/**
 * The hiring-manager dashboard's analytics (DESIGN "Analytics for hiring managers"). Pipeline
 * reports are readable by admins, recruiters and hiring managers; the adverse-impact report and
 * the volunteered demographics behind it by admins only, and demographics are never part of any
 * candidate or application response.
 */

// ---- filters ----

/** The filters every report takes (query string). Unknown fields are refused with 400. */
export interface AnalyticsQuery {
  openingId?: string;
  roleId?: string;
  /** YYYY-MM-DD, inclusive; default 180 days before `to`. */
  from?: string;
  /** YYYY-MM-DD, inclusive; default today (UTC). At most 3 years after `from`, at most a year from today. */
  to?: string;
  /** The candidate's primary channel. */
  channel?: CandidateChannel;
}

export interface FunnelQuery extends AnalyticsQuery {
  /** An active application with no event for this many days is stale (1–365, default 14). */
  staleDays?: number;
}

export interface ForecastQuery {
  openingId: string;
}

/** The filters as applied (defaults filled in), echoed on every report so a view can be shared. */
export interface AnalyticsScope {
  openingId: string | null;
  roleId: string | null;
  from: string;
  to: string;
  channel: CandidateChannel | null;
}

// ---- funnel ----

export interface TimeInStage {
  /** Stays in the stage that have ended (moved on, rejected, withdrawn, hired): what the median and p90 are over. */
  completed: number;
  /** Stays still open today: not in the median or p90 (their length is not known yet). */
  open: number;
  medianDays: number | null;
  p90Days: number | null;
}

export interface FunnelStage {
  /** Stage name; for a role or all openings, stages of the same name are added up. */
  name: string;
  /** Order in the loop (0-based); across openings, by the stage's lowest position. */
  order: number;
  /** Applications of the cohort that entered the stage. */
  entered: number;
  /** Of those, how many later entered a later stage of their loop or were hired. */
  passed: number;
  /** passed / entered; null when nobody entered. */
  passThroughRate: number | null;
  /** Applications whose stay ended here: rejected, withdrawn; and still active here now. */
  rejected: number;
  withdrawn: number;
  active: number;
  timeInStage: TimeInStage;
}

export interface RejectionReasonCount {
  key: string;
  label: string;
  count: number;
}

export interface StaleApplication {
  applicationId: string;
  candidateId: string;
  candidateName: string;
  openingId: string;
  openingTitle: string;
  stageName: string;
  /** Whole days since the application's last event (move, creation). */
  days: number;
}

export interface FunnelReport {
  scope: AnalyticsScope;
  /**
   * The cohort: applications created between from and to (inclusive) matching the filters. Stage
   * counts, time in stage and rejection reasons are over this cohort.
   */
  applications: number;
  stages: FunnelStage[];
  rejectionReasons: RejectionReasonCount[];
  /** Active applications with no event for staleDays days, over the filters but regardless of the date range. */
  stale: { staleDays: number; count: number; stalest: StaleApplication[] };
}

// ---- sources ----

export interface SourceCounts {
  /** Applications in the cohort. */
  applications: number;
  /** Distinct candidates behind them. */
  candidates: number;
  /** Applications that reached the second half of their loop (stage index ≥ ⌊stages / 2⌋): "onsite". */
  reachedOnsite: number;
  /** Applications that reached the final stage of their loop or were hired: "offers". */
  offers: number;
  hires: number;
  /** Applications with a raw composite (any submitted rating on a weighted competency). */
  scored: number;
  /** Mean of their raw composites (role's current weights, 1–4); null when none is scored. */
  meanComposite: number | null;
}

export interface ChannelSource extends SourceCounts {
  channel: CandidateChannel;
}

export type VenueSourceKind = 'venue' | 'event';

export interface VenueSource extends SourceCounts {
  /** venue: a venue of the candidate's papers (e.g. NeurIPS); event: a conference encounter (e.g. "ICML 2026"). */
  kind: VenueSourceKind;
  name: string;
}

export interface SourcesReport {
  scope: AnalyticsScope;
  /** Every channel, zero-filled, in the contracts' channel order. */
  channels: ChannelSource[];
  /** The 20 venues and events with the most candidates; a candidate counts under each of theirs. */
  venues: VenueSource[];
}

// ---- forecast ----

export interface StageNow {
  stageId: string;
  name: string;
  position: number;
  active: number;
}

export type ForecastUnavailableReason = 'no_target_date' | 'target_date_passed' | 'too_little_history';

export interface ForecastStageReport {
  name: string;
  active: number;
  /** Role history: applications that left the stage forward / ended in it (rejected, withdrawn). */
  passed: number;
  failed: number;
  /** Beta(1 + passed, 1 + failed) posterior: mean and central 90% interval. */
  passThrough: { mean: number; low: number; high: number };
  /** Historical mean days in the stage of the stays that ended; null when none. */
  meanDaysInStage: number | null;
  /** Expected days from entering this stage to a hire. */
  daysToHire: number;
  /** Whether today's applications here are expected to finish before the target date (they count only then). */
  inTime: boolean;
  hireProbability: number;
  /** More candidates a week this stage needs from now to reach the headcount by the target date; null: too late. */
  neededPerWeek: number | null;
}

interface ForecastBase {
  openingId: string;
  openingTitle: string;
  roleId: string;
  headcount: number;
  hiredSoFar: number;
  targetDate: string | null;
  /** Days from today (UTC) to the target date; null without one. */
  daysToTarget: number | null;
  activeByStage: StageNow[];
  /** Applications of the role that left at least one stage, and how many a forecast needs. */
  history: { applications: number; minimum: number };
}

export interface ForecastUnavailable extends ForecastBase {
  enoughData: false;
  reason: ForecastUnavailableReason;
  message: string;
}

export interface ForecastAvailable extends ForecastBase {
  enoughData: true;
  /** How the numbers were made, for the page's "inputs" note. */
  method: { kind: 'monte_carlo'; draws: number; seed: number; prior: 'Beta(1, 1)'; interval: 0.9 };
  stages: ForecastStageReport[];
  /** New hires expected from today's pipeline by the target date (5th–95th percentile of the draws). */
  expectedHires: { mean: number; low: number; high: number };
  probabilityOfReachingHeadcount: number;
  /** headcount − hiredSoFar − expectedHires.mean, at least 0. */
  expectedGap: number;
}

export type ForecastReport = ForecastUnavailable | ForecastAvailable;

// ---- interviewer load ----

export interface InterviewerLoad {
  interviewerId: string;
  name: string;
  /** Scheduled (not cancelled) interviews starting in the range. */
  total: number;
  /** Interviews per ISO week, aligned with InterviewerLoadReport.weeks. */
  weekly: number[];
  /** Scheduled interviews past their scorecard due time without this interviewer's submitted scorecard (any date). */
  overdueScorecards: number;
}

export interface InterviewerLoadReport {
  scope: AnalyticsScope;
  /** ISO weeks of the range, e.g. "2026-W48". */
  weeks: string[];
  interviewers: InterviewerLoad[];
}

// ---- demographics and adverse impact ----

export const GENDERS = ['woman', 'man', 'non_binary', 'another_gender', 'prefer_not_to_say'] as const;
export type Gender = (typeof GENDERS)[number];

/** EEO-1 style categories; 'prefer_not_to_say' is an answer, not a group, and is left out of the comparisons. */
export const ETHNICITIES = [
  'asian',
  'black',
  'hispanic_or_latino',
  'middle_eastern_or_north_african',
  'native_american_or_alaska_native',
  'pacific_islander',
  'white',
  'two_or_more',
  'another_ethnicity',
  'prefer_not_to_say',
] as const;
export type Ethnicity = (typeof ETHNICITIES)[number];

/** Omitted field: unchanged; null: cleared. */
export interface PutDemographicsRequest {
  gender?: Gender | null;
  ethnicity?: Ethnicity | null;
}

export interface CandidateDemographics {
  candidateId: string;
  gender: Gender | null;
  ethnicity: Ethnicity | null;
}

export interface RateComparison {
  rate: number | null;
  /** rate / the highest rate among the reported groups. */
  impactRatio: number | null;
  /** impactRatio < 0.8 (four-fifths rule). */
  flagged: boolean;
  /** Two-sided Fisher exact test against the highest-rate group; null for that group. */
  pValue: number | null;
}

export interface AdverseImpactGroup {
  group: string;
  applicants: number;
  selected: number;
  scored: number;
  scoredHigh: number;
  selection: RateComparison;
  scoring: RateComparison;
}

export type DemographicDimension = 'gender' | 'ethnicity';

export interface AdverseImpactDimension {
  dimension: DemographicDimension;
  groups: AdverseImpactGroup[];
  selectionReference: string | null;
  scoringReference: string | null;
  /** Groups with fewer than minGroupSize applicants, not reported. */
  omittedGroups: number;
  /** e.g. "omitted: 2 groups too small"; null when none. */
  omittedNote: string | null;
  /** Applications whose candidate gave no answer or 'prefer_not_to_say' for this dimension. */
  notDisclosed: number;
}

export interface AdverseImpactReport {
  scope: AnalyticsScope;
  /** Units are applications in the cohort (created in the range, matching the filters). */
  definitions: { selected: string; scored: string; test: string };
  minGroupSize: number;
  threshold: number;
  dimensions: AdverseImpactDimension[];
}
