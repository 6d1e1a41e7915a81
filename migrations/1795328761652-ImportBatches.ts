import { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportBatches1795328761652 implements MigrationInterface {
  name = 'ImportBatches1795328761652';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "import_batch" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "created_by" uuid,
                "file_name" character varying(300) NOT NULL,
                "format" character varying(32) NOT NULL,
                "sha256" character(64) NOT NULL,
                "status" character varying(16) NOT NULL,
                "content" text NOT NULL,
                "bibtex_macros" text,
                "summary" jsonb NOT NULL,
                "result" jsonb,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "committed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "ck_import_batch_status" CHECK ("status" IN ('preview', 'committed')),
                CONSTRAINT "PK_f408daa3bbc77ffc37eca041312" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_import_batch_sha256" ON "import_batch" ("sha256")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_import_batch_created_at" ON "import_batch" ("created_at")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "public"."ix_import_batch_created_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_import_batch_sha256"
        `);
    await queryRunner.query(`
            DROP TABLE "import_batch"
        `);
  }
}
