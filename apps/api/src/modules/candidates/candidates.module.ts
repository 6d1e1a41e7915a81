import { Module } from '@nestjs/common';
import { CandidatesController } from './candidates.controller.js';
import { CandidatesService } from './candidates.service.js';

@Module({ controllers: [CandidatesController], providers: [CandidatesService], exports: [CandidatesService] })
export class CandidatesModule {}
