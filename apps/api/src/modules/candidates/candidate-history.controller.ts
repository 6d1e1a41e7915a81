import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditPageResponse } from '../audit/audit.dto.js';
import { AuditService } from '../audit/audit.service.js';
import { Allow } from '../auth/access.decorator.js';
import { CandidateParamsDto } from './candidates.dto.js';
import { candidateNotFound } from './candidates.service.js';
import { candidateErased } from './erasure.service.js';

export class CandidateHistoryQueryDto {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  // Audit ids are bigints: 18 digits at most keeps any value in range (a larger one would be a database error).
  @Matches(/^\d{1,18}$/, { message: 'cursor must be the nextCursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

/** A candidate's history, from the audit log: who changed what and when, and which import created them. */
@ApiTags('candidates')
@Controller()
export class CandidateHistoryController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  @Get('candidates/:candidateId/history')
  @Allow('admin', 'recruiter', 'hiring_manager')
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  @ApiGoneResponse({ description: 'CANDIDATE_ERASED: nothing about the person is shown any more' })
  async history(@Param() { candidateId }: CandidateParamsDto, @Query() query: CandidateHistoryQueryDto) {
    const [row]: { erased_at: Date | null }[] = await this.db.query(`SELECT erased_at FROM candidate WHERE id = $1`, [candidateId]);
    if (!row) throw candidateNotFound(candidateId);
    if (row.erased_at) throw candidateErased(candidateId);
    return this.audit.listForCandidate(candidateId, query.cursor, query.limit ?? 20);
  }
}
