import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiGoneResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { RequestContext } from '../auth/actor.js';
import { Allow } from '../auth/access.decorator.js';
import { Ctx } from '../auth/request-context.decorator.js';
import { CandidateParamsDto } from './candidates.dto.js';
import { EraseCandidateDto, ErasureResultResponse } from './erasure.dto.js';
import { ErasureService } from './erasure.service.js';

@ApiTags('candidates')
@Controller()
export class ErasureController {
  constructor(private readonly erasure: ErasureService) {}

  @Post('candidates/:candidateId/erase')
  @Allow('admin')
  @HttpCode(200)
  @ApiOkResponse({ type: ErasureResultResponse })
  @ApiBadRequestResponse({
    description: 'VALIDATION_FAILED naming the field (reason is required, 3–500 characters, without the candidate’s name or email)',
  })
  @ApiNotFoundResponse({ description: 'CANDIDATE_NOT_FOUND' })
  @ApiConflictResponse({ description: 'CANDIDATE_VERSION_CONFLICT (with currentVersion); nothing was erased' })
  @ApiGoneResponse({ description: 'CANDIDATE_ERASED: already erased' })
  erase(@Ctx() ctx: RequestContext, @Param() { candidateId }: CandidateParamsDto, @Body() body: EraseCandidateDto) {
    return this.erasure.erase(ctx, candidateId, body);
  }
}
