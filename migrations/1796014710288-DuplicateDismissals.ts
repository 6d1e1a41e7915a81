import { MigrationInterface, QueryRunner } from 'typeorm';

export class DuplicateDismissals1796014710288 implements MigrationInterface {
  name = 'DuplicateDismissals1796014710288';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "duplicate_dismissal" (
                "a_id" uuid NOT NULL,
                "b_id" uuid NOT NULL,
                "dismissed_by" uuid,
                "dismissed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_duplicate_dismissal_order" CHECK ("a_id" < "b_id"),
                CONSTRAINT "PK_1c8b55a4013801b67f85321a223" PRIMARY KEY ("a_id", "b_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_duplicate_dismissal_b" ON "duplicate_dismissal" ("b_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "duplicate_dismissal"
            ADD CONSTRAINT "FK_a4a9e891cfec271133391824d96" FOREIGN KEY ("a_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "duplicate_dismissal"
            ADD CONSTRAINT "FK_c18a39909e480c363951c9bca4f" FOREIGN KEY ("b_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "duplicate_dismissal" DROP CONSTRAINT "FK_c18a39909e480c363951c9bca4f"
        `);
    await queryRunner.query(`
            ALTER TABLE "duplicate_dismissal" DROP CONSTRAINT "FK_a4a9e891cfec271133391824d96"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_duplicate_dismissal_b"
        `);
    await queryRunner.query(`
            DROP TABLE "duplicate_dismissal"
        `);
  }
}
