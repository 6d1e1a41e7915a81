import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateRoleWeightsVersionRequest, Role, RoleWeightsVersion, RoleWeightsVersionSummary, Weights, Competency, CompetencyKey } from '@loopboard/contracts';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsObject, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';

const weight = () =>
  function decorate(target: object, key: string) {
    IsDefined()(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false })(target, key);
    Min(0)(target, key);
    Max(1)(target, key);
    ApiProperty({ minimum: 0, maximum: 1, example: 0.125 })(target, key);
  };

export class WeightsDto implements Weights {
  @weight() ml: number;
  @weight() math: number;
  @weight() swe: number;
  @weight() data: number;
  @weight() ops: number;
  @weight() research: number;
  @weight() comms: number;
  @weight() product: number;
}

export class CreateRoleWeightsVersionDto implements CreateRoleWeightsVersionRequest {
  @ApiProperty({ description: 'The version the edit started from; a newer current version answers 409.', minimum: 1 })
  @IsDefined()
  @IsInt()
  @Min(1)
  baseVersion: number;

  @ApiProperty({ type: WeightsDto, description: 'One weight per competency, each 0..1, summing to 1 (within 1e-9).' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => WeightsDto)
  weights: WeightsDto;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class RoleParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  roleId: string;
}

export class RoleVersionParamsDto extends RoleParamsDto {
  @ApiProperty({ minimum: 1, maximum: 2_147_483_647 })
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // The column is an int4: a larger number would fail in PostgreSQL (a 500), not answer 404.
  @Max(2_147_483_647)
  version: number;
}

export class CompetencyResponse implements Competency {
  @ApiProperty({ enum: ['ml', 'math', 'swe', 'data', 'ops', 'research', 'comms', 'product'] }) key: CompetencyKey;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
}

export class RoleWeightsVersionResponse implements RoleWeightsVersion {
  @ApiProperty({ format: 'uuid' }) roleId: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: WeightsDto }) weights: Weights;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RoleWeightsVersionSummaryResponse implements RoleWeightsVersionSummary {
  @ApiProperty() version: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class RoleResponse implements Role {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() key: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: RoleWeightsVersionResponse }) current: RoleWeightsVersion;
}
