import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPLICATION_STATUSES,
  OPENING_LEVELS,
  OPENING_STATUSES,
  type ApplicationCandidate,
  type ApplicationDetail,
  type ApplicationEvent,
  type ApplicationEventKind,
  type ApplicationState,
  type ApplicationStatus,
  type ApplicationSummary,
  type BulkItem,
  type BulkResult,
  type OpeningDetail,
  type OpeningLoop,
  type OpeningPage,
  type OpeningStage,
  type OpeningSummary,
  type RejectionReason,
  type StageRef,
  type UserRef,
  type BulkMoveRequest,
  type BulkRejectRequest,
  type CloseApplicationRequest,
  type CreateApplicationRequest,
  type CreateOpeningRequest,
  type MoveApplicationRequest,
  type OpeningLevel,
  type OpeningQuery,
  type OpeningStatus,
  type PutRejectionReasonRequest,
  type RejectApplicationRequest,
  type UpdateOpeningLoopRequest,
  type UpdateOpeningRequest,
} from '@loopboard/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { LoopStageDto } from '../interviews/interviews.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const oneOf = (values: readonly unknown[]) => ({ message: `must be one of ${values.join(', ')}` });
/** Optional in a PATCH, but when given it must be a real value: null is not "leave unchanged". */
const Given = () => ValidateIf((_o, value: unknown) => value !== undefined);
const NOTE_MAX = 5000;

// ---- openings ----

export class OpeningParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  openingId: string;
}

export class OpeningQueryDto implements OpeningQuery {
  @ApiPropertyOptional({ enum: OPENING_STATUSES })
  @IsOptional()
  @IsIn(OPENING_STATUSES, oneOf(OPENING_STATUSES))
  status?: OpeningStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roleId?: string;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page (opaque)' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{1,500}$/, { message: 'is not a cursor from this API' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class CreateOpeningDto implements CreateOpeningRequest {
  @ApiProperty({ maxLength: 200, example: 'ML researcher, alignment' })
  @IsDefined()
  @Transform(trim)
  @IsString()
  @Length(1, 200)
  title: string;

  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() roleId: string;

  @ApiProperty({ enum: OPENING_LEVELS }) @IsDefined() @IsIn(OPENING_LEVELS, oneOf(OPENING_LEVELS)) level: OpeningLevel;

  @ApiProperty({ minimum: 1, maximum: 1000 }) @IsDefined() @IsInt() @Min(1) @Max(1000) headcount: number;

  @ApiProperty({ format: 'uuid', description: 'An active user with role hiring_manager or admin' })
  @IsDefined()
  @IsUUID()
  hiringManagerId: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  targetDate?: string | null;

  @ApiPropertyOptional({ enum: OPENING_STATUSES, default: 'open' })
  @Given()
  @IsIn(OPENING_STATUSES, oneOf(OPENING_STATUSES))
  status?: OpeningStatus;

  @ApiPropertyOptional({ type: [String], description: 'Active users with role recruiter' })
  @Given()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  recruiterIds?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Active users with role interviewer' })
  @Given()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  interviewerIds?: string[];
}

export class UpdateOpeningDto implements UpdateOpeningRequest {
  @ApiProperty({ minimum: 1, description: 'The version the edit started from; a newer one answers 409.' })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;

  @ApiPropertyOptional({ maxLength: 200 }) @Given() @Transform(trim) @IsString() @Length(1, 200) title?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @Given() @IsUUID() roleId?: string;
  @ApiPropertyOptional({ enum: OPENING_LEVELS }) @Given() @IsIn(OPENING_LEVELS, oneOf(OPENING_LEVELS)) level?: OpeningLevel;
  @ApiPropertyOptional({ minimum: 1, maximum: 1000 }) @Given() @IsInt() @Min(1) @Max(1000) headcount?: number;
  @ApiPropertyOptional({ format: 'uuid' }) @Given() @IsUUID() hiringManagerId?: string;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'must be a real calendar date' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })
  targetDate?: string | null;

  @ApiPropertyOptional({ enum: OPENING_STATUSES }) @Given() @IsIn(OPENING_STATUSES, oneOf(OPENING_STATUSES)) status?: OpeningStatus;

  @ApiPropertyOptional({ type: [String] })
  @Given()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  recruiterIds?: string[];

  @ApiPropertyOptional({ type: [String] })
  @Given()
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  interviewerIds?: string[];
}

