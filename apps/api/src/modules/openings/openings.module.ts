import { Module } from '@nestjs/common';
import { ApplicationsController } from './applications.controller.js';
import { ApplicationsService } from './applications.service.js';
import { OpeningsController } from './openings.controller.js';
import { OpeningsService } from './openings.service.js';

/** Openings (with their own copy of the role's loop) and the applications moving through them. */
@Module({
  controllers: [OpeningsController, ApplicationsController],
  providers: [OpeningsService, ApplicationsService],
  exports: [ApplicationsService],
})
export class OpeningsModule {}
