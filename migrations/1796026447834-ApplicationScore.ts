import { MigrationInterface, QueryRunner } from "typeorm";

export class ApplicationScore1796026447834 implements MigrationInterface {
    name = 'ApplicationScore1796026447834'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "application_score" (
                "application_id" uuid NOT NULL,
                "weights_version" integer NOT NULL,
                "composite" double precision,
                "coverage" double precision NOT NULL DEFAULT '0',
                "dissent" double precision,
                "submitted_scorecards" integer NOT NULL DEFAULT '0',
                "means" jsonb NOT NULL DEFAULT '[]',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_1ba35a1b5b33e1028718261c1ec" PRIMARY KEY ("application_id")
            )
        `);
        await queryRunner.query(`
            ALTER TABLE "application_score"
            ADD CONSTRAINT "FK_1ba35a1b5b33e1028718261c1ec" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "application_score" DROP CONSTRAINT "FK_1ba35a1b5b33e1028718261c1ec"
        `);
        await queryRunner.query(`
            DROP TABLE "application_score"
        `);
    }

}