export class UpdateOpeningLoopDto implements UpdateOpeningLoopRequest {
  @ApiProperty({ minimum: 1, description: "The opening's loop version the edit started from; a newer one answers 409." })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;

  @ApiProperty({
    type: [LoopStageDto],
    minItems: 1,
    maxItems: 20,
    description: 'In loop order; a stage keeps its id when its name is kept',
  })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => LoopStageDto)
  stages: LoopStageDto[];
}

// ---- rejection reasons ----

export class RejectionReasonParamsDto {
  @ApiProperty({ example: 'skills-gap', description: 'Stable key of the reason' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,47}$/, { message: 'must be a reason key (lowercase letters, digits and -, at most 48)' })
  reasonKey: string;
}

export class PutRejectionReasonDto implements PutRejectionReasonRequest {
  @ApiProperty({ maxLength: 120 }) @IsDefined() @Transform(trim) @IsString() @Length(1, 120) label: string;
  @ApiPropertyOptional({ default: true, description: 'false hides the reason from new rejections; old ones keep it' })
  @Given()
  @IsBoolean()
  active?: boolean;
}

// ---- applications ----

export class ApplicationParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  applicationId: string;
}

export class ApplicationListQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES, description: 'Default: every status' })
  @IsOptional()
  @IsIn(APPLICATION_STATUSES, oneOf(APPLICATION_STATUSES))
  status?: ApplicationStatus;
}

export class CreateApplicationDto implements CreateApplicationRequest {
  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() candidateId: string;
  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() openingId: string;
}

export class MoveApplicationDto implements MoveApplicationRequest {
  @ApiProperty({ format: 'uuid', description: 'The stage the client saw the application in' }) @IsDefined() @IsUUID() fromStageId: string;
  @ApiProperty({ format: 'uuid', description: "A stage of the opening's loop" }) @IsDefined() @IsUUID() toStageId: string;
}

export class RejectApplicationDto implements RejectApplicationRequest {
  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() fromStageId: string;
  @ApiProperty({ example: 'skills-gap' }) @IsDefined() @IsString() @MaxLength(48) reasonKey: string;
  @ApiPropertyOptional({ maxLength: NOTE_MAX }) @Given() @IsString() @MaxLength(NOTE_MAX) note?: string;
}

export class CloseApplicationDto implements CloseApplicationRequest {
  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() fromStageId: string;
  @ApiPropertyOptional({ maxLength: NOTE_MAX }) @Given() @IsString() @MaxLength(NOTE_MAX) note?: string;
}

export class BulkItemDto implements BulkItem {
  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() applicationId: string;
  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() fromStageId: string;
}

const BULK_MAX = 500;

export class BulkMoveDto implements BulkMoveRequest {
  @ApiProperty({ type: [BulkItemDto], minItems: 1, maxItems: BULK_MAX })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_MAX)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items: BulkItemDto[];

  @ApiProperty({ format: 'uuid' }) @IsDefined() @IsUUID() toStageId: string;
}

export class BulkRejectDto implements BulkRejectRequest {
  @ApiProperty({ type: [BulkItemDto], minItems: 1, maxItems: BULK_MAX })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BULK_MAX)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items: BulkItemDto[];

  @ApiProperty() @IsDefined() @IsString() @MaxLength(48) reasonKey: string;
  @ApiPropertyOptional({ maxLength: NOTE_MAX }) @Given() @IsString() @MaxLength(NOTE_MAX) note?: string;
}

// ---- responses (for the OpenAPI document) ----

export class UserRefResponse implements UserRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class StageRefResponse implements StageRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

