import { MigrationInterface, QueryRunner } from "typeorm";

export class SubmittedRatings1796027728649 implements MigrationInterface {
    name = 'SubmittedRatings1796027728649'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "submitted_rating" (
                "scorecard_id" uuid NOT NULL,
                "competency_key" character varying(32) NOT NULL,
                "application_id" uuid NOT NULL,
                "opening_id" uuid NOT NULL,
                "interviewer_id" uuid NOT NULL,
                "rating" smallint NOT NULL,
                CONSTRAINT "PK_5b6698d2595efbbcbe4dfa55180" PRIMARY KEY ("scorecard_id", "competency_key")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_submitted_rating_application_id" ON "submitted_rating" ("application_id")
        `);
        await queryRunner.query(`
            CREATE INDEX "ix_submitted_rating_opening" ON "submitted_rating" ("opening_id", "application_id", "competency_key", "interviewer_id", "rating")
        `);
        await queryRunner.query(`
            ALTER TABLE "submitted_rating"
            ADD CONSTRAINT "FK_b9a203e8ff5cb3c4f03ea89c9c8" FOREIGN KEY ("scorecard_id") REFERENCES "scorecard"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        // The ratings already submitted.
        await queryRunner.query(`
            INSERT INTO "submitted_rating" ("scorecard_id", "competency_key", "application_id", "opening_id", "interviewer_id", "rating")
            SELECT s.id, r.competency_key, s.application_id, a.opening_id, s.interviewer_id, r.rating
              FROM scorecard s JOIN scorecard_rating r ON r.scorecard_id = s.id JOIN application a ON a.id = s.application_id
             WHERE s.status = 'submitted' AND r.rating IS NOT NULL
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "submitted_rating" DROP CONSTRAINT "FK_b9a203e8ff5cb3c4f03ea89c9c8"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_submitted_rating_opening"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."ix_submitted_rating_application_id"
        `);
        await queryRunner.query(`
            DROP TABLE "submitted_rating"
        `);
    }

}
