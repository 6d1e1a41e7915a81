import type { IdentityKind, ImportMatch } from '@loopboard/contracts';
import { initialsKey } from '@loopboard/domain-identity';
import { paperTitleKey, type ImportPlan, type PlannedPaper, type PlannedPerson } from '@loopboard/domain-imports';
import type { StrongKeys } from '@loopboard/domain-identity';
import type { EntityManager } from 'typeorm';

export const IDENTITY_KIND: Record<keyof StrongKeys, IdentityKind> = {
  emails: 'email',
  orcid: 'orcid',
  dblpPid: 'dblp_pid',
  semanticScholarId: 'semantic_scholar_id',
  openReviewId: 'openreview_id',
  githubLogin: 'github_login',
  openAlexId: 'openalex_id',
};

/** The candidate_identity rows a planned person would hold. */
export function identitiesOf(person: PlannedPerson): { kind: IdentityKind; value: string }[] {
  const rows: { kind: IdentityKind; value: string }[] = person.ids.emails.map((value) => ({ kind: 'email', value }));
  for (const key of ['orcid', 'dblpPid', 'semanticScholarId', 'openReviewId', 'githubLogin', 'openAlexId'] as const) {
    const value = person.ids[key];
    if (value) rows.push({ kind: IDENTITY_KIND[key], value });
  }
  return rows;
}

export interface PersonMatchResult {
  match: ImportMatch;
  possibleDuplicates: { candidateId: string; candidateName: string; sharedCoauthor?: string }[];
}

export interface PaperKeys {
  arxivId: string | null;
  doi: string | null;
  titleKey: string;
  year: number | null;
}

export function paperKeys(planned: PlannedPaper): PaperKeys {
  const { paper } = planned;
  return {
    arxivId: paper.ids.arxiv?.trim() || null,
    doi: paper.ids.doi?.trim().toLowerCase() || null,
    titleKey: paperTitleKey(paper.title),
    year: paper.year !== null && paper.year >= -32768 && paper.year <= 32767 ? paper.year : null,
  };
}

/** The existing paper for these keys: by arXiv id, else DOI, else title key and year. */
export async function findPaper(db: EntityManager, keys: PaperKeys): Promise<string | null> {
  if (keys.arxivId) {
    const [row] = await db.query(`SELECT id FROM paper WHERE arxiv_id = $1`, [keys.arxivId]);
    if (row) return row.id;
  }
  if (keys.doi) {
    const [row] = await db.query(`SELECT id FROM paper WHERE doi = $1`, [keys.doi]);
    if (row) return row.id;
  }
  if (!keys.titleKey) return null;
  const [row] = await db.query(`SELECT id FROM paper WHERE title_key = $1 AND year IS NOT DISTINCT FROM $2 ORDER BY created_at LIMIT 1`, [
    keys.titleKey,
    keys.year,
  ]);
  return row?.id ?? null;
}

/**
 * findPaper for many papers in three queries (arXiv ids, DOIs, title keys with years),
 * each paper resolved in findPaper's order of preference.
 */
export async function findPapers(db: EntityManager, keys: PaperKeys[]): Promise<(string | null)[]> {
  const arxiv = new Map<string, string>();
  const doi = new Map<string, string>();
  const title = new Map<string, string>();
  const arxivIds = [...new Set(keys.map((k) => k.arxivId).filter((v): v is string => Boolean(v)))];
  const dois = [...new Set(keys.map((k) => k.doi).filter((v): v is string => Boolean(v)))];
  const titled = keys.filter((k) => k.titleKey);
  if (arxivIds.length) {
    const rows: { id: string; arxiv_id: string }[] = await db.query(`SELECT id, arxiv_id FROM paper WHERE arxiv_id = ANY($1::text[])`, [
      arxivIds,
    ]);
    for (const r of rows) arxiv.set(r.arxiv_id, r.id);
  }
  if (dois.length) {
    const rows: { id: string; doi: string }[] = await db.query(`SELECT id, doi FROM paper WHERE doi = ANY($1::text[])`, [dois]);
    for (const r of rows) doi.set(r.doi, r.id);
  }
  if (titled.length) {
    const rows: { id: string; title_key: string; year: number | null }[] = await db.query(
      `SELECT DISTINCT ON (p.title_key, p.year) p.id, p.title_key, p.year
         FROM paper p JOIN unnest($1::text[], $2::int[]) AS k(title_key, year) ON k.title_key = p.title_key AND k.year IS NOT DISTINCT FROM p.year
        ORDER BY p.title_key, p.year, p.created_at`,
      [titled.map((k) => k.titleKey), titled.map((k) => k.year)],
    );
    for (const r of rows) title.set(`${r.title_key}\u0000${r.year}`, r.id);
  }
  return keys.map(
    (k) =>
      (k.arxivId ? arxiv.get(k.arxivId) : undefined) ??
      (k.doi ? doi.get(k.doi) : undefined) ??
      (k.titleKey ? title.get(`${k.titleKey}\u0000${k.year}`) : undefined) ??
      null,
  );
}

