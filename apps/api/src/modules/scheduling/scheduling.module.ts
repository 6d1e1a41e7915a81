import { Module } from '@nestjs/common';
import { InterviewSchedulingService } from './interviews-scheduling.service.js';
import { SchedulingController } from './scheduling.controller.js';
import { TakeHomesController } from './take-homes.controller.js';
import { TakeHomesService } from './take-homes.service.js';

/** Interviews of an application's stages and its take-home: scheduling, invites, and what each interviewer may see. */
@Module({
  controllers: [SchedulingController, TakeHomesController],
  providers: [InterviewSchedulingService, TakeHomesService],
})
export class SchedulingModule {}
