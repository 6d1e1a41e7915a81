import { MigrationInterface, QueryRunner } from 'typeorm';

/** The starting list of rejection reasons (DESIGN.md: "rejected with a reason from an editable list"). */
const REJECTION_REASONS: [string, string][] = [
  ['skills-gap', 'Skills gap for the role'],
  ['experience-level', 'Experience level does not match'],
  ['role-filled', 'Role filled'],
  ['candidate-withdrew-interest', 'Candidate withdrew interest'],
  ['compensation-mismatch', 'Compensation mismatch'],
  ['location-visa', 'Location or visa'],
  ['failed-take-home', 'Take-home below the bar'],
  ['no-show', 'No show'],
  ['other', 'Other'],
];

export class OpeningsAndApplications1796018907190 implements MigrationInterface {
  name = 'OpeningsAndApplications1796018907190';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "opening" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "title" character varying(200) NOT NULL,
                "role_id" uuid NOT NULL,
                "level" character varying(16) NOT NULL,
                "headcount" integer NOT NULL,
                "hiring_manager_id" uuid NOT NULL,
                "target_date" date,
                "status" character varying(16) NOT NULL DEFAULT 'open',
                "version" integer NOT NULL DEFAULT '1',
                "loop_version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_opening_headcount" CHECK ("headcount" >= 1),
                CONSTRAINT "ck_opening_level" CHECK (
                    "level" IN ('junior', 'mid', 'senior', 'staff', 'principal')
                ),
                CONSTRAINT "ck_opening_status" CHECK (
                    "status" IN ('open', 'on_hold', 'filled', 'closed')
                ),
                CONSTRAINT "PK_8b433fbb5ac3bc1cda8afc64fa2" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_opening_role_id" ON "opening" ("role_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_opening_created_at_id" ON "opening" ("created_at", "id")
        `);
    await queryRunner.query(`
            CREATE TABLE "opening_stage" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "opening_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                "name" character varying(80) NOT NULL,
                "removed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "PK_680a7a28cd534b100354834ded1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_opening_stage_name" ON "opening_stage" ("opening_id", "name")
            WHERE "removed_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_opening_stage_position" ON "opening_stage" ("opening_id", "position")
            WHERE "removed_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE TABLE "rejection_reason" (
                "key" character varying(48) NOT NULL,
                "label" character varying(120) NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "position" smallint NOT NULL DEFAULT '0',
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_c951b6a84735c9f7bf6728a6e60" PRIMARY KEY ("key")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "application" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "candidate_id" uuid NOT NULL,
                "opening_id" uuid NOT NULL,
                "current_stage_id" uuid NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'active',
                "rejection_reason_key" character varying(48),
                "version" integer NOT NULL DEFAULT '1',
                "stage_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_application_rejection_reason" CHECK (
                    ("status" = 'rejected') = ("rejection_reason_key" IS NOT NULL)
                ),
                CONSTRAINT "ck_application_status" CHECK (
                    "status" IN ('active', 'rejected', 'withdrawn', 'hired')
                ),
                CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_candidate_id" ON "application" ("candidate_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_opening_stage" ON "application" ("opening_id", "current_stage_id")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_application_active_candidate_opening" ON "application" ("candidate_id", "opening_id")
            WHERE "status" = 'active'
        `);
    await queryRunner.query(`
            CREATE TABLE "application_event" (
                "id" BIGSERIAL NOT NULL,
                "application_id" uuid NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "actor_id" uuid,
                "kind" character varying(16) NOT NULL,
                "from_stage_id" uuid,
                "to_stage_id" uuid,
                "from_status" character varying(16),
                "to_status" character varying(16) NOT NULL,
                "reason_key" character varying(48),
                "note" text,
                CONSTRAINT "ck_application_event_kind" CHECK (
                    "kind" IN (
                        'created',
                        'moved',
                        'rejected',
                        'withdrawn',
                        'hired'
                    )
                ),
                CONSTRAINT "PK_dfaa2b28d25fb0223bfd1313f0a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_event_application_at" ON "application_event" ("application_id", "at")
        `);
    await queryRunner.query(`
            CREATE TABLE "opening_member" (
                "opening_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "user_id" uuid NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "ck_opening_member_kind" CHECK ("kind" IN ('recruiter', 'interviewer')),
                CONSTRAINT "PK_31b246db134a1402a240c4799d0" PRIMARY KEY ("opening_id", "kind", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_opening_member_user_id" ON "opening_member" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "opening_stage_type" (
                "stage_id" uuid NOT NULL,
                "interview_type_key" character varying(48) NOT NULL,
                "position" smallint NOT NULL,
                CONSTRAINT "PK_7cbcd39b8ebdb7fd6801a3daccc" PRIMARY KEY ("stage_id", "interview_type_key")
            )
        `);
    // The starting list of rejection reasons; admins rename, add and deactivate them through the API.
    for (const [position, [key, label]] of REJECTION_REASONS.entries()) {
      await queryRunner.query(`INSERT INTO "rejection_reason" ("key", "label", "active", "position") VALUES ($1, $2, true, $3)`, [
        key,
        label,
        position,
      ]);
    }
    await queryRunner.query(`
            ALTER TABLE "opening"
            ADD CONSTRAINT "FK_44fe9cb93426e3887ba77208c33" FOREIGN KEY ("role_id") REFERENCES "role"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "opening"
            ADD CONSTRAINT "FK_a43c2a9b01fe7e14e687d01e599" FOREIGN KEY ("hiring_manager_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_stage"
            ADD CONSTRAINT "FK_5f6f575fca91d353432a00c9ba9" FOREIGN KEY ("opening_id") REFERENCES "opening"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_683077d7193912bff4b23d5d08d" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_ff6dacc540298c0c95b9a90d512" FOREIGN KEY ("opening_id") REFERENCES "opening"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_ed9b0f476f7d3928adcdc6f6932" FOREIGN KEY ("current_stage_id") REFERENCES "opening_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application"
            ADD CONSTRAINT "FK_e488d3fdea81d91d314eddf87cb" FOREIGN KEY ("rejection_reason_key") REFERENCES "rejection_reason"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD CONSTRAINT "FK_a438c3c070f4e044fed183f458c" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD CONSTRAINT "FK_ecf19b24e516cc9c2bb61378602" FOREIGN KEY ("actor_id") REFERENCES "app_user"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD CONSTRAINT "FK_21b5a8a2dae145dcb762e7d757f" FOREIGN KEY ("from_stage_id") REFERENCES "opening_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD CONSTRAINT "FK_ad6a413cc7b4001cb769fe54f66" FOREIGN KEY ("to_stage_id") REFERENCES "opening_stage"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event"
            ADD CONSTRAINT "FK_73718646b8822e375a387ed617f" FOREIGN KEY ("reason_key") REFERENCES "rejection_reason"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_member"
            ADD CONSTRAINT "FK_28ece11e96e279a7cfc938a9899" FOREIGN KEY ("opening_id") REFERENCES "opening"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_member"
            ADD CONSTRAINT "FK_f49b6857852000edec0a7aed835" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_stage_type"
            ADD CONSTRAINT "FK_4382f50147307805a881d7fe19b" FOREIGN KEY ("stage_id") REFERENCES "opening_stage"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_stage_type"
            ADD CONSTRAINT "FK_d66e9898678a45dc135a930b8ac" FOREIGN KEY ("interview_type_key") REFERENCES "interview_type"("key") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "opening_stage_type" DROP CONSTRAINT "FK_d66e9898678a45dc135a930b8ac"
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_stage_type" DROP CONSTRAINT "FK_4382f50147307805a881d7fe19b"
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_member" DROP CONSTRAINT "FK_f49b6857852000edec0a7aed835"
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_member" DROP CONSTRAINT "FK_28ece11e96e279a7cfc938a9899"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP CONSTRAINT "FK_73718646b8822e375a387ed617f"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP CONSTRAINT "FK_ad6a413cc7b4001cb769fe54f66"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP CONSTRAINT "FK_21b5a8a2dae145dcb762e7d757f"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP CONSTRAINT "FK_ecf19b24e516cc9c2bb61378602"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_event" DROP CONSTRAINT "FK_a438c3c070f4e044fed183f458c"
        `);
    await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_e488d3fdea81d91d314eddf87cb"
        `);
    await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_ed9b0f476f7d3928adcdc6f6932"
        `);
    await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_ff6dacc540298c0c95b9a90d512"
        `);
    await queryRunner.query(`
            ALTER TABLE "application" DROP CONSTRAINT "FK_683077d7193912bff4b23d5d08d"
        `);
    await queryRunner.query(`
            ALTER TABLE "opening_stage" DROP CONSTRAINT "FK_5f6f575fca91d353432a00c9ba9"
        `);
    await queryRunner.query(`
            ALTER TABLE "opening" DROP CONSTRAINT "FK_a43c2a9b01fe7e14e687d01e599"
        `);
    await queryRunner.query(`
            ALTER TABLE "opening" DROP CONSTRAINT "FK_44fe9cb93426e3887ba77208c33"
        `);
    await queryRunner.query(`
            DROP TABLE "opening_stage_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_opening_member_user_id"
        `);
    await queryRunner.query(`
            DROP TABLE "opening_member"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_event_application_at"
        `);
    await queryRunner.query(`
            DROP TABLE "application_event"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_application_active_candidate_opening"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_opening_stage"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_candidate_id"
        `);
    await queryRunner.query(`
            DROP TABLE "application"
        `);
    await queryRunner.query(`
            DROP TABLE "rejection_reason"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_opening_stage_position"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_opening_stage_name"
        `);
    await queryRunner.query(`
            DROP TABLE "opening_stage"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_opening_created_at_id"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_opening_role_id"
        `);
    await queryRunner.query(`
            DROP TABLE "opening"
        `);
  }
}
