import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow, SignedIn } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { RoleParamsDto } from '../roles/roles.dto.js';
import {
  InterviewTypeParamsDto,
  InterviewTypeResponse,
  InterviewTypeSummaryResponse,
  RoleLoopResponse,
  RubricLevelsDto,
  UpdateInterviewKitDto,
  UpdateRoleLoopDto,
} from './interviews.dto.js';
import { InterviewsService } from './interviews.service.js';

@ApiTags('interviews')
@ApiExtraModels(RubricLevelsDto)
@Controller()
export class InterviewsController {
  constructor(private readonly interviews: InterviewsService) {}

  @Get('interview-types')
  @SignedIn()
  @ApiOkResponse({ type: [InterviewTypeSummaryResponse], description: 'The interview-type library, in display order' })
  listTypes() {
    return this.interviews.listTypes();
  }

  @Get('interview-types/:key')
  @SignedIn()
  @ApiOkResponse({ type: InterviewTypeResponse, description: 'The type with its kit (instructions, questions, rubric)' })
  @ApiNotFoundResponse({ description: 'INTERVIEW_TYPE_NOT_FOUND' })
  getType(@Param() { key }: InterviewTypeParamsDto) {
    return this.interviews.getType(key);
  }

  @Put('interview-types/:key/kit')
  @Allow('admin')
  @ApiOkResponse({ type: InterviewTypeResponse, description: 'The type with its new kit' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED or INTERVIEW_KIT_INVALID, naming the field (e.g. rubric.ml.3)' })
  @ApiNotFoundResponse({ description: 'INTERVIEW_TYPE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'INTERVIEW_KIT_VERSION_CONFLICT: a newer kit version was saved since `version`' })
  updateKit(@Ctx() ctx: RequestContext, @Param() { key }: InterviewTypeParamsDto, @Body() body: UpdateInterviewKitDto) {
    return this.interviews.updateKit(ctx, key, body);
  }

  @Get('roles/:roleId/loop')
  @SignedIn()
  @ApiOkResponse({ type: RoleLoopResponse, description: "The role's loop template" })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND' })
  getLoop(@Param() { roleId }: RoleParamsDto) {
    return this.interviews.getLoop(roleId);
  }

  @Put('roles/:roleId/loop')
  @Allow('admin')
  @ApiOkResponse({ type: RoleLoopResponse, description: 'The new loop template' })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED or LOOP_INVALID, naming the field (e.g. stages.2.name)' })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'LOOP_VERSION_CONFLICT: a newer loop version was saved since `version`' })
  updateLoop(@Ctx() ctx: RequestContext, @Param() { roleId }: RoleParamsDto, @Body() body: UpdateRoleLoopDto) {
    return this.interviews.updateLoop(ctx, roleId, body);
  }
}
