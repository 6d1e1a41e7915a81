import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure on request: a tombstone marker on candidate (the row stays, blanked,
 * so counts by channel and month stay) and per-candidate data keys that seal
 * the candidate's audit entries (deleting the key shreds them).
 */
export class CandidateErasure1796014684041 implements MigrationInterface {
  name = 'CandidateErasure1796014684041';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "candidate_data_key" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "candidate_id" uuid NOT NULL,
                "key" bytea NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_22562216942fe4aa016ada5f041" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_candidate_data_key_candidate" ON "candidate_data_key" ("candidate_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate" ADD "erased_at" TIMESTAMP WITH TIME ZONE
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate" ADD CONSTRAINT "ck_candidate_erased_blank" CHECK ("erased_at" IS NULL OR ("search_text" = '' AND "emails" = '{}' AND "affiliations" = '{}' AND "tags" = '{}' AND "notes" = '' AND "location" IS NULL AND "primary_credit" IS NULL AND "links" = '[]'))
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "candidate" DROP CONSTRAINT "ck_candidate_erased_blank"
        `);
    await queryRunner.query(`
            ALTER TABLE "candidate" DROP COLUMN "erased_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_candidate_data_key_candidate"
        `);
    await queryRunner.query(`
            DROP TABLE "candidate_data_key"
        `);
  }
}
