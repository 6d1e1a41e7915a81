import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
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
import { PIPELINE_READERS } from '../openings/openings.controller.js';
import { ApplicationParamsDto, OpeningParamsDto } from '../openings/openings.dto.js';
import { InterviewParamsDto } from '../scheduling/scheduling.dto.js';
import { ScorecardsService } from './scorecards.service.js';
import { ScoresService } from './scores.service.js';
import {
  AmendScorecardDto,
  ApplicationScoreResponse,
  ApplicationScorecardsResponse,
  CalibrationQueryDto,
  CalibrationReportResponse,
  LeaderboardQueryDto,
  LeaderboardResponse,
  RoleLeaderboardParamsDto,
  SaveScorecardDraftDto,
  ScorecardParamsDto,
  ScorecardResponse,
  SubmitScorecardDto,
} from './scorecards.dto.js';

const BLIND = 'An interviewer sees only their own scorecards until their own on the application is submitted (blinded: true)';

@ApiTags('scorecards')
@Controller()
export class ScorecardsController {
  constructor(
    private readonly scorecards: ScorecardsService,
    private readonly scores: ScoresService,
  ) {}

  @Get('interviews/:interviewId/scorecard')
  @Allow('interviewer')
  @ApiOkResponse({ type: ScorecardResponse, description: "The caller's own scorecard for the interview" })
  @ApiNotFoundResponse({ description: 'SCORECARD_NOT_FOUND when none was saved yet' })
  mine(@Ctx() ctx: RequestContext, @Param() { interviewId }: InterviewParamsDto) {
    return this.scorecards.mine(ctx, interviewId);
  }

  @Put('interviews/:interviewId/scorecard')
  @Allow('interviewer')
  @ApiOkResponse({ type: ScorecardResponse, description: 'The saved draft (version 0 creates it)' })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED naming ratings.N.rating, ratings.N.competency, ratings.N.evidence or recommendation',
  })
  @ApiNotFoundResponse({ description: 'SCORECARD_NOT_FOUND (a version other than 0 with no scorecard yet)' })
  @ApiConflictResponse({
    description:
      'SCORECARD_EXISTS (version 0, one exists), SCORECARD_VERSION_CONFLICT (with currentVersion), SCORECARD_SUBMITTED or INTERVIEW_CLOSED; nothing was written',
  })
  save(@Ctx() ctx: RequestContext, @Param() { interviewId }: InterviewParamsDto, @Body() body: SaveScorecardDraftDto) {
    return this.scorecards.saveDraft(ctx, interviewId, body);
  }

  @Post('interviews/:interviewId/scorecard/submit')
  @Allow('interviewer')
  @HttpCode(200)
  @ApiOkResponse({ type: ScorecardResponse, description: 'Submitted and locked; the application’s scores are updated' })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED naming every missing rating (ratings.N), evidence (ratings.N.evidence) and recommendation',
  })
  @ApiNotFoundResponse({ description: 'SCORECARD_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SCORECARD_VERSION_CONFLICT, SCORECARD_SUBMITTED or INTERVIEW_CLOSED' })
  submit(@Ctx() ctx: RequestContext, @Param() { interviewId }: InterviewParamsDto, @Body() body: SubmitScorecardDto) {
    return this.scorecards.submit(ctx, interviewId, body.version);
  }

  @Post('scorecards/:scorecardId/amendments')
  @Allow('interviewer')
  @HttpCode(201)
  @ApiCreatedResponse({ type: ScorecardResponse, description: 'The amended scorecard; the amendment keeps what it replaced' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming reason, ratings.N.rating, ratings.N.competency or ratings.N.evidence' })
  @ApiNotFoundResponse({ description: 'SCORECARD_NOT_FOUND' })
  @ApiConflictResponse({ description: 'SCORECARD_NOT_SUBMITTED (a draft) or SCORECARD_VERSION_CONFLICT' })
  amend(@Ctx() ctx: RequestContext, @Param() { scorecardId }: ScorecardParamsDto, @Body() body: AmendScorecardDto) {
    return this.scorecards.amend(ctx, scorecardId, body);
  }

  @Get('applications/:applicationId/scorecards')
  @Allow(...PIPELINE_READERS, 'interviewer')
  @ApiOkResponse({ type: ApplicationScorecardsResponse, description: `Submitted ones and the caller's own drafts. ${BLIND}` })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  forApplication(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto) {
    return this.scorecards.forApplication(ctx, applicationId);
  }

  @Get('applications/:applicationId/score')
  @Allow(...PIPELINE_READERS, 'interviewer')
  @ApiOkResponse({ type: ApplicationScoreResponse, description: "Raw and calibrated, with the role's current weights version" })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  score(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto) {
    return this.scores.applicationScore(ctx, applicationId);
  }

  @Get('openings/:openingId/leaderboard')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({ type: LeaderboardResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming view, minCoverage, channel, sort, order, page or pageSize' })
  @ApiNotFoundResponse({ description: 'OPENING_NOT_FOUND' })
  openingLeaderboard(@Ctx() ctx: RequestContext, @Param() { openingId }: OpeningParamsDto, @Query() query: LeaderboardQueryDto) {
    return this.scores.openingLeaderboard(ctx, openingId, query);
  }

  @Get('roles/:roleId/leaderboard')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({
    type: LeaderboardResponse,
    description: 'Every opening of the role (a recruiter: the openings whose team they may work on)',
  })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming the field' })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND' })
  roleLeaderboard(@Ctx() ctx: RequestContext, @Param() { roleId }: RoleLeaderboardParamsDto, @Query() query: LeaderboardQueryDto) {
    return this.scores.roleLeaderboard(ctx, roleId, query);
  }

  @Get('calibration/interviewers')
  @Allow('admin', 'hiring_manager')
  @ApiOkResponse({ type: CalibrationReportResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming roleId' })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND' })
  calibration(@Query() { roleId }: CalibrationQueryDto) {
    return this.scores.calibrationReport(roleId);
  }
}
