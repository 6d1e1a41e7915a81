import { createHash } from 'node:crypto';
import { query } from './db.js';
import { TAG_PATTERN } from './files.js';

export interface ImportSnapshot {
  /** Rows per part, for the report. */
  counts: Record<string, number>;
  /** sha256 of the canonical rows, to compare runs at a glance. */
  digest: string;
  /** Canonical rows per part, sorted: ids, timestamps and the import's own id left out. */
  parts: Record<string, string[]>;
}

/** A candidate's stable key: what it is called and how it is identified, not its id. */
const CANDIDATE_KEY = `(SELECT c.name_key || '|' || c.display_name || '|' || array_to_string(c.emails, ',') FROM candidate c WHERE c.id = $ID)`;
const key = (column: string) => CANDIDATE_KEY.replace('$ID', column);
const PROVENANCE = `(provenance - 'importId' - 'importedAt')`;

/** $1: the file's tag; a candidate or paper is the file's when its name or title holds it. */
const MINE = `(SELECT c.id FROM candidate c WHERE strpos(lower(c.display_name), lower($1)) > 0)`;
const PAPERS = `(SELECT p.id FROM paper p WHERE strpos(lower(p.title), lower($1)) > 0)`;
const PARTS: Record<string, string> = {
  candidates: `SELECT (to_jsonb(c) - 'id' - 'created_at' - 'updated_at')::text FROM candidate c WHERE c.id IN ${MINE}`,
  identities: `SELECT i.kind || '|' || i.value || '|' || ${key('i.candidate_id')} FROM candidate_identity i WHERE i.candidate_id IN ${MINE}`,
  papers: `SELECT (to_jsonb(p) - 'id' - 'created_at' - 'updated_at' - 'provenance' || jsonb_build_object('provenance', ${PROVENANCE}))::text
             FROM paper p WHERE p.id IN ${PAPERS}`,
  authorships: `SELECT coalesce(p.dblp_key, p.title_key) || '|' || pa.position || '|' || pa.name || '|' || coalesce(${key('pa.candidate_id')}, '-')
                  FROM paper_author pa JOIN paper p ON p.id = pa.paper_id WHERE p.id IN ${PAPERS} OR pa.candidate_id IN ${MINE}`,
  reimplementations: `SELECT (to_jsonb(r) - 'id' - 'created_at' - 'provenance' || jsonb_build_object('provenance', ${PROVENANCE}))::text
                        FROM reimplementation r WHERE EXISTS (SELECT 1 FROM reimplementation_author ra WHERE ra.reimplementation_id = r.id AND ra.candidate_id IN ${MINE})`,
  reimplementationAuthors: `SELECT r.repo_url || '|' || ${key('ra.candidate_id')} FROM reimplementation_author ra JOIN reimplementation r ON r.id = ra.reimplementation_id
                             WHERE ra.candidate_id IN ${MINE}`,
};

/**
 * What the import of the file tagged `tag` (files.ts) wrote, in a form two databases can be
 * compared by: ids, timestamps and the import's own id left out, the tag replaced by TAG. The
 * same file gives the same snapshot, whatever else the database holds.
 */
export async function importSnapshot(databaseUrl: string, tag: string): Promise<ImportSnapshot> {
  const parts: Record<string, string[]> = {};
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
  for (const [name, sql] of Object.entries(PARTS)) {
    const rows = (await query<{ r: string }>(databaseUrl, `SELECT r FROM (${sql}) AS t(r)`, [tag]))
      .map((x) => x.r.replace(TAG_PATTERN, 'TAG'))
      .sort();
    parts[name] = rows;
    counts[name] = rows.length;
    hash.update(`${name}\n${rows.join('\n')}\n`);
  }
  return { counts, digest: hash.digest('hex'), parts };
}

/** The first differences between two snapshots, empty when equal. */
export function snapshotDifferences(a: ImportSnapshot, b: ImportSnapshot, limit = 5): string[] {
  const out: string[] = [];
  for (const name of Object.keys(a.parts)) {
    const left = new Set(a.parts[name]);
    const right = new Set(b.parts[name]);
    if (a.parts[name]!.length !== b.parts[name]!.length) out.push(`${name}: ${a.parts[name]!.length} rows vs ${b.parts[name]!.length}`);
    for (const row of a.parts[name]!) if (!right.has(row) && out.length < limit) out.push(`${name}: only in the first: ${row.slice(0, 300)}`);
    for (const row of b.parts[name]!) if (!left.has(row) && out.length < limit) out.push(`${name}: only in the second: ${row.slice(0, 300)}`);
  }
  return out;
}
