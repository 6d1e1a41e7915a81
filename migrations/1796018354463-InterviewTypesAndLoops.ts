import { MigrationInterface, QueryRunner } from 'typeorm';

export class InterviewTypesAndLoops1796018354463 implements MigrationInterface {
  name = 'InterviewTypesAndLoops1796018354463';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "interview_type" (
                "key" character varying(48) NOT NULL,
                "name" character varying(120) NOT NULL,
                "description" text NOT NULL,
                "duration_minutes" smallint NOT NULL,
                "position" smallint NOT NULL DEFAULT '0',
                "instructions" text NOT NULL,
                "kit_version" integer NOT NULL DEFAULT '1',
                "kit_updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5b9bdae157e700a13b9eb30b149" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_kit_question" (
                "interview_type_key" character varying(48) NOT NULL,
                "position" smallint NOT NULL,
                "prompt" text NOT NULL,
                "good_answer" text NOT NULL,
                CONSTRAINT "PK_3892dac1825056780bd414b9cd9" PRIMARY KEY ("interview_type_key", "position")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_type_competency" (
                "interview_type_key" character varying(48) NOT NULL,
                "competency_key" character varying(32) NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "PK_d66ff57abe5f69bbb3444af7bbb" PRIMARY KEY ("interview_type_key", "competency_key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "interview_kit_rubric_level" (
                "interview_type_key" character varying(48) NOT NULL,
                "competency_key" character varying(32) NOT NULL,
                "level" smallint NOT NULL,
                "description" text NOT NULL,
                CONSTRAINT "chk_interview_kit_rubric_level_range" CHECK (
                    "level" BETWEEN 1 AND 4
                ),
                CONSTRAINT "PK_57e43532880636ea497aea4f5a2" PRIMARY KEY ("interview_type_key", "competency_key", "level")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "role_loop" (
                "role_id" uuid NOT NULL,
                "version" integer NOT NULL DEFAULT '1',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c7611feefa9aa1906bdd67f435f" PRIMARY KEY ("role_id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "role_loop_stage" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "role_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "name" character varying(80) NOT NULL,
                CONSTRAINT "uq_role_loop_stage_name" UNIQUE ("role_id", "name"),
                CONSTRAINT "uq_role_loop_stage_position" UNIQUE ("role_id", "position"),
                CONSTRAINT "PK_044ca6165c50ea79c098ce3fb61" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "role_loop_stage_type" (
                "stage_id" uuid NOT NULL,
                "interview_type_key" character varying(48) NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "PK_2757cf1b1a2a4a8a6f79182acbd" PRIMARY KEY ("stage_id", "interview_type_key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_kit_question"
            ADD CONSTRAINT "FK_38775080bfe4ec6dc483e1abc63" FOREIGN KEY ("interview_type_key") REFERENCES "interview_type"("key") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_type_competency"
            ADD CONSTRAINT "FK_6fcb62806fccb4764ee66a30f32" FOREIGN KEY ("interview_type_key") REFERENCES "interview_type"("key") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_type_competency"
            ADD CONSTRAINT "FK_dc47bfdff5ebb8b94e1abe7c46a" FOREIGN KEY ("competency_key") REFERENCES "competency"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_kit_rubric_level"
            ADD CONSTRAINT "FK_fe2f75ebdc9a9f45bcee91d48e5" FOREIGN KEY ("interview_type_key", "competency_key") REFERENCES "interview_type_competency"("interview_type_key", "competency_key") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_loop"
            ADD CONSTRAINT "FK_c7611feefa9aa1906bdd67f435f" FOREIGN KEY ("role_id") REFERENCES "role"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_loop_stage"
            ADD CONSTRAINT "FK_86425ab40030f83a443b4b2b8a5" FOREIGN KEY ("role_id") REFERENCES "role_loop"("role_id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_loop_stage_type"
            ADD CONSTRAINT "FK_a963d569c6e5be46b44e0eb9e3a" FOREIGN KEY ("stage_id") REFERENCES "role_loop_stage"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_loop_stage_type"
            ADD CONSTRAINT "FK_38dea45623ba5a2b50cb0c6c4f9" FOREIGN KEY ("interview_type_key") REFERENCES "interview_type"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "role_loop_stage_type" DROP CONSTRAINT "FK_38dea45623ba5a2b50cb0c6c4f9"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_loop_stage_type" DROP CONSTRAINT "FK_a963d569c6e5be46b44e0eb9e3a"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_loop_stage" DROP CONSTRAINT "FK_86425ab40030f83a443b4b2b8a5"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_loop" DROP CONSTRAINT "FK_c7611feefa9aa1906bdd67f435f"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_kit_rubric_level" DROP CONSTRAINT "FK_fe2f75ebdc9a9f45bcee91d48e5"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_type_competency" DROP CONSTRAINT "FK_dc47bfdff5ebb8b94e1abe7c46a"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_type_competency" DROP CONSTRAINT "FK_6fcb62806fccb4764ee66a30f32"
        `);
    await queryRunner.query(`
            ALTER TABLE "interview_kit_question" DROP CONSTRAINT "FK_38775080bfe4ec6dc483e1abc63"
        `);
    await queryRunner.query(`
            DROP TABLE "role_loop_stage_type"
        `);
    await queryRunner.query(`
            DROP TABLE "role_loop_stage"
        `);
    await queryRunner.query(`
            DROP TABLE "role_loop"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_kit_rubric_level"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_type_competency"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_kit_question"
        `);
    await queryRunner.query(`
            DROP TABLE "interview_type"
        `);
  }
}
