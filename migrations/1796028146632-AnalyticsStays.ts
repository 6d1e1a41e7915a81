import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics at scale (issue 7): application_stay (one row per stay of an application in a stage)
 * and application_reach (the highest loop position each application entered), kept by triggers so
 * every writer of application_event (the API, the data generator, tests writing history with SQL)
 * keeps them, in its own transaction. A statement adding events rewrites the stays of the
 * applications it touched from their whole history (so events may arrive in any order); a statement
 * changing loop positions or names rewrites those of the openings concerned. And interviewer_slot (one
 * row per interviewer per interview, with whether their scorecard is in), kept by triggers on interview,
 * interview_interviewer and scorecard, for the interviewer-load report. Existing data is backfilled.
 */
/** [table, event, function]: a deleted interview takes its seats with it (foreign key), so it needs no trigger. */
const SLOT_TRIGGERS = [
  ['interview', 'INSERT', 'interviewer_slot_on_interview'],
  ['interview', 'UPDATE', 'interviewer_slot_on_interview'],
  ['interview_interviewer', 'INSERT', 'interviewer_slot_on_new'],
  ['interview_interviewer', 'UPDATE', 'interviewer_slot_on_new'],
  ['interview_interviewer', 'DELETE', 'interviewer_slot_on_old'],
  ['scorecard', 'INSERT', 'interviewer_slot_on_new'],
  ['scorecard', 'UPDATE', 'interviewer_slot_on_new'],
  ['scorecard', 'DELETE', 'interviewer_slot_on_old'],
] as const;

