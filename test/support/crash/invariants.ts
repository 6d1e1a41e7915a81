import 'reflect-metadata';
import { DataSource, type EntityManager } from 'typeorm';
import { dataSourceOptions, verifyAuditChain } from '@loopboard/api/database';
import { recomputeApplicationAggregates } from '@loopboard/api/scorecards';

export interface Check {
  name: string;
  /** Rows (or entries) that break it; 0 when it holds. */
  violations: number;
  detail?: string;
}

export interface InvariantReport {
  checks: Check[];
  ok: boolean;
  failed: Check[];
}

/** Thrown to roll back the recomputation transaction after comparing. */
class Rollback extends Error {}

/** How many rows differ between two queries' results (as multisets), both ways. */
function diffSql(a: string, b: string): string {
  return `SELECT count(*)::int AS n FROM ((${a} EXCEPT ALL ${b}) UNION ALL (${b} EXCEPT ALL ${a})) d`;
}

async function count(m: EntityManager, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await m.query(sql, params);
  return Number(row.n);
}

/**
 * Everything that must hold after a SIGKILL and a restart, checked with SQL on the database:
 *   - an import batch is committed with its result matching the rows written, or a preview with nothing of it written;
 *   - every candidate was written by a committed import or a recorded creation;
 *   - each application's stage and status are those of its last pipeline event, and each event has its audit entry;
 *   - a scorecard is a draft, or submitted with a recommendation and every focus competency rated, and its audit entry;
 *   - derived tables (application_stay/reach, interviewer_slot, application_competency_score, submitted_rating,
 *     application_score, calibration) equal their recomputation from base rows (in a transaction rolled back after);
 *   - the audit hash chain verifies.
 */
