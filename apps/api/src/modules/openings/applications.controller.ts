import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow, SignedIn } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import {
  ApplicationDetailResponse,
  ApplicationParamsDto,
  BulkResultResponse,
  RejectionReasonResponse,
  BulkMoveDto,
  BulkRejectDto,
  CloseApplicationDto,
  CreateApplicationDto,
  MoveApplicationDto,
  PutRejectionReasonDto,
  RejectApplicationDto,
  RejectionReasonParamsDto,
} from './openings.dto.js';
import { ApplicationsService } from './applications.service.js';
import { PIPELINE_EDITORS, PIPELINE_READERS } from './openings.controller.js';

const STALE =
  'APPLICATION_STAGE_CONFLICT with `current` (the application as it is now) when it is no longer active in fromStageId; nothing was written';

@ApiTags('applications')
@Controller()
export class ApplicationsController {
  constructor(private readonly applications: ApplicationsService) {}

  @Get('rejection-reasons')
  @SignedIn()
  @ApiOkResponse({ type: [RejectionReasonResponse], description: 'Deactivated ones included' })
  listReasons() {
    return this.applications.listReasons();
  }

  @Put('rejection-reasons/:reasonKey')
  @Allow('admin')
  @ApiOkResponse({ type: RejectionReasonResponse, description: 'The reason, added or changed' })
  putReason(@Ctx() ctx: RequestContext, @Param() { reasonKey }: RejectionReasonParamsDto, @Body() body: PutRejectionReasonDto) {
    return this.applications.putReason(ctx, reasonKey, body);
  }

  @Post('applications')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(201)
  @ApiCreatedResponse({ type: ApplicationDetailResponse, description: 'Active, in the first stage of the loop' })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND or OPENING_NOT_FOUND' })
  @ApiConflictResponse({ description: 'APPLICATION_EXISTS, CANDIDATE_ARCHIVED, OPENING_NOT_OPEN or OPENING_LOOP_EMPTY' })
  create(@Ctx() ctx: RequestContext, @Body() body: CreateApplicationDto) {
    return this.applications.create(ctx, body);
  }

  @Post('applications/bulk-move')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultResponse, description: 'The new state of every application' })
  @ApiConflictResponse({
    description: 'APPLICATION_STAGE_CONFLICT with `stale`: every stale item and its current state; nothing was written',
  })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND naming the item' })
  bulkMove(@Ctx() ctx: RequestContext, @Body() body: BulkMoveDto) {
    return this.applications.bulkMove(ctx, body);
  }

  @Post('applications/bulk-reject')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: BulkResultResponse, description: 'The new state of every application' })
  @ApiConflictResponse({
    description: 'APPLICATION_STAGE_CONFLICT with `stale`: every stale item and its current state; nothing was written',
  })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND naming the item' })
  bulkReject(@Ctx() ctx: RequestContext, @Body() body: BulkRejectDto) {
    return this.applications.bulkReject(ctx, body);
  }

  @Get('applications/:applicationId')
  @Allow(...PIPELINE_READERS, 'interviewer')
  @ApiOkResponse({
    type: ApplicationDetailResponse,
    description: 'With its full history; interviewers only where they have an interview, and without notes',
  })
  @ApiForbiddenResponse({ description: 'FORBIDDEN for an interviewer with no scheduled interview on this application' })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  get(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto) {
    return this.applications.getFor(ctx, applicationId);
  }

  @Post('applications/:applicationId/move')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDetailResponse })
  @ApiBadRequestResponse({ description: "VALIDATION_FAILED naming toStageId when it is not a stage of the opening's loop" })
  @ApiConflictResponse({ description: STALE })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  move(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: MoveApplicationDto) {
    return this.applications.move(ctx, applicationId, body);
  }

  @Post('applications/:applicationId/reject')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDetailResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming reasonKey when it is unknown or deactivated' })
  @ApiConflictResponse({ description: STALE })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  reject(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: RejectApplicationDto) {
    return this.applications.close(ctx, applicationId, 'rejected', body);
  }

  @Post('applications/:applicationId/withdraw')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDetailResponse })
  @ApiConflictResponse({ description: STALE })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  withdraw(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: CloseApplicationDto) {
    return this.applications.close(ctx, applicationId, 'withdrawn', body);
  }

  @Post('applications/:applicationId/hire')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDetailResponse })
  @ApiConflictResponse({ description: STALE })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  hire(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: CloseApplicationDto) {
    return this.applications.close(ctx, applicationId, 'hired', body);
  }
}
