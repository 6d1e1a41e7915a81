import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CANDIDATE_CHANNELS,
  COMPETENCY_KEYS,
  LEADERBOARD_SORTS,
  RECOMMENDATIONS,
  SCORECARD_STATUSES,
  SCORE_VIEWS,
  type AmendScorecardRequest,
  type ApplicationScore,
  type ApplicationScorecards,
  type CalibrationReport,
  type CandidateChannel,
  type CompetencyKey,
  type CompetencyScore,
  type InterviewerCalibration,
  type Leaderboard,
  type LeaderboardQuery,
  type LeaderboardRow,
  type LeaderboardSort,
  type Recommendation,
  type SaveScorecardDraftRequest,
  type Scorecard,
  type ScorecardAmendment,
  type ScorecardRating,
  type ScorecardStatus,
  type ScoreView,
  type ScoreViewKind,
  type StageRef,
  type SubmitScorecardRequest,
  type UserRef,
  type Weights,
} from '@loopboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { StageRefResponse, UserRefResponse } from '../openings/openings.dto.js';

export const MAX_EVIDENCE = 10_000;
const Given = () => ValidateIf((_o, value: unknown) => value !== undefined);

export class ScorecardParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  scorecardId: string;
}

export class RoleLeaderboardParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roleId: string;
}

export class ScorecardRatingDto implements ScorecardRating {
  @ApiProperty({ enum: COMPETENCY_KEYS, description: 'A focus competency of the interview type' })
  @IsDefined()
  @IsString()
  @MaxLength(32)
  competency: CompetencyKey;

  @ApiProperty({ type: Number, nullable: true, minimum: 1, maximum: 4, description: '1–4, or null for "not assessed"' })
  @ValidateIf((_o, value: unknown) => value !== null)
  @IsDefined({ message: 'must be 1, 2, 3, 4 or null (not assessed)' })
  @IsInt({ message: 'must be a whole number 1–4, or null (not assessed)' })
  @Min(1, { message: 'must be at least 1 (1–4, or null for not assessed)' })
  @Max(4, { message: 'must be at most 4 (1–4, or null for not assessed)' })
  rating: 1 | 2 | 3 | 4 | null;

  @ApiProperty({ maxLength: MAX_EVIDENCE, description: 'What the candidate said or did; required for a rating on submission' })
  @IsDefined()
  @IsString()
  @MaxLength(MAX_EVIDENCE)
  evidence: string;
}

export class SaveScorecardDraftDto implements SaveScorecardDraftRequest {
  @ApiProperty({ description: '0 creates the scorecard; else the version the client saw (409 SCORECARD_VERSION_CONFLICT when stale)' })
  @IsDefined()
  @IsInt()
  @Min(0)
  @Max(2147483647)
  version: number;

  @ApiPropertyOptional({ type: [ScorecardRatingDto], description: 'Focus competencies to set; ones left out keep their values' })
  @Given()
  @IsArray()
  @ArrayMaxSize(16)
  @ValidateNested({ each: true })
  @Type(() => ScorecardRatingDto)
  ratings?: ScorecardRatingDto[];

  @ApiPropertyOptional({ enum: RECOMMENDATIONS, nullable: true })
  @IsOptional()
  @IsIn(RECOMMENDATIONS)
  recommendation?: Recommendation | null;
}

export class SubmitScorecardDto implements SubmitScorecardRequest {
  @ApiProperty({ description: 'The version of the draft being submitted' })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;
}

export class AmendScorecardDto implements AmendScorecardRequest {
  @ApiProperty({ description: 'The version the client saw' })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;

  @ApiProperty({ maxLength: MAX_EVIDENCE, description: 'Why the submitted scorecard is corrected' })
  @IsDefined()
  @IsString()
  @MaxLength(MAX_EVIDENCE)
  @Matches(/\S/, { message: 'must not be empty: say why the scorecard is corrected' })
  reason: string;

  @ApiPropertyOptional({ type: [ScorecardRatingDto] })
  @Given()
  @IsArray()
  @ArrayMaxSize(16)
  @ValidateNested({ each: true })
  @Type(() => ScorecardRatingDto)
  ratings?: ScorecardRatingDto[];

  @ApiPropertyOptional({ enum: RECOMMENDATIONS })
  @Given()
  @IsIn(RECOMMENDATIONS)
  recommendation?: Recommendation;
}

export class LeaderboardQueryDto implements LeaderboardQuery {
  @ApiPropertyOptional({ enum: SCORE_VIEWS, default: 'raw' })
  @Given()
  @IsIn(SCORE_VIEWS)
  view?: ScoreViewKind;

  @ApiPropertyOptional({ minimum: 0, maximum: 1 })
  @Given()
  @Type(() => Number)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1)
  minCoverage?: number;

  @ApiPropertyOptional({ description: 'A stage name' })
  @Given()
  @IsString()
  @MaxLength(80)
  stage?: string;

  @ApiPropertyOptional({ enum: CANDIDATE_CHANNELS })
  @Given()
  @IsIn(CANDIDATE_CHANNELS)
  channel?: CandidateChannel;

  @ApiPropertyOptional({ enum: LEADERBOARD_SORTS, default: 'composite' })
  @Given()
  @IsIn(LEADERBOARD_SORTS)
  sort?: LeaderboardSort;

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Default desc (asc for name); nulls always last' })
  @Given()
  @IsIn(['asc', 'desc'])
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @Given()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 25 })
  @Given()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;
}

export class CalibrationQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only applications to openings of this role' })
  @Given()
  @IsUUID()
  roleId?: string;
}

// ---- responses ----

class InterviewTypeRef {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
}

