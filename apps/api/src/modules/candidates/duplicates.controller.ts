import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { CandidateDetailResponse } from './candidates.dto.js';
import { DismissDuplicateDto, DuplicatePageResponse, DuplicateQueryDto, MergeCandidatesDto } from './duplicates.dto.js';
import { DuplicatesService } from './duplicates.service.js';

@ApiTags('candidates')
@Controller()
export class DuplicatesController {
  constructor(private readonly duplicates: DuplicatesService) {}

  @Get('duplicates')
  @Allow('admin', 'recruiter', 'hiring_manager')
  @ApiOkResponse({ type: DuplicatePageResponse, description: 'Suggested pairs of active candidates with the same name, not dismissed' })
  list(@Ctx() ctx: RequestContext, @Query() query: DuplicateQueryDto) {
    return this.duplicates.list(ctx, query);
  }

  @Post('duplicates/dismiss')
  @Allow('admin', 'recruiter')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The pair is no longer suggested' })
  @ApiBadRequestResponse({ description: 'MERGE_INVALID when aId equals bId' })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  async dismiss(@Ctx() ctx: RequestContext, @Body() body: DismissDuplicateDto): Promise<void> {
    await this.duplicates.dismiss(ctx, body);
  }

  @Post('candidates/merge')
  @Allow('admin', 'recruiter')
  @HttpCode(200)
  @ApiOkResponse({ type: CandidateDetailResponse, description: 'The target, with everything the source had' })
  @ApiBadRequestResponse({ description: 'MERGE_INVALID when targetId equals sourceId' })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CANDIDATE_VERSION_CONFLICT (with currentVersion): nothing was written' })
  merge(@Ctx() ctx: RequestContext, @Body() body: MergeCandidatesDto) {
    return this.duplicates.merge(ctx, body);
  }
}
