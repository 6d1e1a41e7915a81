import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import {
  ApplicationListQueryDto,
  ApplicationSummaryResponse,
  OpeningDetailResponse,
  OpeningPageResponse,
  CreateOpeningDto,
  OpeningParamsDto,
  OpeningQueryDto,
  UpdateOpeningDto,
  UpdateOpeningLoopDto,
} from './openings.dto.js';
import { ApplicationsService } from './applications.service.js';
import { OpeningsService } from './openings.service.js';

// Interviewers are left out until interviews exist: then they see only the applications they interview on.
export const PIPELINE_READERS = ['admin', 'recruiter', 'hiring_manager'] as const;
export const PIPELINE_EDITORS = ['admin', 'recruiter'] as const;

@ApiTags('openings')
@Controller()
export class OpeningsController {
  constructor(
    private readonly openings: OpeningsService,
    private readonly applications: ApplicationsService,
  ) {}

  @Get('openings')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({ type: OpeningPageResponse, description: 'Newest first, keyset-paginated (nextCursor)' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming the bad filter' })
  list(@Query() query: OpeningQueryDto) {
    return this.openings.list(query);
  }

  @Post('openings')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(201)
  @ApiCreatedResponse({ type: OpeningDetailResponse, description: "With its copy of the role's loop" })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming the field (roleId, hiringManagerId, interviewerIds.0, …)' })
  create(@Ctx() ctx: RequestContext, @Body() body: CreateOpeningDto) {
    return this.openings.create(ctx, body);
  }

  @Get('openings/:openingId')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({ type: OpeningDetailResponse, description: 'Team, loop with active applications per stage, counts by status' })
  @ApiNotFoundResponse({ description: 'OPENING_NOT_FOUND' })
  get(@Param() { openingId }: OpeningParamsDto) {
    return this.openings.get(openingId);
  }

  @Patch('openings/:openingId')
  @Allow(...PIPELINE_EDITORS)
  @ApiOkResponse({ type: OpeningDetailResponse })
  @ApiNotFoundResponse({ description: 'OPENING_NOT_FOUND' })
  @ApiConflictResponse({ description: 'OPENING_VERSION_CONFLICT (with currentVersion): nothing was written' })
  update(@Ctx() ctx: RequestContext, @Param() { openingId }: OpeningParamsDto, @Body() body: UpdateOpeningDto) {
    return this.openings.update(ctx, openingId, body);
  }

  @Put('openings/:openingId/loop')
  @Allow(...PIPELINE_EDITORS)
  @ApiOkResponse({ type: OpeningDetailResponse, description: "With the new loop; the role's template is not touched" })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED or LOOP_INVALID naming the field (e.g. stages.2.name)' })
  @ApiNotFoundResponse({ description: 'OPENING_NOT_FOUND' })
  @ApiConflictResponse({
    description: 'LOOP_VERSION_CONFLICT, or OPENING_STAGE_IN_USE naming a dropped stage that still has active applications',
  })
  updateLoop(@Ctx() ctx: RequestContext, @Param() { openingId }: OpeningParamsDto, @Body() body: UpdateOpeningLoopDto) {
    return this.openings.updateLoop(ctx, openingId, body);
  }

  @Get('openings/:openingId/applications')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({ type: [ApplicationSummaryResponse], description: 'In loop order, with candidate name, signals and time in stage' })
  @ApiNotFoundResponse({ description: 'OPENING_NOT_FOUND' })
  listApplications(@Param() { openingId }: OpeningParamsDto, @Query() query: ApplicationListQueryDto) {
    return this.applications.listForOpening(openingId, query);
  }
}
