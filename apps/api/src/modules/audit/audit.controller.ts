import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Allow } from '../auth/access.decorator.js';
import { AuditPageResponse, AuditQueryDto, AuditVerificationResponse } from './audit.dto.js';
import { AuditService } from './audit.service.js';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Allow('admin')
  @ApiOkResponse({ type: AuditPageResponse, description: 'Newest first, keyset-paginated' })
  list(@Query() query: AuditQueryDto) {
    return this.audit.list(query);
  }

  @Get('verify')
  @Allow('admin')
  @ApiOkResponse({ type: AuditVerificationResponse })
  verify() {
    return this.audit.verify();
  }
}
