import { MigrationInterface, QueryRunner } from 'typeorm';

export class Scorecards1796024577115 implements MigrationInterface {
  name = 'Scorecards1796024577115';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "application_competency_score" (
                "application_id" uuid NOT NULL,
                "competency_key" character varying(32) NOT NULL,
                "rating_sum" integer NOT NULL,
                "rating_count" integer NOT NULL,
                CONSTRAINT "PK_a5faedbc18ee33eeeaf8c4824c3" PRIMARY KEY ("application_id", "competency_key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "calibration_contribution" (
                "application_id" uuid NOT NULL,
                "interviewer_id" uuid NOT NULL,
                "diff_sum" double precision NOT NULL,
                "n" integer NOT NULL,
                CONSTRAINT "PK_c61a685fae12565280e720178d7" PRIMARY KEY ("application_id", "interviewer_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_calibration_contribution_interviewer_id" ON "calibration_contribution" ("interviewer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "interviewer_calibration" (
                "interviewer_id" uuid NOT NULL,
                "diff_sum" double precision NOT NULL,
                "n" integer NOT NULL,
                CONSTRAINT "PK_a126c58e05ef80492d4710ee9d3" PRIMARY KEY ("interviewer_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "scorecard" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "interview_id" uuid NOT NULL,
                "interviewer_id" uuid NOT NULL,
                "application_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'draft',
                "recommendation" character varying(16),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_scorecard_submitted" CHECK (
                    ("status" = 'submitted') = ("submitted_at" IS NOT NULL)
                ),
                CONSTRAINT "ck_scorecard_recommendation" CHECK (
                    "recommendation" IS NULL
                    OR "recommendation" IN (
                        'definitely_not',
                        'no',
                        'yes',
                        'strong_yes',
                        'no_decision'
                    )
                ),
                CONSTRAINT "ck_scorecard_status" CHECK ("status" IN ('draft', 'submitted')),
                CONSTRAINT "PK_bcadf4539dab46678db1748dcd1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_scorecard_interviewer_id" ON "scorecard" ("interviewer_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_scorecard_application_id" ON "scorecard" ("application_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_scorecard_interview_interviewer" ON "scorecard" ("interview_id", "interviewer_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "scorecard_amendment" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "scorecard_id" uuid NOT NULL,
                "author_id" uuid NOT NULL,
                "reason" text NOT NULL,
                "before" jsonb NOT NULL,
                "after" jsonb NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_8dae7327304662df003b9ba251f" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_scorecard_amendment_scorecard_id" ON "scorecard_amendment" ("scorecard_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "scorecard_rating" (
                "scorecard_id" uuid NOT NULL,
                "competency_key" character varying(32) NOT NULL,
                "rating" smallint,
                "evidence" text NOT NULL DEFAULT '',
                "position" smallint NOT NULL,
                CONSTRAINT "ck_scorecard_rating_rating" CHECK (
                    "rating" IS NULL
                    OR "rating" BETWEEN 1 AND 4
                ),
                CONSTRAINT "PK_039d62fb6e4b3bdc4df0ff10495" PRIMARY KEY ("scorecard_id", "competency_key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "application_competency_score"
            ADD CONSTRAINT "FK_541c7dddada0c54f699cfcb2c61" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_competency_score"
            ADD CONSTRAINT "FK_f0567197c56d1023ac505c932de" FOREIGN KEY ("competency_key") REFERENCES "competency"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calibration_contribution"
            ADD CONSTRAINT "FK_00cb95513fed148e39d51bea317" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "calibration_contribution"
            ADD CONSTRAINT "FK_c758e373de5f00a246dfb35950d" FOREIGN KEY ("interviewer_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interviewer_calibration"
            ADD CONSTRAINT "FK_a126c58e05ef80492d4710ee9d3" FOREIGN KEY ("interviewer_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard"
            ADD CONSTRAINT "FK_9affe24ad736d2244619be6160c" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard"
            ADD CONSTRAINT "FK_c88581fdfa19f1b2c124682e515" FOREIGN KEY ("interviewer_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard"
            ADD CONSTRAINT "FK_c4e94403b26bba6c51529273ab2" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_amendment"
            ADD CONSTRAINT "FK_eff1648f62f3b5efab776eb9ead" FOREIGN KEY ("scorecard_id") REFERENCES "scorecard"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_amendment"
            ADD CONSTRAINT "FK_3d51f1d47a9c78ed111a3c7ec2d" FOREIGN KEY ("author_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_rating"
            ADD CONSTRAINT "FK_e08c562fcb0b9b14f001d30ace7" FOREIGN KEY ("scorecard_id") REFERENCES "scorecard"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_rating"
            ADD CONSTRAINT "FK_168ff048413ec6eed54814d35cf" FOREIGN KEY ("competency_key") REFERENCES "competency"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "scorecard_rating" DROP CONSTRAINT "FK_168ff048413ec6eed54814d35cf"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_rating" DROP CONSTRAINT "FK_e08c562fcb0b9b14f001d30ace7"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_amendment" DROP CONSTRAINT "FK_3d51f1d47a9c78ed111a3c7ec2d"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard_amendment" DROP CONSTRAINT "FK_eff1648f62f3b5efab776eb9ead"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard" DROP CONSTRAINT "FK_c4e94403b26bba6c51529273ab2"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard" DROP CONSTRAINT "FK_c88581fdfa19f1b2c124682e515"
        `);
    await queryRunner.query(`
            ALTER TABLE "scorecard" DROP CONSTRAINT "FK_9affe24ad736d2244619be6160c"
        `);
    await queryRunner.query(`
            ALTER TABLE "interviewer_calibration" DROP CONSTRAINT "FK_a126c58e05ef80492d4710ee9d3"
        `);
    await queryRunner.query(`
            ALTER TABLE "calibration_contribution" DROP CONSTRAINT "FK_c758e373de5f00a246dfb35950d"
        `);
    await queryRunner.query(`
            ALTER TABLE "calibration_contribution" DROP CONSTRAINT "FK_00cb95513fed148e39d51bea317"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_competency_score" DROP CONSTRAINT "FK_f0567197c56d1023ac505c932de"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_competency_score" DROP CONSTRAINT "FK_541c7dddada0c54f699cfcb2c61"
        `);
    await queryRunner.query(`
            DROP TABLE "scorecard_rating"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_scorecard_amendment_scorecard_id"
        `);
    await queryRunner.query(`
            DROP TABLE "scorecard_amendment"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_scorecard_interview_interviewer"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_scorecard_application_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_scorecard_interviewer_id"
        `);
    await queryRunner.query(`
            DROP TABLE "scorecard"
        `);
    await queryRunner.query(`
            DROP TABLE "interviewer_calibration"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_calibration_contribution_interviewer_id"
        `);
    await queryRunner.query(`
            DROP TABLE "calibration_contribution"
        `);
    await queryRunner.query(`
            DROP TABLE "application_competency_score"
        `);
  }
}
