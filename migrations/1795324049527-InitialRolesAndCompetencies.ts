import { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialRolesAndCompetencies1795324049527 implements MigrationInterface {
  name = 'InitialRolesAndCompetencies1795324049527';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "competency" (
                "key" character varying(32) NOT NULL,
                "name" character varying(80) NOT NULL,
                "description" text NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "PK_8be34795821a6038fc6bb6ba807" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "role" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "key" character varying(64) NOT NULL,
                "name" character varying(120) NOT NULL,
                "description" text NOT NULL DEFAULT '',
                "position" smallint NOT NULL DEFAULT '0',
                "current_version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_b36bcfe02fc8de3c57a8b2391c2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "IDX_128d7c8c9af53479d0b9e00eb5" ON "role" ("key")
        `);
    await queryRunner.query(`
            CREATE TABLE "role_weights_version" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "role_id" uuid NOT NULL,
                "version" integer NOT NULL,
                "note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "uq_role_weights_version_role_version" UNIQUE ("role_id", "version"),
                CONSTRAINT "PK_46b0a68ff065d18addd86c307db" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "role_weight" (
                "weights_version_id" uuid NOT NULL,
                "competency_key" character varying(32) NOT NULL,
                "weight" double precision NOT NULL,
                CONSTRAINT "chk_role_weight_range" CHECK (
                    "weight" >= 0
                    AND "weight" <= 1
                ),
                CONSTRAINT "PK_920971aca537718908000866517" PRIMARY KEY ("weights_version_id", "competency_key")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "role_weights_version"
            ADD CONSTRAINT "FK_7b7ff05e22b547cb23e9984caa2" FOREIGN KEY ("role_id") REFERENCES "role"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_weight"
            ADD CONSTRAINT "FK_d25741831ae8aa6eda50ece8de8" FOREIGN KEY ("weights_version_id") REFERENCES "role_weights_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "role_weight"
            ADD CONSTRAINT "FK_4bf85f89000becf703d49895525" FOREIGN KEY ("competency_key") REFERENCES "competency"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "role_weight" DROP CONSTRAINT "FK_4bf85f89000becf703d49895525"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_weight" DROP CONSTRAINT "FK_d25741831ae8aa6eda50ece8de8"
        `);
    await queryRunner.query(`
            ALTER TABLE "role_weights_version" DROP CONSTRAINT "FK_7b7ff05e22b547cb23e9984caa2"
        `);
    await queryRunner.query(`
            DROP TABLE "role_weight"
        `);
    await queryRunner.query(`
            DROP TABLE "role_weights_version"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_128d7c8c9af53479d0b9e00eb5"
        `);
    await queryRunner.query(`
            DROP TABLE "role"
        `);
    await queryRunner.query(`
            DROP TABLE "competency"
        `);
  }
}
