import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { ApplicationParamsDto } from '../openings/openings.dto.js';
import { PIPELINE_EDITORS, PIPELINE_READERS } from '../openings/openings.controller.js';
import { GradeTakeHomeDto, SendTakeHomeDto, SubmitTakeHomeDto, TakeHomeResponse } from './take-homes.dto.js';
import { TakeHomesService } from './take-homes.service.js';

const OUT_OF_ORDER =
  'TAKE_HOME_STATE_CONFLICT naming `state` (with `current`) when the take-home is not in the state this step starts from';

@ApiTags('take-homes')
@Controller('applications/:applicationId/take-home')
export class TakeHomesController {
  constructor(private readonly takeHomes: TakeHomesService) {}

  @Get()
  @Allow(...PIPELINE_READERS, 'interviewer')
  @ApiOkResponse({ type: TakeHomeResponse, description: 'State to_send until it is sent; interviewers only where they have an interview' })
  @ApiNotFoundResponse({ description: "APPLICATION_NOT_FOUND, or TAKE_HOME_NOT_FOUND when none was sent and the stage doesn't run one" })
  get(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto) {
    return this.takeHomes.get(ctx, applicationId);
  }

  @Post('send')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: TakeHomeResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming dueAt (required, in the future)' })
  @ApiConflictResponse({ description: `TAKE_HOME_NOT_IN_STAGE, or ${OUT_OF_ORDER}` })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  send(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: SendTakeHomeDto) {
    return this.takeHomes.send(ctx, applicationId, body);
  }

  @Post('submit')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: TakeHomeResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming url (a link or a note is required)' })
  @ApiConflictResponse({ description: OUT_OF_ORDER })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  submit(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: SubmitTakeHomeDto) {
    return this.takeHomes.submit(ctx, applicationId, body);
  }

  @Post('grade')
  @Allow(...PIPELINE_EDITORS)
  @HttpCode(200)
  @ApiOkResponse({ type: TakeHomeResponse })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED naming grades.N.graderId or grades.N.grade' })
  @ApiConflictResponse({ description: OUT_OF_ORDER })
  @ApiNotFoundResponse({ description: 'APPLICATION_NOT_FOUND' })
  grade(@Ctx() ctx: RequestContext, @Param() { applicationId }: ApplicationParamsDto, @Body() body: GradeTakeHomeDto) {
    return this.takeHomes.grade(ctx, applicationId, body);
  }
}
