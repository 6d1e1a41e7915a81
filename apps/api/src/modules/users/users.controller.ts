import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
import { CreateUserDto, DirectoryUserResponse, UpdateUserDto, UserDirectoryQueryDto, UserParamsDto, UserResponse } from './users.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: [UserResponse] })
  list() {
    return this.users.list();
  }

  /** Active users (id, name, role) for pickers; readable by everyone who sets up openings. */
  @Get('directory')
  @Allow('admin', 'recruiter', 'hiring_manager')
  @ApiOkResponse({ type: [DirectoryUserResponse] })
  @ApiBadRequestResponse({ description: 'VALIDATION_FAILED (role)' })
  directory(@Query() query: UserDirectoryQueryDto) {
    return this.users.directory(query.role);
  }

  @Post()
  @Allow('admin')
  @ApiCreatedResponse({ type: UserResponse })
  @ApiConflictResponse({ description: 'EMAIL_TAKEN' })
  create(@Ctx() ctx: RequestContext, @Body() body: CreateUserDto) {
    return this.users.create(ctx, body);
  }

  @Patch(':userId')
  @Allow('admin')
  @ApiOkResponse({ type: UserResponse })
  @ApiNotFoundResponse({ description: 'USER_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CANNOT_CHANGE_OWN_ACCESS' })
  update(@Ctx() ctx: RequestContext, @Param() { userId }: UserParamsDto, @Body() body: UpdateUserDto) {
    return this.users.update(ctx, userId, body);
  }
}
