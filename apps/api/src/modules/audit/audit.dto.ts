import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditEntry, AuditPage, AuditQuery, AuditVerification } from '@loopboard/contracts';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class AuditQueryDto implements AuditQuery {
  @ApiPropertyOptional({ example: 'role.weights_changed' }) @IsOptional() @IsString() @MaxLength(64) action?: string;
  @ApiPropertyOptional({ example: 'role' }) @IsOptional() @IsString() @MaxLength(40) entityType?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) entityId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() actorId?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) from?: string;
  @ApiPropertyOptional({ format: 'date-time' }) @IsOptional() @IsISO8601({ strict: true }) to?: string;
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;
}

export class AuditEntryResponse implements AuditEntry {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty({ type: String, nullable: true }) actorId: string | null;
  @ApiProperty({ type: String, nullable: true }) actorEmail: string | null;
  @ApiProperty() action: string;
  @ApiProperty() entityType: string;
  @ApiProperty({ type: String, nullable: true }) entityId: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) changes: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) requestId: string | null;
  @ApiProperty({ type: String, nullable: true }) ip: string | null;
  @ApiProperty() hash: string;
}

export class AuditPageResponse implements AuditPage {
  @ApiProperty({ type: [AuditEntryResponse] }) items: AuditEntry[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class AuditVerificationResponse implements AuditVerification {
  @ApiProperty() ok: boolean;
  @ApiProperty() checked: number;
  @ApiProperty({ type: String, nullable: true }) firstBrokenId: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}