/**
 * Matches each planned person against the candidates already stored. Strong
 * keys merge; so does holding the same author slot of a paper we already have
 * under a compatible name (the paper's arXiv id or DOI makes it the same
 * paper, the slot makes it the same person). An equal name alone is only a
 * possible duplicate.
 */
export async function matchPlan(db: EntityManager, plan: ImportPlan): Promise<Map<string, PersonMatchResult>> {
  const kinds: string[] = [];
  const values: string[] = [];
  for (const person of plan.people) {
    for (const row of identitiesOf(person)) {
      kinds.push(row.kind);
      values.push(row.value);
    }
  }
  const holders = new Map<string, string>();
  if (kinds.length) {
    const rows: { kind: string; value: string; candidate_id: string }[] = await db.query(
      `SELECT i.kind, i.value, i.candidate_id FROM candidate_identity i
       JOIN unnest($1::text[], $2::text[]) AS k(kind, value) ON k.kind = i.kind AND k.value = i.value`,
      [kinds, values],
    );
    for (const r of rows) holders.set(`${r.kind}\u0000${r.value}`, r.candidate_id);
  }

  // Author slots of papers we already have.
  const slotHolder = new Map<string, string>();
  const paperIds = await findPapers(db, plan.papers.map(paperKeys));
  const known = paperIds.filter((id): id is string => id !== null);
  if (known.length) {
    const rows: { paper_id: string; position: number; candidate_id: string }[] = await db.query(
      `SELECT paper_id, position, candidate_id FROM paper_author WHERE paper_id = ANY($1::uuid[]) AND candidate_id IS NOT NULL`,
      [known],
    );
    for (const r of rows) slotHolder.set(`${r.paper_id}\u0000${r.position}`, r.candidate_id);
  }

  const nameKeys = [...new Set(plan.people.map((p) => p.nameKey).filter(Boolean))];
  const candidates = new Map<string, { id: string; name: string; nameKey: string }>();
  const byNameKey = new Map<string, string[]>();
  const wanted = new Set<string>([...holders.values(), ...slotHolder.values()]);
  const rows: { id: string; display_name: string; name_key: string }[] = await db.query(
    `SELECT id, display_name, name_key FROM candidate WHERE (name_key = ANY($1::text[]) OR id = ANY($2::uuid[])) AND archived_at IS NULL`,
    [nameKeys, [...wanted]],
  );
  for (const r of rows) {
    candidates.set(r.id, { id: r.id, name: r.display_name, nameKey: r.name_key });
    const list = byNameKey.get(r.name_key) ?? [];
    list.push(r.id);
    byNameKey.set(r.name_key, list);
  }
  // Archived candidates still hold their keys: fetch any holder the first query left out.
  const missing = [...wanted].filter((id) => !candidates.has(id));
  if (missing.length) {
    const extra: { id: string; display_name: string; name_key: string }[] = await db.query(
      `SELECT id, display_name, name_key FROM candidate WHERE id = ANY($1::uuid[])`,
      [missing],
    );
    for (const r of extra) candidates.set(r.id, { id: r.id, name: r.display_name, nameKey: r.name_key });
  }

  // Co-authors of the same-name candidates, for corroborating a name match.
  const coauthorKeys = new Map<string, Set<string>>();
  const sameName = [...byNameKey.values()].flat();
  if (sameName.length) {
    const pairs: { id: string; name_key: string }[] = await db.query(
      `SELECT ra.candidate_id AS id, c.name_key FROM reimplementation_author ra
         JOIN reimplementation_author rb ON rb.reimplementation_id = ra.reimplementation_id AND rb.candidate_id <> ra.candidate_id
         JOIN candidate c ON c.id = rb.candidate_id
        WHERE ra.candidate_id = ANY($1::uuid[])
       UNION
       SELECT pa.candidate_id AS id, c.name_key FROM paper_author pa
         JOIN paper_author pb ON pb.paper_id = pa.paper_id AND pb.position <> pa.position
         JOIN candidate c ON c.id = pb.candidate_id
        WHERE pa.candidate_id = ANY($1::uuid[]) AND pb.candidate_id <> pa.candidate_id`,
      [sameName],
    );
    for (const r of pairs) {
      const set = coauthorKeys.get(r.id) ?? new Set<string>();
      set.add(r.name_key);
      coauthorKeys.set(r.id, set);
    }
  }
  const personByKey = new Map(plan.people.map((p) => [p.key, p]));
  const coauthorsInFile = (person: PlannedPerson): PlannedPerson[] => {
    const keys = new Set<string>();
    for (const e of person.papers) for (const k of plan.papers[e.paper]!.authorKeys) if (k && k !== person.key) keys.add(k);
    for (const e of person.reimplementations)
      for (const k of plan.reimplementations[e.reimplementation]!.authorKeys) if (k !== person.key) keys.add(k);
    return [...keys].map((k) => personByKey.get(k)!).filter(Boolean);
  };

  const result = new Map<string, PersonMatchResult>();
  for (const person of plan.people) {
    const strong = new Map<string, string>();
    for (const row of identitiesOf(person)) {
      const holder = holders.get(`${row.kind}\u0000${row.value}`);
      if (holder && !strong.has(holder)) strong.set(holder, row.kind);
    }
    let match: ImportMatch = null;
    if (strong.size > 1) {
      match = { kind: 'conflict', candidateIds: [...strong.keys()], on: [...new Set(strong.values())].join(', ') };
    } else if (strong.size === 1) {
      const [[candidateId, on]] = [...strong.entries()] as [[string, string]];
      match = { kind: 'strong', candidateId, candidateName: candidates.get(candidateId)?.name ?? '', on };
    } else {
      for (const evidence of person.papers) {
        const paperId = paperIds[evidence.paper];
        const holder = paperId ? slotHolder.get(`${paperId}\u0000${evidence.position}`) : undefined;
        const candidate = holder ? candidates.get(holder) : undefined;
        if (!candidate) continue;
        const sameName =
          candidate.nameKey === person.nameKey || (person.initialsKey !== '' && initialsKey(candidate.name) === person.initialsKey);
        if (sameName) {
          match = {
            kind: 'authorship',
            candidateId: candidate.id,
            candidateName: candidate.name,
            on: `author ${evidence.position} of "${evidence.title}"`,
          };
          break;
        }
      }
    }
    // A name, even with a shared co-author, only suggests a duplicate (DESIGN.md: strong keys merge, names suggest):
    // homonyms with a co-author in common are common enough. The duplicates page reviews and merges them.
    const matchedId = match && match.kind !== 'conflict' ? match.candidateId : null;
    const coauthors = person.nameKey.includes(' ') ? coauthorsInFile(person) : [];
    const possibleDuplicates = (byNameKey.get(person.nameKey) ?? [])
      .filter((id) => id !== matchedId)
      .map((id) => {
        const shared = coauthors.find((c) => c.nameKey.includes(' ') && coauthorKeys.get(id)?.has(c.nameKey));
        return { candidateId: id, candidateName: candidates.get(id)!.name, ...(shared ? { sharedCoauthor: shared.displayName } : {}) };
      });
    result.set(person.key, { match, possibleDuplicates });
  }
  return result;
}
