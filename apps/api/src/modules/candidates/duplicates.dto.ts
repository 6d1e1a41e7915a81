import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DismissDuplicateRequest,
  DuplicateCandidateRef,
  DuplicatePage,
  DuplicatePair,
  DuplicateReason,
  MergeCandidatesRequest,
} from '@loopboard/contracts';
import { Transform, Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';

const DUPLICATE_REASONS: DuplicateReason[] = ['same-name', 'same-name-shared-coauthor', 'initial-and-family-name'];
const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
// Ids are compared and stored in one spelling, so the ordered pair (a < b) is the same whichever case a client sent.
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.toLowerCase() : value);

export class DuplicateQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  @Transform(lower)
  @Matches(new RegExp(`^${UUID}:${UUID}$`), { message: 'is not a cursor from this API' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class DismissDuplicateDto implements DismissDuplicateRequest {
  @ApiProperty({ format: 'uuid' }) @Transform(lower) @IsUUID(undefined, { message: 'must be a candidate id (UUID)' }) aId: string;
  @ApiProperty({ format: 'uuid' }) @Transform(lower) @IsUUID(undefined, { message: 'must be a candidate id (UUID)' }) bId: string;
}

export class MergeCandidatesDto implements MergeCandidatesRequest {
  @ApiProperty({ format: 'uuid', description: 'The candidate that stays' })
  @Transform(lower)
  @IsUUID(undefined, { message: 'must be a candidate id (UUID)' })
  targetId: string;

  @ApiProperty({ minimum: 1, description: 'The target version the reviewer saw' })
  @IsDefined()
  @IsInt()
  @Min(1)
  targetVersion: number;

  @ApiProperty({ format: 'uuid', description: 'The candidate merged in and removed' })
  @Transform(lower)
  @IsUUID(undefined, { message: 'must be a candidate id (UUID)' })
  sourceId: string;

  @ApiProperty({ minimum: 1, description: 'The source version the reviewer saw' })
  @IsDefined()
  @IsInt()
  @Min(1)
  sourceVersion: number;
}

export class DuplicateCandidateRefResponse implements DuplicateCandidateRef {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [String] }) emails: string[];
  @ApiProperty({ type: [String] }) affiliations: string[];
  @ApiProperty() paperCount: number;
  @ApiProperty() version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class DuplicatePairResponse implements DuplicatePair {
  @ApiProperty({ description: '`${a.id}:${b.id}` with a.id < b.id' }) id: string;
  @ApiProperty({ enum: DUPLICATE_REASONS }) reason: DuplicateReason;
  @ApiProperty({ example: 'same name; 1 shared co-author (Priya Raman)' }) explanation: string;
  @ApiProperty({ type: DuplicateCandidateRefResponse }) a: DuplicateCandidateRef;
  @ApiProperty({ type: DuplicateCandidateRefResponse }) b: DuplicateCandidateRef;
}

export class DuplicatePageResponse implements DuplicatePage {
  @ApiProperty({ type: [DuplicatePairResponse] }) items: DuplicatePair[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
