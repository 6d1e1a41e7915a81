import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CANDIDATE_CHANNELS,
  ETHNICITIES,
  GENDERS,
  type AnalyticsQuery,
  type CandidateChannel,
  type Ethnicity,
  type ForecastQuery,
  type FunnelQuery,
  type Gender,
  type PutDemographicsRequest,
} from '@loopboard/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min, ValidateIf } from 'class-validator';

const oneOf = (values: readonly unknown[]) => ({ message: `must be one of ${values.join(', ')}` });
/** Optional, but when given it is a value or null (null clears). */
const GivenOrNull = () => ValidateIf((_o, value: unknown) => value !== undefined && value !== null);

const IsDay = () => (target: object, key: string) => {
  Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date as YYYY-MM-DD' })(target, key);
  IsISO8601({ strict: true }, { message: 'must be a real calendar date' })(target, key);
};

export class AnalyticsQueryDto implements AnalyticsQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  openingId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  roleId?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Inclusive; default 180 days before `to`' })
  @IsOptional()
  @IsDay()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Inclusive; default today (UTC); at most 3 years after `from`' })
  @IsOptional()
  @IsDay()
  to?: string;

  @ApiPropertyOptional({ enum: CANDIDATE_CHANNELS, description: "The candidate's primary channel" })
  @IsOptional()
  @IsIn(CANDIDATE_CHANNELS, oneOf(CANDIDATE_CHANNELS))
  channel?: CandidateChannel;
}

export class FunnelQueryDto extends AnalyticsQueryDto implements FunnelQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 365, default: 14 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(365)
  staleDays?: number;
}

export class ForecastQueryDto implements ForecastQuery {
  @ApiProperty({ format: 'uuid' })
  @IsDefined()
  @IsUUID()
  openingId: string;
}

export class CandidateParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  candidateId: string;
}

export class PutDemographicsDto implements PutDemographicsRequest {
  @ApiPropertyOptional({ enum: GENDERS, nullable: true, description: 'Self-identified; null clears, omitted leaves unchanged' })
  @GivenOrNull()
  @IsIn(GENDERS, oneOf(GENDERS))
  gender?: Gender | null;

  @ApiPropertyOptional({ enum: ETHNICITIES, nullable: true, description: 'Self-identified; null clears, omitted leaves unchanged' })
  @GivenOrNull()
  @IsIn(ETHNICITIES, oneOf(ETHNICITIES))
  ethnicity?: Ethnicity | null;
}
