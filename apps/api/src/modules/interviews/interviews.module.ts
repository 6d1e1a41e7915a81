import { Module } from '@nestjs/common';
import { InterviewsController } from './interviews.controller.js';
import { InterviewsService } from './interviews.service.js';

/** The interview-type library (kits) and the loop templates per role. */
@Module({ controllers: [InterviewsController], providers: [InterviewsService], exports: [InterviewsService] })
export class InterviewsModule {}
