import { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountsSessionsAudit1795325437973 implements MigrationInterface {
  name = 'AccountsSessionsAudit1795325437973';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "audit_log" (
                "id" BIGSERIAL NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "actor_id" uuid,
                "actor_email" character varying(320),
                "action" character varying(64) NOT NULL,
                "entity_type" character varying(40) NOT NULL,
                "entity_id" character varying(64),
                "changes" jsonb NOT NULL,
                "request_id" character varying(128),
                "ip" character varying(64),
                "prev_hash" character(64) NOT NULL,
                "hash" character(64) NOT NULL,
                CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_at" ON "audit_log" ("at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_action" ON "audit_log" ("action")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity_type", "entity_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "app_user" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "email" character varying(320) NOT NULL,
                "name" character varying(200) NOT NULL,
                "role" character varying(20) NOT NULL,
                "password_hash" text NOT NULL,
                "active" boolean NOT NULL DEFAULT true,
                "deactivated_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "chk_app_user_role" CHECK (
                    "role" IN (
                        'admin',
                        'recruiter',
                        'hiring_manager',
                        'interviewer'
                    )
                ),
                CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_app_user_email" ON "app_user" ("email")
        `);
    await queryRunner.query(`
            CREATE TABLE "user_session" (
                "token_hash" character(64) NOT NULL,
                "user_id" uuid NOT NULL,
                "csrf_token" character varying(64) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "revoked_at" TIMESTAMP WITH TIME ZONE,
                "ip" character varying(64),
                "user_agent" character varying(400),
                CONSTRAINT "PK_9ccf6d901cef4067214284f327e" PRIMARY KEY ("token_hash")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_user_session_user" ON "user_session" ("user_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "sign_in_attempt" (
                "id" BIGSERIAL NOT NULL,
                "email" character varying(320) NOT NULL,
                "ip" character varying(64) NOT NULL,
                "succeeded" boolean NOT NULL,
                "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_7708f8d7d88593210f3d359f81d" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_attempt_ip_at" ON "sign_in_attempt" ("ip", "at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_sign_in_attempt_email_at" ON "sign_in_attempt" ("email", "at")
        `);
    await queryRunner.query(`
            ALTER TABLE "user_session"
            ADD CONSTRAINT "FK_13275383dcdf095ee29f2b3455a" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // The audit log is append-only: refuse any change to existing rows.
    await queryRunner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$
    `);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_update_delete BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()
    `);
    await queryRunner.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()
    `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER audit_log_no_truncate ON "audit_log"`);
    await queryRunner.query(`DROP TRIGGER audit_log_no_update_delete ON "audit_log"`);
    await queryRunner.query(`DROP FUNCTION audit_log_append_only()`);
    await queryRunner.query(`
            ALTER TABLE "user_session" DROP CONSTRAINT "FK_13275383dcdf095ee29f2b3455a"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_attempt_email_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_sign_in_attempt_ip_at"
        `);
    await queryRunner.query(`
            DROP TABLE "sign_in_attempt"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_user_session_user"
        `);
    await queryRunner.query(`
            DROP TABLE "user_session"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_app_user_email"
        `);
    await queryRunner.query(`
            DROP TABLE "app_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_entity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_actor"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_action"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_log_at"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_log"
        `);
  }
}
