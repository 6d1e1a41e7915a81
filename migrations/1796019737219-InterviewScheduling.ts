import { MigrationInterface, QueryRunner } from 'typeorm';

export class InterviewScheduling1796019737219 implements MigrationInterface {
  name = 'InterviewScheduling1796019737219';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interview" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "application_id" uuid NOT NULL,
                "stage_id" uuid NOT NULL,
                "interview_type_key" character varying(48) NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "duration_minutes" smallint NOT NULL,
                "scorecard_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'scheduled',
                "version" integer NOT NULL DEFAULT '1',
                "cancelled_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_interview_due_after_start" CHECK ("scorecard_due_at" > "starts_at"),
                CONSTRAINT "ck_interview_duration" CHECK (
                    "duration_minutes" BETWEEN 5 AND 600
                ),
                CONSTRAINT "ck_interview_status" CHECK ("status" IN ('scheduled', 'cancelled')),
                CONSTRAINT "PK_44c49a4feadefa5c6fa78bfb7d1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_interview_application_id" ON "interview" ("application_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_interviewer" (
                "interview_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "PK_4a4c4c87607ad09398a27697dd7" PRIMARY KEY ("interview_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_interview_interviewer_user_id" ON "interview_interviewer" ("user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "interview"
            ADD CONSTRAINT "FK_de213ff1c7fdd2bf615f89fe048" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview"
            ADD CONSTRAINT "FK_f8a14160eb1c6680b4c1cc47f55" FOREIGN KEY ("stage_id") REFERENCES "opening_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview"
            ADD CONSTRAINT "FK_5fbb8261e058259fd3f93766c9a" FOREIGN KEY ("interview_type_key") REFERENCES "interview_type"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_interviewer"
            ADD CONSTRAINT "FK_a6cea3ed99ad31af0d236d54478" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_interviewer"
            ADD CONSTRAINT "FK_c16b9500da1f698b02c1f5b1eca" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "interview_interviewer" DROP CONSTRAINT "FK_c16b9500da1f698b02c1f5b1eca"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_interviewer" DROP CONSTRAINT "FK_a6cea3ed99ad31af0d236d54478"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview" DROP CONSTRAINT "FK_5fbb8261e058259fd3f93766c9a"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview" DROP CONSTRAINT "FK_f8a14160eb1c6680b4c1cc47f55"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview" DROP CONSTRAINT "FK_de213ff1c7fdd2bf615f89fe048"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_interview_interviewer_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_interviewer"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_interview_application_id"
        `);
    await queryRunner.query(`
            DROP TABLE "interview"
        `);
  }
}