export async function checkInvariants(databaseUrl: string): Promise<InvariantReport> {
  const ds = new DataSource(dataSourceOptions(databaseUrl, { extra: { max: 2 } } as never));
  await ds.initialize();
  const checks: Check[] = [];
  const add = (name: string, violations: number, detail?: string) => checks.push({ name, violations, detail });
  try {
    const m = ds.manager;
    // ---- imports ----
    add(
      'import: committed batch has result, time and no stored file',
      await count(
        m,
        `SELECT count(*) AS n FROM import_batch WHERE status = 'committed' AND (result IS NULL OR committed_at IS NULL OR content <> '')`,
      ),
    );
    add(
      'import: preview batch has no result',
      await count(m, `SELECT count(*) AS n FROM import_batch WHERE status = 'preview' AND (result IS NOT NULL OR committed_at IS NOT NULL)`),
    );
    add(
      'import: committed result counts match the rows (candidates, papers, re-implementations)',
      await count(
        m,
        `SELECT count(*) AS n FROM import_batch b
          WHERE b.status = 'committed' AND (
                (b.result->>'created')::int <> (SELECT count(*) FROM candidate c
                                                   WHERE c.id IN (SELECT jsonb_array_elements_text(b.result->'createdCandidateIds')::uuid))
             OR (b.result->>'created')::int <> jsonb_array_length(b.result->'createdCandidateIds')
             OR (b.result->>'papersCreated')::int <> (SELECT count(*) FROM paper p WHERE p.provenance->>'importId' = b.id::text)
             OR (b.result->>'reimplementationsCreated')::int <> (SELECT count(*) FROM reimplementation r WHERE r.provenance->>'importId' = b.id::text))`,
      ),
    );
    add(
      'import: nothing written by an uncommitted batch',
      await count(
        m,
        `SELECT count(*) AS n FROM import_batch b
          WHERE b.status = 'preview' AND (EXISTS (SELECT 1 FROM paper p WHERE p.provenance->>'importId' = b.id::text)
                                       OR EXISTS (SELECT 1 FROM reimplementation r WHERE r.provenance->>'importId' = b.id::text)
                                       OR EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'import.committed' AND a.entity_id = b.id::text))`,
      ),
    );
    add(
      'import: each committed batch has exactly one audit entry',
      await count(
        m,
        `SELECT count(*) AS n FROM import_batch b
          WHERE b.status = 'committed' AND (SELECT count(*) FROM audit_log a WHERE a.action = 'import.committed' AND a.entity_id = b.id::text) <> 1`,
      ),
    );
    add(
      'candidates: each comes from a committed import or a recorded creation',
      await count(
        m,
        `SELECT count(*) AS n FROM candidate c
          WHERE c.id NOT IN (SELECT jsonb_array_elements_text(b.result->'createdCandidateIds')::uuid FROM import_batch b WHERE b.status = 'committed')
            AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.action = 'candidate.created' AND a.entity_id = c.id::text)`,
      ),
    );
    add(
      'candidates: every identity and authorship points at an existing candidate',
      await count(
        m,
        `SELECT (SELECT count(*) FROM candidate_identity i WHERE NOT EXISTS (SELECT 1 FROM candidate c WHERE c.id = i.candidate_id))
              + (SELECT count(*) FROM paper_author pa WHERE pa.candidate_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM candidate c WHERE c.id = pa.candidate_id)) AS n`,
      ),
    );

    // ---- pipeline ----
    add(
      "applications: stage and status are the last event's",
      await count(
        m,
        `SELECT count(*) AS n FROM application a
           LEFT JOIN LATERAL (SELECT e.to_stage_id, e.to_status FROM application_event e WHERE e.application_id = a.id ORDER BY e.id DESC LIMIT 1) l ON true
          WHERE l.to_status IS NULL OR l.to_stage_id IS DISTINCT FROM a.current_stage_id OR l.to_status <> a.status`,
      ),
    );
    add(
      'applications: each event has its audit entry (per application and kind)',
      await count(
        m,
        diffSql(
          `SELECT e.application_id::text, 'application.' || CASE e.kind WHEN 'created' THEN 'created' WHEN 'moved' THEN 'moved' ELSE e.kind END FROM application_event e`,
          `SELECT a.entity_id, a.action FROM audit_log a WHERE a.entity_type = 'application'
              AND a.action IN ('application.created', 'application.moved', 'application.rejected', 'application.withdrawn', 'application.hired')`,
        ),
      ),
    );

    // ---- scorecards ----
    add(
      'scorecards: draft, or submitted with a recommendation and every focus competency rated (evidence with each rating)',
      await count(
        m,
        `SELECT count(*) AS n FROM scorecard s JOIN interview i ON i.id = s.interview_id
          WHERE s.status NOT IN ('draft', 'submitted')
             OR (s.status = 'submitted' AND (s.recommendation IS NULL OR s.submitted_at IS NULL OR EXISTS (
                  SELECT 1 FROM interview_type_competency f LEFT JOIN scorecard_rating r ON r.scorecard_id = s.id AND r.competency_key = f.competency_key
                   WHERE f.interview_type_key = i.interview_type_key AND (r.scorecard_id IS NULL OR (r.rating IS NOT NULL AND btrim(r.evidence) = '')))))`,
      ),
    );
    add(
      'scorecards: each submitted one has exactly one submission audit entry, and no draft has one',
      await count(
        m,
        `SELECT count(*) AS n FROM scorecard s
          WHERE (SELECT count(*) FROM audit_log a WHERE a.action = 'scorecard.submitted' AND a.entity_id = s.id::text)
                <> CASE WHEN s.status = 'submitted' THEN 1 ELSE 0 END`,
      ),
    );

    // ---- derived tables, against their recomputation ----
    await ds
      .transaction(async (tx) => {
        const snapshot = async (table: string, columns: string) => tx.query(`CREATE TEMP TABLE crash_${table} AS SELECT ${columns} FROM ${table}`);
        const compare = async (table: string, columns: string) => {
          const [stored, recomputed] = [`SELECT * FROM crash_${table}`, `SELECT ${columns} FROM ${table}`];
          const n = await count(tx, diffSql(stored, recomputed));
          // The differing rows, for the report: stored first, then recomputed.
          const rows = n
            ? JSON.stringify([
                ...(await tx.query(`(${stored} EXCEPT ALL ${recomputed}) LIMIT 2`)),
                ...(await tx.query(`(${recomputed} EXCEPT ALL ${stored}) LIMIT 2`)),
              ]).slice(0, 1500)
            : undefined;
          add(`derived: ${table} equals its recomputation`, n, rows);
        };
        const stay = '*';
        // Float sums depend on the order rows are added in (which a recomputation need not repeat): compared to 1e-9.
        const score = `application_id, weights_version, round(composite::numeric, 9) AS composite, round(coverage::numeric, 9) AS coverage,
                       round(dissent::numeric, 9) AS dissent, submitted_scorecards, means`;
        const tables: [string, string][] = [
          ['application_stay', stay],
          ['application_reach', '*'],
          ['interviewer_slot', '*'],
          ['application_competency_score', '*'],
          ['submitted_rating', '*'],
          ['application_score', score],
          ['calibration_contribution', `application_id, interviewer_id, round(diff_sum::numeric, 9) AS diff_sum, n`],
        ];
        for (const [table, columns] of tables) await snapshot(table, columns);
        await tx.query(`SELECT application_stay_refresh(ARRAY(SELECT id FROM application))`);
        await tx.query(`SELECT interviewer_slot_refresh(ARRAY(SELECT id FROM interview))`);
        // The API's own recomputation of one application's aggregates, for every application, from scratch.
        await tx.query(`DELETE FROM application_competency_score`);
        await tx.query(`DELETE FROM submitted_rating`);
        await tx.query(`DELETE FROM application_score`);
        const apps: { id: string }[] = await tx.query(`SELECT id FROM application ORDER BY id`);
        for (const { id } of apps) await recomputeApplicationAggregates(tx, id);
        for (const [table, columns] of tables) await compare(table, columns);
        add(
          'derived: interviewer_calibration equals the sum of calibration contributions',
          await count(
            tx,
            `SELECT count(*) AS n FROM (SELECT interviewer_id, sum(diff_sum) AS d, sum(n) AS n FROM calibration_contribution GROUP BY 1) c
               FULL JOIN (SELECT * FROM interviewer_calibration WHERE n <> 0) i ON i.interviewer_id = c.interviewer_id
              WHERE c.n IS DISTINCT FROM i.n OR abs(coalesce(c.d, 0) - coalesce(i.diff_sum, 0)) > 1e-6`,
          ),
        );
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });

    // ---- audit ----
    const chain = await verifyAuditChain(m);
    add('audit: hash chain verifies', chain.ok ? 0 : 1, chain.ok ? `${chain.checked} entries` : `broken at ${chain.firstBrokenId}: ${chain.reason}`);
  } finally {
    await ds.destroy();
  }
  const failed = checks.filter((c) => c.violations !== 0);
  return { checks, ok: failed.length === 0, failed };
}
