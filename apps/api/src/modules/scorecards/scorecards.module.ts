import { Module } from '@nestjs/common';
import { ScorecardsController } from './scorecards.controller.js';
import { ScorecardsService } from './scorecards.service.js';
import { ScoresService } from './scores.service.js';

/** Scorecards (draft, submit, amend), the blind rule on every read, scores, leaderboards and interviewer calibration. */
@Module({
  controllers: [ScorecardsController],
  providers: [ScorecardsService, ScoresService],
})
export class ScorecardsModule {}
