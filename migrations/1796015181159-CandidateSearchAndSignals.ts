import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Lists that stay fast at 100k candidates:
 * - (sort key, id) indexes, so a cursor page is an index range;
 * - a pg_trgm index for the accent-folded substring search on search_text;
 * - candidate_signal, the quality signals stored per candidate and kept current
 *   by triggers: a statement that changes paper_author, paper, venue_tier,
 *   reimplementation or reimplementation_author marks the candidates it touches
 *   in a temporary table of its own session (so concurrent transactions never wait
 *   on each other's marks), and one deferred trigger per transaction recomputes
 *   them all at commit.
 *   The rules are those of apps/api/src/modules/candidates/candidate-signals.sql.ts
 *   (a test checks the stored values against them).
 */
export class CandidateSearchAndSignals1796015181159 implements MigrationInterface {
  name = 'CandidateSearchAndSignals1796015181159';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_name_key"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_created_at"`);
    await queryRunner.query(`CREATE INDEX "ix_candidate_name_key_id" ON "candidate" ("name_key", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_candidate_created_at_id" ON "candidate" ("created_at", "id")`);
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(`CREATE INDEX "ix_candidate_search_text_trgm" ON "candidate" USING gin ("search_text" gin_trgm_ops)`);

    await queryRunner.query(`
            CREATE TABLE "candidate_signal" (
                "candidate_id" uuid NOT NULL,
                "first_author_top_tier" integer NOT NULL DEFAULT '0',
                "credit_adjusted" numeric(12,6) NOT NULL DEFAULT '0',
                "best_venue_tier" smallint,
                "reproduced_reimplementations" integer NOT NULL DEFAULT '0',
                CONSTRAINT "REL_candidate_signal_candidate" UNIQUE ("candidate_id"),
                CONSTRAINT "PK_candidate_signal" PRIMARY KEY ("candidate_id")
            )
        `);
    await queryRunner.query(`CREATE INDEX "ix_candidate_signal_credit" ON "candidate_signal" ("credit_adjusted", "candidate_id")`);
    await queryRunner.query(
      `CREATE INDEX "ix_candidate_signal_first_author" ON "candidate_signal" ("first_author_top_tier", "candidate_id")`,
    );
    await queryRunner.query(`
            ALTER TABLE "candidate_signal" ADD CONSTRAINT "fk_candidate_signal_candidate" FOREIGN KEY ("candidate_id") REFERENCES "candidate"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    // One row per transaction with marks, keyed by its own transaction id: its insert queues the flush at commit,
    // and no two transactions ever touch the same row. Unlogged: a row never outlives its transaction.
    await queryRunner.query(`CREATE UNLOGGED TABLE "candidate_signal_flush_request" ("txid" bigint PRIMARY KEY)`);

    await queryRunner.query(`
            CREATE FUNCTION candidate_signal_refresh(ids uuid[]) RETURNS void LANGUAGE sql AS $$
              INSERT INTO candidate_signal (candidate_id, first_author_top_tier, credit_adjusted, best_venue_tier, reproduced_reimplementations)
              SELECT c.id, COALESCE(s.first_author_top_tier, 0), COALESCE(s.credit_adjusted, 0), s.best_venue_tier, COALESCE(ri.reproduced, 0)
                FROM candidate c
                LEFT JOIN LATERAL (
                  SELECT count(*) FILTER (WHERE pa.position = 1 AND vt.tier = 1)::int AS first_author_top_tier,
                         COALESCE(round(sum(1.0 / GREATEST(p.author_count, (SELECT count(*) FROM paper_author n WHERE n.paper_id = p.id))::int), 6), 0) AS credit_adjusted,
                         min(vt.tier)::int AS best_venue_tier
                    FROM paper_author pa
                    JOIN paper p ON p.id = pa.paper_id
                    LEFT JOIN venue_tier vt ON vt.venue = p.venue
                   WHERE pa.candidate_id = c.id AND p.acceptance NOT IN ('rejected', 'withdrawn', 'preprint')
                ) s ON true
                LEFT JOIN LATERAL (
                  SELECT count(*)::int AS reproduced
                    FROM reimplementation_author ra
                    JOIN reimplementation r ON r.id = ra.reimplementation_id
                   WHERE ra.candidate_id = c.id AND r.reproduced
                ) ri ON true
               WHERE c.id = ANY(ids)
               ORDER BY c.id
              ON CONFLICT (candidate_id) DO UPDATE SET
                first_author_top_tier = EXCLUDED.first_author_top_tier,
                credit_adjusted = EXCLUDED.credit_adjusted,
                best_venue_tier = EXCLUDED.best_venue_tier,
                reproduced_reimplementations = EXCLUDED.reproduced_reimplementations
            $$
        `);
    // Marks candidates in the session's own temporary table (emptied at every commit) and asks for one flush.
    await queryRunner.query(`
            CREATE FUNCTION candidate_signal_mark(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
            BEGIN
              IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
              IF to_regclass('pg_temp.candidate_signal_dirty') IS NULL THEN
                CREATE TEMP TABLE candidate_signal_dirty (candidate_id uuid PRIMARY KEY) ON COMMIT DELETE ROWS;
              END IF;
              INSERT INTO pg_temp.candidate_signal_dirty (candidate_id) SELECT unnest(ids) ON CONFLICT DO NOTHING;
              INSERT INTO candidate_signal_flush_request (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
            END $$
        `);
    // Fires once per transaction, at commit: recomputes every marked candidate in one statement.
    await queryRunner.query(`
            CREATE FUNCTION candidate_signal_flush() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE ids uuid[];
            BEGIN
              SELECT array_agg(candidate_id) INTO ids FROM pg_temp.candidate_signal_dirty;
              DELETE FROM pg_temp.candidate_signal_dirty;
              DELETE FROM candidate_signal_flush_request WHERE txid = NEW.txid;
              IF ids IS NOT NULL THEN PERFORM candidate_signal_refresh(ids); END IF;
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(`
            CREATE CONSTRAINT TRIGGER candidate_signal_flush AFTER INSERT ON candidate_signal_flush_request
              DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION candidate_signal_flush()
        `);

    // Which candidates a statement touches, per table. Authors of a paper all move when its author list,
    // acceptance or venue changes (the 1/n credit depends on the number of authors).
    const marks: Record<string, string> = {
      paper_author: `SELECT pa.candidate_id FROM paper_author pa WHERE pa.paper_id IN (SELECT paper_id FROM changed) AND pa.candidate_id IS NOT NULL
                     UNION SELECT candidate_id FROM changed WHERE candidate_id IS NOT NULL`,
      paper: `SELECT pa.candidate_id FROM paper_author pa WHERE pa.paper_id IN (SELECT id FROM changed) AND pa.candidate_id IS NOT NULL`,
      venue_tier: `SELECT pa.candidate_id FROM paper_author pa JOIN paper p ON p.id = pa.paper_id
                   WHERE p.venue IN (SELECT venue FROM changed) AND pa.candidate_id IS NOT NULL`,
      reimplementation: `SELECT ra.candidate_id FROM reimplementation_author ra WHERE ra.reimplementation_id IN (SELECT id FROM changed)`,
      reimplementation_author: `SELECT candidate_id FROM changed`,
    };
    for (const [table, select] of Object.entries(marks)) {
      for (const [event, rows] of [
        ['INSERT', 'new_rows'],
        ['UPDATE', 'new_rows'],
        ['DELETE', 'old_rows'],
      ] as const) {
        if ((table === 'paper' || table === 'reimplementation') && event !== 'UPDATE') continue;
        const fn = `candidate_signal_mark_${table}_${event.toLowerCase()}`;
        await queryRunner.query(`
            CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM candidate_signal_mark(ARRAY(SELECT DISTINCT x.candidate_id FROM (WITH changed AS (SELECT * FROM ${rows}) ${select}) x));
              RETURN NULL;
            END $$
        `);
        const transition = event === 'DELETE' ? 'OLD TABLE AS old_rows' : 'NEW TABLE AS new_rows';
        await queryRunner.query(
          `CREATE TRIGGER ${fn} AFTER ${event} ON "${table}" REFERENCING ${transition} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
        // An UPDATE also unlinks the old rows' candidates (a merge moves paper_author rows from one candidate to another).
        if (event === 'UPDATE' && (table === 'paper_author' || table === 'reimplementation_author' || table === 'venue_tier')) {
          const oldFn = `${fn}_old`;
          await queryRunner.query(`
            CREATE FUNCTION ${oldFn}() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              PERFORM candidate_signal_mark(ARRAY(SELECT DISTINCT x.candidate_id FROM (WITH changed AS (SELECT * FROM old_rows) ${select}) x));
              RETURN NULL;
            END $$
          `);
          await queryRunner.query(
            `CREATE TRIGGER ${oldFn} AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${oldFn}()`,
          );
        }
      }
    }
    // Every candidate has a row (zeros until evidence arrives), so sorting by a signal is an index scan.
    await queryRunner.query(`
            CREATE FUNCTION candidate_signal_init() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
              INSERT INTO candidate_signal (candidate_id) SELECT id FROM new_rows ON CONFLICT DO NOTHING;
              RETURN NULL;
            END $$
        `);
    await queryRunner.query(
      `CREATE TRIGGER candidate_signal_init AFTER INSERT ON candidate REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION candidate_signal_init()`,
    );
    await queryRunner.query(`SELECT candidate_signal_refresh(ARRAY(SELECT id FROM candidate))`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER candidate_signal_init ON candidate`);
    await queryRunner.query(`DROP FUNCTION candidate_signal_init()`);
    for (const table of ['paper_author', 'paper', 'venue_tier', 'reimplementation', 'reimplementation_author']) {
      for (const event of ['insert', 'update', 'delete']) {
        for (const suffix of ['', '_old']) {
          const fn = `candidate_signal_mark_${table}_${event}${suffix}`;
          await queryRunner.query(`DROP TRIGGER IF EXISTS ${fn} ON "${table}"`);
          await queryRunner.query(`DROP FUNCTION IF EXISTS ${fn}()`);
        }
      }
    }
    await queryRunner.query(`DROP TRIGGER candidate_signal_flush ON candidate_signal_flush_request`);
    await queryRunner.query(`DROP FUNCTION candidate_signal_flush()`);
    await queryRunner.query(`DROP FUNCTION candidate_signal_mark(uuid[])`);
    await queryRunner.query(`DROP FUNCTION candidate_signal_refresh(uuid[])`);
    await queryRunner.query(`DROP TABLE "candidate_signal_flush_request"`);
    await queryRunner.query(`DROP TABLE "candidate_signal"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_search_text_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_created_at_id"`);
    await queryRunner.query(`DROP INDEX "public"."ix_candidate_name_key_id"`);
    await queryRunner.query(`CREATE INDEX "ix_candidate_created_at" ON "candidate" ("created_at")`);
    await queryRunner.query(`CREATE INDEX "ix_candidate_name_key" ON "candidate" ("name_key")`);
  }
}
