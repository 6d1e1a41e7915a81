import { Module } from '@nestjs/common';
import { AdverseImpactService } from './adverse-impact.service.js';
import { AnalyticsController } from './analytics.controller.js';
import { AnalyticsService } from './analytics.service.js';

/** The hiring-manager dashboard's reports, and the volunteered demographics behind the adverse-impact one. */
@Module({
  controllers: [AnalyticsController],
  providers: [AnalyticsService, AdverseImpactService],
})
export class AnalyticsModule {}