export class OpeningSummaryResponse implements OpeningSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ format: 'uuid' }) roleId: string;
  @ApiProperty() roleName: string;
  @ApiProperty({ enum: OPENING_LEVELS }) level: OpeningLevel;
  @ApiProperty() headcount: number;
  @ApiProperty({ type: UserRefResponse }) hiringManager: UserRef;
  @ApiProperty({ type: String, format: 'date', nullable: true }) targetDate: string | null;
  @ApiProperty({ enum: OPENING_STATUSES }) status: OpeningStatus;
  @ApiProperty() version: number;
  @ApiProperty() activeApplications: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

export class OpeningPageResponse implements OpeningPage {
  @ApiProperty({ type: [OpeningSummaryResponse] }) items: OpeningSummary[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class OpeningStageResponse implements OpeningStage {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() position: number;
  @ApiProperty({ type: [String] }) interviewTypes: string[];
  @ApiProperty() activeApplications: number;
}

export class OpeningLoopResponse implements OpeningLoop {
  @ApiProperty() version: number;
  @ApiProperty({ type: [OpeningStageResponse] }) stages: OpeningStage[];
}

export class OpeningDetailResponse extends OpeningSummaryResponse implements OpeningDetail {
  @ApiProperty({ type: [UserRefResponse] }) recruiters: UserRef[];
  @ApiProperty({ type: [UserRefResponse] }) interviewers: UserRef[];
  @ApiProperty({ type: OpeningLoopResponse }) loop: OpeningLoop;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Applications by status' })
  applicationCounts: Record<ApplicationStatus, number>;
}

export class RejectionReasonResponse implements RejectionReason {
  @ApiProperty() key: string;
  @ApiProperty() label: string;
  @ApiProperty() active: boolean;
}

export class ApplicationCandidateResponse implements ApplicationCandidate {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() firstAuthorTopTier: number;
  @ApiProperty() creditAdjusted: number;
  @ApiProperty({ type: Number, nullable: true }) bestVenueTier: number | null;
  @ApiProperty() reproducedReimplementations: number;
}

export class ApplicationStateResponse implements ApplicationState {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: StageRefResponse }) currentStage: StageRef;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status: ApplicationStatus;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) stageEnteredAt: string;
}

export class ApplicationSummaryResponse extends ApplicationStateResponse implements ApplicationSummary {
  @ApiProperty({ format: 'uuid' }) openingId: string;
  @ApiProperty({ type: ApplicationCandidateResponse }) candidate: ApplicationCandidate;
  @ApiProperty({ type: RejectionReasonResponse, nullable: true }) rejectionReason: RejectionReason | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() secondsInStage: number;
}

export class ApplicationEventResponse implements ApplicationEvent {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['created', 'moved', 'rejected', 'withdrawn', 'hired'] }) kind: ApplicationEventKind;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: UserRefResponse, nullable: true }) actor: UserRef | null;
  @ApiProperty({ type: StageRefResponse, nullable: true }) fromStage: StageRef | null;
  @ApiProperty({ type: StageRefResponse, nullable: true }) toStage: StageRef | null;
  @ApiProperty({ enum: APPLICATION_STATUSES, nullable: true }) fromStatus: ApplicationStatus | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) toStatus: ApplicationStatus;
  @ApiProperty({ type: RejectionReasonResponse, nullable: true }) reason: RejectionReason | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
}

export class ApplicationOpeningRefResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: OPENING_STATUSES }) status: OpeningStatus;
}

export class ApplicationDetailResponse extends ApplicationSummaryResponse implements ApplicationDetail {
  @ApiProperty({ type: ApplicationOpeningRefResponse }) opening: ApplicationOpeningRefResponse;
  @ApiProperty({ type: [ApplicationEventResponse], description: 'Oldest first' }) history: ApplicationEvent[];
}

export class BulkResultResponse implements BulkResult {
  @ApiProperty({ type: [ApplicationStateResponse] }) items: ApplicationState[];
}
