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
import { CandidatesService } from './candidates.service.js';
import {
  ArchiveCandidateDto,
  CandidateDetailResponse,
  CandidatePageResponse,
  CandidateParamsDto,
  CandidateQueryDto,
  CreateCandidateDto,
  CreateEncounterDto,
  EncounterResponse,
  SetVenueTierDto,
  UpdateCandidateDto,
  VenueParamsDto,
  VenueResponse,
} from './candidates.dto.js';

// Interviewers are left out until the pipeline brings their assignments: then they see assigned candidates only.
const READERS = ['admin', 'recruiter', 'hiring_manager'] as const;
const EDITORS = ['admin', 'recruiter'] as const;

@ApiTags('candidates')
@Controller()
export class CandidatesController {
  constructor(private readonly candidates: CandidatesService) {}

  @Get('candidates')
  @Allow(...READERS)
  @ApiOkResponse({ type: CandidatePageResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming the bad filter' })
  list(@Ctx() ctx: RequestContext, @Query() query: CandidateQueryDto) {
    return this.candidates.list(ctx, query);
  }

  @Get('candidates/:candidateId')
  @Allow(...READERS)
  @ApiOkResponse({ type: CandidateDetailResponse })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  get(@Ctx() ctx: RequestContext, @Param() { candidateId }: CandidateParamsDto) {
    return this.candidates.get(ctx, candidateId);
  }

  @Post('candidates')
  @Allow(...EDITORS)
  @HttpCode(201)
  @ApiCreatedResponse({ type: CandidateDetailResponse })
  @ApiConflictResponse({ description: 'CANDIDATE_IDENTITY_TAKEN: a strong key (email, ORCID, …) belongs to another candidate' })
  create(@Ctx() ctx: RequestContext, @Body() body: CreateCandidateDto) {
    return this.candidates.create(ctx, body);
  }

  @Patch('candidates/:candidateId')
  @Allow(...EDITORS)
  @ApiOkResponse({ type: CandidateDetailResponse })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CANDIDATE_VERSION_CONFLICT (with currentVersion) or CANDIDATE_IDENTITY_TAKEN' })
  update(@Ctx() ctx: RequestContext, @Param() { candidateId }: CandidateParamsDto, @Body() body: UpdateCandidateDto) {
    return this.candidates.update(ctx, candidateId, body);
  }

  @Post('candidates/:candidateId/archive')
  @Allow(...EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: CandidateDetailResponse })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CANDIDATE_VERSION_CONFLICT (with currentVersion): nothing was written' })
  archive(@Ctx() ctx: RequestContext, @Param() { candidateId }: CandidateParamsDto, @Body() { version }: ArchiveCandidateDto) {
    return this.candidates.setArchived(ctx, candidateId, true, version);
  }

  @Post('candidates/:candidateId/unarchive')
  @Allow(...EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: CandidateDetailResponse })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CANDIDATE_VERSION_CONFLICT (with currentVersion): nothing was written' })
  unarchive(@Ctx() ctx: RequestContext, @Param() { candidateId }: CandidateParamsDto, @Body() { version }: ArchiveCandidateDto) {
    return this.candidates.setArchived(ctx, candidateId, false, version);
  }

  @Post('candidates/:candidateId/encounters')
  @Allow(...EDITORS)
  @HttpCode(201)
  @ApiCreatedResponse({ type: EncounterResponse })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  addEncounter(@Ctx() ctx: RequestContext, @Param() { candidateId }: CandidateParamsDto, @Body() body: CreateEncounterDto) {
    return this.candidates.addEncounter(ctx, candidateId, body);
  }

  @Get('venues')
  @Allow(...READERS)
  @ApiOkResponse({ type: [VenueResponse], description: 'Every venue with its tier, best tier first' })
  listVenues() {
    return this.candidates.listVenues();
  }

  @Put('venues/:venue')
  @Allow('admin')
  @ApiOkResponse({ type: VenueResponse })
  setVenueTier(@Ctx() ctx: RequestContext, @Param() { venue }: VenueParamsDto, @Body() body: SetVenueTierDto) {
    return this.candidates.setVenueTier(ctx, venue, body);
  }
}
