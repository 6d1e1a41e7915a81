import { MigrationInterface, QueryRunner } from 'typeorm';

export class TakeHomes1796019959859 implements MigrationInterface {
  name = 'TakeHomes1796019959859';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "take_home" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "application_id" uuid NOT NULL,
                "stage_id" uuid NOT NULL,
                "state" character varying(16) NOT NULL,
                "due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "submitted_at" TIMESTAMP WITH TIME ZONE,
                "submission_url" character varying(2000),
                "submission_note" text,
                "graded_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_take_home_submission" CHECK (
                    "state" = 'sent'
                    OR "submission_url" IS NOT NULL
                    OR "submission_note" IS NOT NULL
                ),
                CONSTRAINT "ck_take_home_state" CHECK ("state" IN ('sent', 'submitted', 'graded')),
                CONSTRAINT "PK_aedc1fbb5bfbd6f932e5db06ef6" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_take_home_application_id" ON "take_home" ("application_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "take_home_grade" (
                "take_home_id" uuid NOT NULL,
                "grader_id" uuid NOT NULL,
                "grade" smallint NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "ck_take_home_grade_grade" CHECK (
                    "grade" BETWEEN 1 AND 4
                ),
                CONSTRAINT "PK_f27bb0ff2d5bf6c422bd510b12b" PRIMARY KEY ("take_home_id", "grader_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "take_home"
            ADD CONSTRAINT "FK_f2f515ac0143e41f15daccd1caf" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "take_home"
            ADD CONSTRAINT "FK_3d84885dbd7e60a4ca507895a5c" FOREIGN KEY ("stage_id") REFERENCES "opening_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "take_home_grade"
            ADD CONSTRAINT "FK_56ee56c1a3e25a2363d4d9a9848" FOREIGN KEY ("take_home_id") REFERENCES "take_home"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "take_home_grade"
            ADD CONSTRAINT "FK_ac72cc151c5abf26722e0016a10" FOREIGN KEY ("grader_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "take_home_grade" DROP CONSTRAINT "FK_ac72cc151c5abf26722e0016a10"
        `);
    await queryRunner.query(`
            ALTER TABLE "take_home_grade" DROP CONSTRAINT "FK_56ee56c1a3e25a2363d4d9a9848"
        `);
    await queryRunner.query(`
            ALTER TABLE "take_home" DROP CONSTRAINT "FK_3d84885dbd7e60a4ca507895a5c"
        `);
    await queryRunner.query(`
            ALTER TABLE "take_home" DROP CONSTRAINT "FK_f2f515ac0143e41f15daccd1caf"
        `);
    await queryRunner.query(`
            DROP TABLE "take_home_grade"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_take_home_application_id"
        `);
    await queryRunner.query(`
            DROP TABLE "take_home"
        `);
  }
}
