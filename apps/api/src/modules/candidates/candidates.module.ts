import { Module } from '@nestjs/common';
import { ImportsModule } from '../imports/imports.module.js';
import { CandidateHistoryController } from './candidate-history.controller.js';
import { CandidatesController } from './candidates.controller.js';
import { CandidatesService } from './candidates.service.js';
import { DemoPipeline } from '../demo/demo-pipeline.js';
import { DemoCandidates } from './demo-candidates.js';
import { DuplicatesController } from './duplicates.controller.js';
import { DuplicatesService } from './duplicates.service.js';
import { ErasureController } from './erasure.controller.js';
import { ErasureService } from './erasure.service.js';

@Module({
  // ImportsModule for the demo candidates, which arrive by import as real ones do.
  imports: [ImportsModule],
  controllers: [CandidatesController, CandidateHistoryController, DuplicatesController, ErasureController],
  providers: [CandidatesService, DuplicatesService, ErasureService, DemoCandidates, DemoPipeline],
  exports: [CandidatesService, DuplicatesService],
})
export class CandidatesModule {}
