import { ApiProperty } from '@nestjs/swagger';
import type { EraseCandidateRequest, ErasureResult } from '@loopboard/contracts';
import { Transform } from 'class-transformer';
import { IsDefined, IsInt, IsString, Length, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class EraseCandidateDto implements EraseCandidateRequest {
  @ApiProperty({ minimum: 1, description: 'The version the admin saw; a newer current version answers 409.' })
  @IsDefined()
  @IsInt()
  @Min(1)
  version: number;

  @ApiProperty({
    minLength: 3,
    maxLength: 500,
    example: 'GDPR art. 17 request, ticket 4411',
    description: 'Kept in the audit log, so it must not contain personal data',
  })
  @IsDefined()
  @Transform(trim)
  @IsString()
  @Length(3, 500)
  reason: string;
}

export class ErasureResultResponse implements ErasureResult {
  @ApiProperty({ format: 'uuid' }) candidateId: string;
  @ApiProperty({ format: 'date-time' }) erasedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Rows touched, per table' })
  removed: Record<string, number>;
}
