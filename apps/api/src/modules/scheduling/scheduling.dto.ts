import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INTERVIEW_STATUSES,
  type CancelInterviewQuery,
  type CreateInterviewRequest,
  type Interview,
  type InterviewStatus,
  type MyInterview,
  type MyInterviews,
  type StageRef,
  type UpdateInterviewRequest,
  type UserRef,
} from '@loopboard/contracts';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsDefined,
  IsInt,
  IsISO8601,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
} from 'class-validator';
import { StageRefResponse, UserRefResponse } from '../openings/openings.dto.js';

/** Optional in a PATCH, but when given it must be a real value: null is not "leave unchanged". */
const Given = () => ValidateIf((_o, value: unknown) => value !== undefined);
const DATE_TIME = { message: 'must be an ISO 8601 date-time, e.g. 2026-12-01T09:30:00Z' };

export class InterviewParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  interviewId: string;
}

export class CreateInterviewDto implements CreateInterviewRequest {
  @ApiProperty({ example: 'pair-debugging', description: "One of the interview types of the application's current stage" })
  @IsDefined()
  @IsString()
  @Length(1, 48)
  interviewTypeKey: string;

  @ApiProperty({ type: [String], description: "At least one; active users on the opening's team as interviewers" })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one interviewer' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'must not name an interviewer twice' })
  @IsUUID('all', { each: true })
  interviewerIds: string[];

  @ApiProperty({ format: 'date-time', description: 'In the future' })
  @IsDefined()
  @IsISO8601({ strict: true }, DATE_TIME)
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'must be a date-time with a time zone, e.g. 2026-12-08T17:00:00Z',
  })
  startsAt: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 600, description: "Defaults to the interview type's duration" })
  @Given()
  @IsInt()
  @Min(5)
  @Max(600)
  durationMinutes?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'Defaults to one day after startsAt; must be after it' })
  @Given()
  @IsISO8601({ strict: true }, DATE_TIME)
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'must be a date-time with a time zone, e.g. 2026-12-08T17:00:00Z',
  })
  scorecardDueAt?: string;
}

export class UpdateInterviewDto implements UpdateInterviewRequest {
  @ApiProperty({ description: 'The version the client saw (409 INTERVIEW_VERSION_CONFLICT when stale)' })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;

  @ApiPropertyOptional({ type: [String] })
  @Given()
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one interviewer' })
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'must not name an interviewer twice' })
  @IsUUID('all', { each: true })
  interviewerIds?: string[];

  @ApiPropertyOptional({ format: 'date-time', description: 'A new time must be in the future' })
  @Given()
  @IsISO8601({ strict: true }, DATE_TIME)
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'must be a date-time with a time zone, e.g. 2026-12-08T17:00:00Z',
  })
  startsAt?: string;

  @ApiPropertyOptional({ minimum: 5, maximum: 600 })
  @Given()
  @IsInt()
  @Min(5)
  @Max(600)
  durationMinutes?: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'Must be after startsAt' })
  @Given()
  @IsISO8601({ strict: true }, DATE_TIME)
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'must be a date-time with a time zone, e.g. 2026-12-08T17:00:00Z',
  })
  scorecardDueAt?: string;
}

export class CancelInterviewQueryDto implements CancelInterviewQuery {
  @ApiProperty({ description: 'The version the client saw' })
  @IsDefined()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(2147483647)
  version: number;
}

class InterviewTypeRefResponse {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
}

export class InterviewResponse implements Interview {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: StageRefResponse }) stage: StageRef;
  @ApiProperty({ type: InterviewTypeRefResponse }) interviewType: { key: string; name: string };
  @ApiProperty({ type: [UserRefResponse] }) interviewers: UserRef[];
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ format: 'date-time' }) scorecardDueAt: string;
  @ApiProperty({ enum: INTERVIEW_STATUSES }) status: InterviewStatus;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}

class MyInterviewCandidateResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
}

class MyInterviewOpeningResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
}

export class MyInterviewResponse implements MyInterview {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ type: MyInterviewCandidateResponse }) candidate: { id: string; name: string };
  @ApiProperty({ type: MyInterviewOpeningResponse }) opening: { id: string; title: string };
  @ApiProperty({ type: InterviewTypeRefResponse }) interviewType: { key: string; name: string };
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() durationMinutes: number;
  @ApiProperty({ format: 'date-time' }) scorecardDueAt: string;
  @ApiProperty({ enum: ['upcoming', 'scorecard_due', 'overdue'] }) when: MyInterview['when'];
}

export class MyInterviewsResponse implements MyInterviews {
  @ApiProperty({ type: [MyInterviewResponse], description: 'Not started yet, soonest first' })
  upcoming: MyInterview[];
  @ApiProperty({ type: [MyInterviewResponse], description: 'Started, scorecard due (overdue ones flagged), soonest due first' })
  scorecardsDue: MyInterview[];
}