export class ScorecardRatingResponse implements ScorecardRating {
  @ApiProperty({ enum: COMPETENCY_KEYS }) competency: CompetencyKey;
  @ApiProperty({ type: Number, nullable: true }) rating: 1 | 2 | 3 | 4 | null;
  @ApiProperty() evidence: string;
}

class ScorecardContentResponse {
  @ApiProperty({ type: [ScorecardRatingResponse] }) ratings: ScorecardRating[];
  @ApiProperty({ enum: RECOMMENDATIONS }) recommendation: Recommendation;
}

export class ScorecardAmendmentResponse implements ScorecardAmendment {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: UserRefResponse }) author: UserRef;
  @ApiProperty() reason: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: ScorecardContentResponse }) before: ScorecardAmendment['before'];
  @ApiProperty({ type: ScorecardContentResponse }) after: ScorecardAmendment['after'];
}

export class ScorecardResponse implements Scorecard {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) interviewId: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: InterviewTypeRef }) interviewType: { key: string; name: string };
  @ApiProperty({ type: StageRefResponse }) stage: StageRef;
  @ApiProperty({ type: UserRefResponse }) interviewer: UserRef;
  @ApiProperty({ enum: SCORECARD_STATUSES }) status: ScorecardStatus;
  @ApiProperty({ type: [ScorecardRatingResponse] }) ratings: ScorecardRating[];
  @ApiProperty({ enum: RECOMMENDATIONS, nullable: true }) recommendation: Recommendation | null;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @ApiProperty({ type: [ScorecardAmendmentResponse] }) amendments: ScorecardAmendment[];
}

export class ApplicationScorecardsResponse implements ApplicationScorecards {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ description: 'True for an interviewer who has not submitted their own scorecard on it: they see only their own' })
  blinded: boolean;
  @ApiProperty({ type: [ScorecardResponse] }) scorecards: Scorecard[];
}

export class CompetencyScoreResponse implements CompetencyScore {
  @ApiProperty({ enum: COMPETENCY_KEYS }) competency: CompetencyKey;
  @ApiProperty() weight: number;
  @ApiProperty({ type: Number, nullable: true }) mean: number | null;
  @ApiProperty() ratings: number;
  @ApiProperty() contribution: number;
}

export class ScoreViewResponse implements ScoreView {
  @ApiProperty({ type: Number, nullable: true }) composite: number | null;
  @ApiProperty() coverage: number;
  @ApiProperty({ type: [CompetencyScoreResponse] }) competencies: CompetencyScore[];
}

export class ApplicationScoreResponse implements ApplicationScore {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ format: 'uuid' }) roleId: string;
  @ApiProperty() weightsVersion: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) weights: Weights;
  @ApiProperty() submittedScorecards: number;
  @ApiProperty({ type: ScoreViewResponse }) raw: ScoreView;
  @ApiProperty({ type: ScoreViewResponse }) calibrated: ScoreView;
  @ApiProperty({ type: Number, nullable: true }) dissent: number | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) recommendations: Record<Recommendation, number>;
}

class LeaderboardCandidateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CANDIDATE_CHANNELS, nullable: true }) channel: CandidateChannel | null;
}

class LeaderboardOpeningResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

class LeaderboardContributionResponse {
  @ApiProperty({ enum: COMPETENCY_KEYS }) competency: CompetencyKey;
  @ApiProperty() mean: number;
  @ApiProperty() contribution: number;
}

export class LeaderboardRowResponse implements LeaderboardRow {
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: LeaderboardCandidateResponse }) candidate: LeaderboardRow['candidate'];
  @ApiProperty({ type: LeaderboardOpeningResponse }) opening: LeaderboardRow['opening'];
  @ApiProperty({ type: StageRefResponse }) stage: StageRef;
  @ApiProperty() status: string;
  @ApiProperty() submittedScorecards: number;
  @ApiProperty({ type: Number, nullable: true }) composite: number | null;
  @ApiProperty() coverage: number;
  @ApiProperty({ type: Number, nullable: true }) dissent: number | null;
  @ApiProperty({ type: [LeaderboardContributionResponse] }) contributions: LeaderboardRow['contributions'];
}

class LeaderboardScopeResponse {
  @ApiProperty({ enum: ['opening', 'role'] }) kind: 'opening' | 'role';
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class LeaderboardResponse implements Leaderboard {
  @ApiProperty({ type: LeaderboardScopeResponse }) scope: Leaderboard['scope'];
  @ApiProperty({ format: 'uuid' }) roleId: string;
  @ApiProperty() weightsVersion: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) weights: Weights;
  @ApiProperty({ enum: SCORE_VIEWS }) view: ScoreViewKind;
  @ApiProperty({ type: [LeaderboardRowResponse] }) rows: LeaderboardRow[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
}

class RatingDistributionResponse {
  @ApiProperty() '1': number;
  @ApiProperty() '2': number;
  @ApiProperty() '3': number;
  @ApiProperty() '4': number;
}

export class InterviewerCalibrationResponse implements InterviewerCalibration {
  @ApiProperty({ type: UserRefResponse }) interviewer: UserRef;
  @ApiProperty() scorecards: number;
  @ApiProperty({ type: RatingDistributionResponse }) distribution: Record<'1' | '2' | '3' | '4', number>;
  @ApiProperty({ type: Number, nullable: true }) leniency: number | null;
  @ApiProperty() comparisons: number;
  @ApiProperty({ type: Number, nullable: true }) noDecisionRate: number | null;
  @ApiProperty() overdueScorecards: number;
}

export class CalibrationReportResponse implements CalibrationReport {
  @ApiProperty() shrinkage: number;
  @ApiProperty({ type: [InterviewerCalibrationResponse] }) interviewers: InterviewerCalibration[];
}
