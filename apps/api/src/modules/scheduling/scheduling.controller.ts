import { Body, Controller, Delete, Get, Header, HttpCode, Param, Patch, Post, Query, Req } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { RequestContext } from '../auth/actor.js';
import { Allow, SignedIn } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { ApplicationParamsDto } from '../openings/openings.dto.js';
import { PIPELINE_EDITORS, PIPELINE_READERS } from '../openings/openings.controller.js';
import { InterviewSchedulingService } from './interviews-scheduling.service.js';
import {
  CancelInterviewQueryDto,
  CreateInterviewDto,
  InterviewParamsDto,
  InterviewResponse,
  MyInterviewsResponse,
  UpdateInterviewDto,
} from './scheduling.dto.js';

const CLOSED = 'INTERVIEW_CLOSED when the interview is cancelled or its application no longer active';

@ApiTags('interviews')
@Controller()
export class SchedulingController {
  constructor(private readonly interviews: InterviewSchedulingService) {}

  @Get('me/interviews')
  @SignedIn()
  @ApiOkResponse({ type: MyInterviewsResponse, description: "The caller's own upcoming interviews and due scorecards" })
  mine(@Ctx() ctx: RequestContext) {
    return this.interviews.mine(ctx);
  }

  @Get('applications/:applicationId/interviews')
  @Allow(...PIPELINE_READERS, 'interviewer')
  @ApiOkResponse({ type: [InterviewResponse], description: 'Cancelled ones included; an interviewer sees only their own' })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  list(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto) {
    return this.interviews.listForApplication(ctx, applicationId);
  }

  @Post('applications/:applicationId/interviews')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(201)
  @ApiCreatedResponse({ type: InterviewResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming interviewTypeKey, interviewerIds.N, startsAt or scorecardDueAt' })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  @ApiConflictResponse({ description: CLOSED })
  create(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: CreateInterviewDto) {
    return this.interviews.create(ctx, applicationId, body);
  }

  @Patch('interviews/:interviewId')
  @Allow(...PIPELINE_EDITORS)
  @ApiOkResponse({ type: InterviewResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming the field' })
  @ApiNotFoundResponse({ description: 'INTERVIEW_NOT_FOUND' })
  @ApiConflictResponse({ description: `INTERVIEW_VERSION_CONFLICT (with currentVersion and current) or ${CLOSED}; nothing was written` })
  update(@Ctx() ctx: RequestContext, @Param() { interviewId }: InterviewParamsDto, @Body() body: UpdateInterviewDto) {
    return this.interviews.update(ctx, interviewId, body);
  }

  @Delete('interviews/:interviewId')
  @Allow(...PIPELINE_EDITORS)
  @ApiOkResponse({ type: InterviewResponse, description: 'Cancelled, kept in the history' })
  @ApiNotFoundResponse({ description: 'INTERVIEW_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INTERVIEW_VERSION_CONFLICT or INTERVIEW_CLOSED (already cancelled)' })
  cancel(@Ctx() ctx: RequestContext, @Param() { interviewId }: InterviewParamsDto, @Query() { version }: CancelInterviewQueryDto) {
    return this.interviews.cancel(ctx, interviewId, version);
  }

  @Get('interviews/:interviewId/invite.ics')
  @Allow(...PIPELINE_READERS, 'interviewer')
  @Header('content-type', 'text/calendar; charset=utf-8')
  @Header('content-disposition', 'attachment; filename="interview.ics"')
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'An iCalendar invite; interviewers get only their own' })
  @ApiNotFoundResponse({ description: 'INTERVIEW_NOT_FOUND' })
  invite(@Ctx() ctx: RequestContext, @Param() { interviewId }: InterviewParamsDto, @Req() request: FastifyRequest) {
    return this.interviews.invite(ctx, interviewId, `${request.protocol}://${request.host}`);
  }
}
