import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  TAKE_HOME_STATES,
  type GradeTakeHomeRequest,
  type SendTakeHomeRequest,
  type SubmitTakeHomeRequest,
  type TakeHome,
  type TakeHomeGrade,
  type TakeHomeState,
  type UserRef,
} from '@loopboard/contracts';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsInt,
  IsISO8601,
  IsObject,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { UserRefResponse } from '../openings/openings.dto.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const Given = () => ValidateIf((_o, value: unknown) => value !== undefined);

export class SendTakeHomeDto implements SendTakeHomeRequest {
  @ApiProperty({ format: 'date-time', description: 'In the future' })
  @IsDefined()
  @IsISO8601({ strict: true }, { message: 'must be an ISO 8601 date-time, e.g. 2026-12-08T17:00:00Z' })
  @Matches(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'must be a date-time with a time zone, e.g. 2026-12-08T17:00:00Z',
  })
  dueAt: string;
}

export class SubmitTakeHomeDto implements SubmitTakeHomeRequest {
  @ApiPropertyOptional({ format: 'uri', maxLength: 2000, description: 'A link to the work; this or note is required' })
  @Given()
  @Transform(trim)
  @IsString()
  @MaxLength(2000)
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be an http(s) URL' })
  url?: string;

  @ApiPropertyOptional({ maxLength: 5000 })
  @Given()
  @Transform(trim)
  @IsString()
  @Length(1, 5000)
  note?: string;
}

export class TakeHomeGradeInputDto {
  @ApiProperty({ format: 'uuid', description: "An active interviewer on the opening's team" })
  @IsDefined()
  @IsUUID()
  graderId: string;

  @ApiProperty({ minimum: 1, maximum: 4, description: '1 strong no, 2 no, 3 yes, 4 strong yes' })
  @IsDefined()
  @IsInt()
  @Min(1)
  @Max(4)
  grade: number;
}

export class GradeTakeHomeDto implements GradeTakeHomeRequest {
  @ApiProperty({ type: [TakeHomeGradeInputDto] })
  @IsDefined()
  @IsArray()
  @ArrayMinSize(1, { message: 'must name at least one grader' })
  @ArrayMaxSize(10)
  @IsObject({ each: true, message: 'each item must be an object' })
  @ValidateNested({ each: true })
  @Type(() => TakeHomeGradeInputDto)
  grades: TakeHomeGradeInputDto[];
}

class TakeHomeGradeResponse implements TakeHomeGrade {
  @ApiProperty({ type: UserRefResponse }) grader: UserRef;
  @ApiProperty({ minimum: 1, maximum: 4 }) grade: number;
}

export class TakeHomeResponse implements TakeHome {
  @ApiProperty({ format: 'uuid', type: String, nullable: true }) id: string | null;
  @ApiProperty({ format: 'uuid' }) applicationId: string;
  @ApiProperty({ enum: TAKE_HOME_STATES }) state: TakeHomeState;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) dueAt: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) sentAt: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) submittedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) submissionUrl: string | null;
  @ApiProperty({ type: String, nullable: true }) submissionNote: string | null;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) gradedAt: string | null;
  @ApiProperty({ type: [TakeHomeGradeResponse] }) grades: TakeHomeGrade[];
  @ApiProperty({ description: 'Sent, past due and not submitted' }) overdue: boolean;
}
