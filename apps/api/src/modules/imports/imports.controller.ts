import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
} from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import { IMPORT_MAX_BYTES } from '@loopboard/contracts';
import type { RequestContext } from '../auth/actor.js';
import { Allow } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { CommitImportDto, CreateImportDto, ImportParamsDto } from './imports.dto.js';
import { ImportUseCase } from './import.usecase.js';

const IMPORTERS = ['admin', 'recruiter'] as const;

@ApiTags('imports')
@Controller()
export class ImportsController {
  constructor(private readonly imports: ImportUseCase) {}

  @Post('imports')
  @Allow(...IMPORTERS)
  @RouteConfig({ bodyLimit: IMPORT_MAX_BYTES })
  @ApiCreatedResponse({ description: 'The stored preview: parsed people, their matches and what a commit would write' })
  @ApiBadRequestResponse({ description: 'IMPORT_FILE_INVALID naming the problem and line; nothing is stored' })
  @ApiPayloadTooLargeResponse({ description: 'PAYLOAD_TOO_LARGE over 20 MB' })
  preview(@Ctx() ctx: RequestContext, @Body() body: CreateImportDto) {
    return this.imports.preview(ctx, body);
  }

  @Get('imports/:importId')
  @Allow(...IMPORTERS)
  @ApiOkResponse({ description: 'The import batch: its file, status and counts' })
  @ApiNotFoundResponse({ description: 'IMPORT_NOT_FOUND' })
  get(@Ctx() ctx: RequestContext, @Param() { importId }: ImportParamsDto) {
    return this.imports.get(ctx, importId);
  }

  // Polled by the import wizard while a commit runs. The progress lives in the memory of the instance running
  // the commit, so behind a load balancer with several instances the poll must reach that same one (sticky sessions).
  @Get('imports/:importId/progress')
  @Allow(...IMPORTERS)
  @ApiOkResponse({ description: 'How far a running commit is' })
  @ApiNotFoundResponse({ description: 'IMPORT_NOT_FOUND' })
  progress(@Ctx() ctx: RequestContext, @Param() { importId }: ImportParamsDto) {
    return this.imports.progress(ctx, importId);
  }

  @Post('imports/:importId/commit')
  @HttpCode(200)
  @Allow(...IMPORTERS)
  @ApiOkResponse({ description: 'What was written' })
  @ApiNotFoundResponse({ description: 'IMPORT_NOT_FOUND' })
  @ApiConflictResponse({ description: 'IMPORT_ALREADY_COMMITTED, or IMPORT_CONFLICT (nothing written)' })
  commit(@Ctx() ctx: RequestContext, @Param() { importId }: ImportParamsDto, @Body() body: CommitImportDto) {
    return this.imports.commit(ctx, importId, body);
  }
}
