import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow, SignedIn } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { RolesService } from './roles.service.js';
import {
  CompetencyResponse,
  CreateRoleWeightsVersionDto,
  RoleParamsDto,
  RoleResponse,
  RoleVersionParamsDto,
  RoleWeightsVersionResponse,
  RoleWeightsVersionSummaryResponse,
} from './roles.dto.js';

@ApiTags('roles')
@Controller()
export class RolesController {
  constructor(private readonly roles: RolesService) {}

  @Get('competencies')
  @SignedIn()
  @ApiOkResponse({ type: [CompetencyResponse] })
  listCompetencies() {
    return this.roles.listCompetencies();
  }

  @Get('roles')
  @SignedIn()
  @ApiOkResponse({ type: [RoleResponse] })
  listRoles() {
    return this.roles.listRoles();
  }

  @Get('roles/:roleId')
  @SignedIn()
  @ApiOkResponse({ type: RoleResponse })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND' })
  getRole(@Param() { roleId }: RoleParamsDto) {
    return this.roles.getRole(roleId);
  }

  @Get('roles/:roleId/weights')
  @SignedIn()
  @ApiOkResponse({ type: [RoleWeightsVersionSummaryResponse], description: 'Every weights version, newest first' })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND' })
  listVersions(@Param() { roleId }: RoleParamsDto) {
    return this.roles.listVersions(roleId);
  }

  @Get('roles/:roleId/weights/:version')
  @SignedIn()
  @ApiOkResponse({ type: RoleWeightsVersionResponse })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND or ROLE_VERSION_NOT_FOUND' })
  getVersion(@Param() { roleId, version }: RoleVersionParamsDto) {
    return this.roles.getVersion(roleId, version);
  }

  @Post('roles/:roleId/weights')
  @Allow('admin')
  @HttpCode(201)
  @ApiCreatedResponse({ type: RoleWeightsVersionResponse, description: 'The new current version' })
  @ApiNotFoundResponse({ description: 'ROLE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'WEIGHTS_VERSION_CONFLICT: a newer version was saved since baseVersion' })
  createVersion(@Ctx() ctx: RequestContext, @Param() { roleId }: RoleParamsDto, @Body() body: CreateRoleWeightsVersionDto) {
    return this.roles.createVersion(ctx, roleId, body);
  }
}