export class AnalyticsStays1796028146632 implements MigrationInterface {
  name = 'AnalyticsStays1796028146632';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "application_stay" (
                "event_id" bigint NOT NULL,
                "application_id" uuid NOT NULL,
                "opening_id" uuid NOT NULL,
                "stage_id" uuid NOT NULL,
                "application_created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "left_at" TIMESTAMP WITH TIME ZONE,
                "passed" boolean NOT NULL,
                "first_entry" boolean NOT NULL,
                "first_entry_passed" boolean NOT NULL,
                CONSTRAINT "PK_840005315d5334c5b426a07164f" PRIMARY KEY ("event_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_stay_application_id" ON "application_stay" ("application_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_stay_open" ON "application_stay" ("entered_at")
            WHERE "left_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_stay_opening_open" ON "application_stay" ("opening_id", "entered_at")
            WHERE "left_at" IS NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_stay_opening_created" ON "application_stay" ("opening_id", "application_created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_application_stay_created" ON "application_stay" ("application_created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "application_reach" (
                "application_id" uuid NOT NULL,
                "max_position" smallint NOT NULL,
                CONSTRAINT "PK_e66e6728405ed624c334332634a" PRIMARY KEY ("application_id")
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "application_stay"
            ADD CONSTRAINT "FK_11bc8d7066ab9c79ba7ef2135a4" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "application_reach"
            ADD CONSTRAINT "FK_e66e6728405ed624c334332634a" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);

    await queryRunner.query(`
            CREATE FUNCTION application_stay_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
              DELETE FROM application_stay s USING unnest(ids) u(id) WHERE s.application_id = u.id;
              INSERT INTO application_stay (event_id, application_id, opening_id, stage_id, application_created_at, entered_at, left_at, passed,
                                            first_entry, first_entry_passed)
              SELECT id, application_id, opening_id, to_stage_id, created_at, at, left_at, passed,
                     row_number() OVER (PARTITION BY application_id, name ORDER BY at, id) = 1,
                     row_number() OVER (PARTITION BY application_id, name ORDER BY at, id) = 1 AND bool_or(passed) OVER (PARTITION BY application_id, name)
                FROM (SELECT *, hired OR coalesce(max_pos > position, false) AS passed
                        FROM (SELECT e.id, e.application_id, a.opening_id, a.created_at, e.to_stage_id, e.kind, e.at, st.position, st.name,
                                     a.status = 'hired' AS hired,
                                     lead(e.at) OVER (PARTITION BY e.application_id ORDER BY e.at, e.id) AS left_at,
                                     max(st.position) FILTER (WHERE e.kind IN ('created', 'moved')) OVER (PARTITION BY e.application_id) AS max_pos
                                FROM (SELECT DISTINCT id FROM unnest(ids) u(id)) u
                                JOIN application a ON a.id = u.id
                                JOIN application_event e ON e.application_id = a.id
                                LEFT JOIN opening_stage st ON st.id = e.to_stage_id) x
                       WHERE kind IN ('created', 'moved') AND to_stage_id IS NOT NULL) y;
              DELETE FROM application_reach r USING unnest(ids) u(id) WHERE r.application_id = u.id;
              INSERT INTO application_reach (application_id, max_position)
              SELECT s.application_id, max(st.position) FROM application_stay s JOIN opening_stage st ON st.id = s.stage_id
                JOIN (SELECT DISTINCT id FROM unnest(ids) u(id)) u ON u.id = s.application_id
               GROUP BY s.application_id;
            $$
        `);
    await queryRunner.query(`
            CREATE FUNCTION application_stay_on_event() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM application_stay_refresh(ARRAY(SELECT DISTINCT application_id FROM new_rows));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER application_stay_on_event AFTER INSERT ON "application_event"
              REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION application_stay_on_event()
        `);
    // A loop reorder or rename changes which later stages a stay "got further" to, and which stays share a
    // stage name: rewrite the openings' stays.
    await queryRunner.query(`
            CREATE FUNCTION application_stay_on_reorder() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM application_stay_refresh(ARRAY(
                SELECT a.id FROM application a
                 WHERE a.opening_id IN (SELECT n.opening_id FROM new_rows n JOIN old_rows o ON o.id = n.id
                                          WHERE o.position <> n.position OR o.name <> n.name)));
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE TRIGGER application_stay_on_reorder AFTER UPDATE ON "opening_stage"
              REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION application_stay_on_reorder()
        `);
    await queryRunner.query(`
            CREATE TABLE "interviewer_slot" (
                "interview_id" uuid NOT NULL,
                "user_id" uuid NOT NULL,
                "opening_id" uuid NOT NULL,
                "application_id" uuid NOT NULL,
                "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "scorecard_due_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "scheduled" boolean NOT NULL,
                "submitted" boolean NOT NULL,
                CONSTRAINT "PK_4826cf18bc2c2d2ecc764c5dde5" PRIMARY KEY ("interview_id", "user_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_interviewer_slot_pending_due" ON "interviewer_slot" ("scorecard_due_at")
            WHERE "scheduled"
                AND NOT "submitted"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_interviewer_slot_opening_starts_at" ON "interviewer_slot" ("opening_id", "starts_at")
            WHERE "scheduled"
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_interviewer_slot_starts_at" ON "interviewer_slot" ("starts_at")
            WHERE "scheduled"
        `);
    await queryRunner.query(`
            ALTER TABLE "interviewer_slot"
            ADD CONSTRAINT "FK_427eadc7bd7abd07d5ffef7b362" FOREIGN KEY ("interview_id") REFERENCES "interview"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // One seat per interviewer of an interview, rewritten whenever the interview, its panel or a scorecard on it changes.
    await queryRunner.query(`
            CREATE FUNCTION interviewer_slot_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
              DELETE FROM interviewer_slot s USING unnest(ids) u(id) WHERE s.interview_id = u.id;
              INSERT INTO interviewer_slot (interview_id, user_id, opening_id, application_id, starts_at, scorecard_due_at, scheduled, submitted)
              SELECT i.id, ii.user_id, a.opening_id, i.application_id, i.starts_at, i.scorecard_due_at, i.status = 'scheduled',
                     EXISTS (SELECT 1 FROM scorecard s WHERE s.interview_id = i.id AND s.interviewer_id = ii.user_id AND s.status = 'submitted')
                FROM (SELECT DISTINCT id FROM unnest(ids) u(id)) u
                JOIN interview i ON i.id = u.id
                JOIN interview_interviewer ii ON ii.interview_id = i.id
                JOIN application a ON a.id = i.application_id;
            $$
        `);
    for (const [fn, select] of [
      ['interviewer_slot_on_interview', 'SELECT DISTINCT id FROM new_rows'],
      ['interviewer_slot_on_new', 'SELECT DISTINCT interview_id FROM new_rows'],
      ['interviewer_slot_on_old', 'SELECT DISTINCT interview_id FROM old_rows'],
    ]) {
      await queryRunner.query(`
            CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM interviewer_slot_refresh(ARRAY(${select}));
              RETURN NULL;
            END $$
        `);
    }
    for (const [table, event, fn] of SLOT_TRIGGERS) {
      const transition = event === 'DELETE' ? 'OLD TABLE AS old_rows' : 'NEW TABLE AS new_rows';
      await queryRunner.query(
        `CREATE TRIGGER ${fn}_${event.toLowerCase()} AFTER ${event} ON "${table}" REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
      );
    }
    await queryRunner.query(`SELECT interviewer_slot_refresh(ARRAY(SELECT id FROM interview))`);
    await queryRunner.query(`SELECT application_stay_refresh(ARRAY(SELECT id FROM application))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const [table, event, fn] of SLOT_TRIGGERS) await queryRunner.query(`DROP TRIGGER ${fn}_${event.toLowerCase()} ON "${table}"`);
    for (const fn of ['interviewer_slot_on_interview', 'interviewer_slot_on_new', 'interviewer_slot_on_old']) {
      await queryRunner.query(`DROP FUNCTION ${fn}()`);
    }
    await queryRunner.query(`DROP FUNCTION interviewer_slot_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "interviewer_slot"`);
    await queryRunner.query(`DROP TRIGGER application_stay_on_reorder ON "opening_stage"`);
    await queryRunner.query(`DROP FUNCTION application_stay_on_reorder()`);
    await queryRunner.query(`DROP TRIGGER application_stay_on_event ON "application_event"`);
    await queryRunner.query(`DROP FUNCTION application_stay_on_event()`);
    await queryRunner.query(`DROP FUNCTION application_stay_refresh(uuid[])`);
    await queryRunner.query(`
            ALTER TABLE "application_reach" DROP CONSTRAINT "FK_e66e6728405ed624c334332634a"
        `);
    await queryRunner.query(`
            ALTER TABLE "application_stay" DROP CONSTRAINT "FK_11bc8d7066ab9c79ba7ef2135a4"
        `);
    await queryRunner.query(`
            DROP TABLE "application_reach"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_stay_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_stay_opening_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_stay_opening_open"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_stay_open"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_application_stay_application_id"
        `);
    await queryRunner.query(`
            DROP TABLE "application_stay"
        `);
  }
}
