import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/password-hasher.js';
import { DEMO_PASSWORD } from '../users/bootstrap-users.js';
import { generatePipelineData } from './pipeline-data.js';

/** How many people the demo pipeline interviews: enough for every chart and the leaderboard to say something. */
export const DEMO_PIPELINE_CANDIDATES = 180;
// Any fixed number, distinct from the others: two instances starting on one database seed it once.
const DEMO_PIPELINE_LOCK = 7_301_2028;

/**
 * A demo hiring pipeline for a first `npm start`: one opening per role, managed by the demo hiring
 * manager, with a year of applications, stage history, interviews and submitted scorecards by eight
 * demo interviewers and the demo interviewer (who also has scorecards due). Seeded only into a
 * database without openings, after the demo candidates (which it leaves out of the pipeline).
 */
@Injectable()
export class DemoPipeline {
  private readonly logger = new Logger('Bootstrap');

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Answers how many applications it created (0 when the database already had openings or no demo users). */
  async seed(): Promise<number> {
    const runner = this.db.createQueryRunner();
    await runner.connect();
    try {
      await runner.query('SELECT pg_advisory_lock($1)', [DEMO_PIPELINE_LOCK]);
      const [{ openings }] = (await runner.query(`SELECT count(*)::int AS openings FROM opening`)) as { openings: number }[];
      if (openings > 0) return 0;
      const users = (await runner.query(
        `SELECT id, email FROM app_user WHERE email IN ('manager@loopboard.dev', 'interviewer@loopboard.dev')`,
      )) as {
        id: string;
        email: string;
      }[];
      const manager = users.find((u) => u.email === 'manager@loopboard.dev');
      const interviewer = users.find((u) => u.email === 'interviewer@loopboard.dev');
      if (!manager || !interviewer) return 0;
      const counts = await generatePipelineData(runner, {
        candidates: DEMO_PIPELINE_CANDIDATES,
        tag: 'demo',
        passwordHash: await hashPassword(DEMO_PASSWORD),
        openingsPerRole: 1,
        interviewers: 8,
        hiringManagerId: manager.id,
        teamInterviewerIds: [interviewer.id],
        plainNames: true,
        plainTitles: true,
      });
      this.logger.log(`created a demo pipeline: ${counts.applications} applications, ${counts.scorecards} scorecards`);
      return counts.applications;
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [DEMO_PIPELINE_LOCK]).catch(() => undefined);
      await runner.release();
    }
  }
}
