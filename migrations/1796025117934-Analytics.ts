import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics (issue 7): volunteered demographics, kept apart from the candidate row (admin-only,
 * for the adverse-impact report), and the indexes the dashboard's queries filter on
 * (apps/api/src/modules/analytics/entities/analytics-indexes.ts says which query uses which).
 */
export class Analytics1796025117934 implements MigrationInterface {
  name = 'Analytics1796025117934';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "candidate_demographic" (
                "candidate_id" uuid NOT NULL,
                "gender" character varying(32),
                "ethnicity" character varying(48),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_candidate_demographic_some_answer" CHECK (
                    "gender" IS NOT NULL
                    OR "ethnicity" IS NOT NULL
                ),
                CONSTRAINT "ck_candidate_demographic_ethnicity" CHECK (
                    "ethnicity" IS NULL
                    OR "ethnicity" IN (
                        'asian',
                        'black',
                        'hispanic_or_latino',
                        'middle_eastern_or_north_african',
                        'native_american_or_alaska_native',
                        'pacific_islander',
                        'white',
                        'two_or_more',
                        'another_ethnicity',
                        'prefer_not_to_say'
                    )
                ),
                CONSTRAINT "ck_candidate_demographic_gender" CHECK (
                    "gender" IS NULL
                    OR "gender" IN (
                        'woman',
                        'man',
                        'non_binary',
                        'another_gender',
                        'prefer_not_to_say'
                    )
                ),
                CONSTRAINT "PK_aa6d10c4baf4d1890fdc98aa444" PRIMARY KEY ("candidate_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_created_at" ON "application" ("created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_opening_status" ON "application" ("opening_id", "status")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_interview_starts_at" ON "interview" ("starts_at")
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate_demographic"
            ADD CONSTRAINT "FK_aa6d10c4baf4d1890fdc98aa444" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "candidate_demographic" DROP CONSTRAINT "FK_aa6d10c4baf4d1890fdc98aa444"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_interview_starts_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_opening_status"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_created_at"
        `);
    await queryRunner.query(`
            DROP TABLE "candidate_demographic"
        `);
  }
}
