import { createHash } from 'node:crypto';
import { query } from './db.js';

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

const PARTS: Record<string, string> = {
  candidates: `SELECT (to_jsonb(c) - 'id' - 'created_at' - 'updated_at')::text FROM candidate c`,
  identities: `SELECT i.kind || '|' || i.value || '|' || ${key('i.candidate_id')} FROM candidate_identity i`,
  papers: `SELECT (to_jsonb(p) - 'id' - 'created_at' - 'updated_at' - 'provenance' || jsonb_build_object('provenance', ${PROVENANCE}))::text FROM paper p`,
  authorships: `SELECT coalesce(p.dblp_key, p.title_key) || '|' || pa.position || '|' || pa.name || '|' || coalesce(${key('pa.candidate_id')}, '-')
                  FROM paper_author pa JOIN paper p ON p.id = pa.paper_id`,
  reimplementations: `SELECT (to_jsonb(r) - 'id' - 'created_at' - 'provenance' || jsonb_build_object('provenance', ${PROVENANCE}))::text FROM reimplementation r`,
  reimplementationAuthors: `SELECT r.repo_url || '|' || ${key('ra.candidate_id')} FROM reimplementation_author ra JOIN reimplementation r ON r.id = ra.reimplementation_id`,
};

/** What an import wrote, in a form two databases can be compared by (the same file gives the same snapshot). */
export async function importSnapshot(databaseUrl: string): Promise<ImportSnapshot> {
  const parts: Record<string, string[]> = {};
  const counts: Record<string, number> = {};
  const hash = createHash('sha256');
  for (const [name, sql] of Object.entries(PARTS)) {
    const rows = (await query<{ r: string }>(databaseUrl, `SELECT r FROM (${sql}) AS t(r) ORDER BY r COLLATE "C"`)).map((x) => x.r);
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
