import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { PIPELINE_READERS } from '../openings/openings.controller.js';
import { AnalyticsQueryDto, CandidateParamsDto, ForecastQueryDto, FunnelQueryDto, PutDemographicsDto } from './analytics.dto.js';
import { AdverseImpactService } from './adverse-impact.service.js';
import { AnalyticsService } from './analytics.service.js';

const BAD_FILTER = 'VALIDATION_FAILED naming the field: inverted or over-3-year range, a date far in the future, an unknown filter';
const UNKNOWN_SCOPE = 'OPENING_NOT_FOUND or ROLE_NOT_FOUND for a filter naming nothing';

/** The hiring-manager dashboard's reports (response shapes: libs/contracts/src/analytics.ts). */
@ApiTags('analytics')
@Controller()
export class AnalyticsController {
  constructor(
    private readonly analytics: AnalyticsService,
    private readonly adverseImpact: AdverseImpactService,
  ) {}

  @Get('analytics/funnel')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({
    description: 'FunnelReport: per stage entered, passed, pass-through, time in stage; rejection reasons; stale applications',
  })
  @ApiBadRequestResponse({ description: BAD_FILTER })
  @ApiNotFoundResponse({ description: UNKNOWN_SCOPE })
  funnel(@Query() query: FunnelQueryDto) {
    return this.analytics.funnel(query);
  }

  @Get('analytics/sources')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({ description: 'SourcesReport: by channel and by venue/event, how far applications got and their mean composite' })
  @ApiBadRequestResponse({ description: BAD_FILTER })
  @ApiNotFoundResponse({ description: UNKNOWN_SCOPE })
  sources(@Query() query: AnalyticsQueryDto) {
    return this.analytics.sources(query);
  }

  @Get('analytics/forecast')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({ description: 'ForecastReport: expected hires by the target date, or enoughData false with the reason' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED: openingId missing or not a uuid' })
  @ApiNotFoundResponse({ description: 'OPENING_NOT_FOUND' })
  forecast(@Query() query: ForecastQueryDto) {
    return this.analytics.forecast(query);
  }

  @Get('analytics/interviewer-load')
  @Allow(...PIPELINE_READERS)
  @ApiOkResponse({ description: 'InterviewerLoadReport: interviews per interviewer per ISO week, overdue scorecards' })
  @ApiBadRequestResponse({ description: BAD_FILTER })
  @ApiNotFoundResponse({ description: UNKNOWN_SCOPE })
  interviewerLoad(@Query() query: AnalyticsQueryDto) {
    return this.analytics.interviewerLoad(query);
  }

  @Get('analytics/adverse-impact')
  @Allow('admin')
  @ApiOkResponse({ description: 'AdverseImpactReport: selection and scoring rates per group, impact ratios, flags, Fisher p-values' })
  @ApiBadRequestResponse({ description: BAD_FILTER })
  @ApiNotFoundResponse({ description: UNKNOWN_SCOPE })
  adverseImpactReport(@Query() query: AnalyticsQueryDto) {
    return this.adverseImpact.report(query);
  }

  @Put('candidates/:candidateId/demographics')
  @Allow('admin')
  @ApiOkResponse({ description: 'CandidateDemographics as stored; omitted fields unchanged, null clears' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming gender or ethnicity' })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND (410 CANDIDATE_ERASED for an erased candidate)' })
  putDemographics(@Ctx() ctx: RequestContext, @Param() { candidateId }: CandidateParamsDto, @Body() body: PutDemographicsDto) {
    return this.adverseImpact.putDemographics(ctx, candidateId, body);
  }
}
