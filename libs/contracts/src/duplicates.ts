/**
 * Duplicates, merges and erasure. Names only suggest a duplicate; a person
 * reviews the pair and merges, and the merge is recorded in the audit log.
 */

/** Why two candidates look like the same person. */
export type DuplicateReason =
  /** Same normalised full name (accents, case, "Last, First" folded). */
  | 'same-name'
  /** Same name and at least one co-author in common. */
  | 'same-name-shared-coauthor'
  /** Same family name and first initial, and a paper in common cannot explain it (e.g. "J. Smith" and "Jane Smith"). */
  | 'initial-and-family-name';

export interface DuplicateCandidateRef {
  id: string;
  displayName: string;
  emails: string[];
  affiliations: string[];
  paperCount: number;
  version: number;
  createdAt: string;
}

export interface DuplicatePair {
  /** Stable id of the pair: `${a.id}:${b.id}` with a.id < b.id. */
  id: string;
  reason: DuplicateReason;
  /** Human-readable, e.g. "same name; 2 shared co-authors (Yoshua Bengio, …)". */
  explanation: string;
  a: DuplicateCandidateRef;
  b: DuplicateCandidateRef;
}

export interface DuplicatePage {
  items: DuplicatePair[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Merge `sourceId` into `targetId`. Both versions are the ones the reviewer saw;
 * if either candidate changed meanwhile the answer is 409 CANDIDATE_VERSION_CONFLICT
 * and nothing is written. The target keeps its fields; emails, links, affiliations,
 * tags, identities, papers, re-implementations and encounters of the source are
 * added to it; notes are appended. The source is removed.
 */
export interface MergeCandidatesRequest {
  targetId: string;
  targetVersion: number;
  sourceId: string;
  sourceVersion: number;
}

/** Mark a suggested pair as "not the same person"; it is no longer listed. */
export interface DismissDuplicateRequest {
  aId: string;
  bId: string;
}

/**
 * Erase a candidate on request (admin only). Personal data is removed from every
 * table and free-text field; an anonymous tombstone keeps the counts. `version`
 * is the version the admin saw; `reason` is kept in the audit log and must not
 * contain personal data (e.g. "GDPR art. 17 request, ticket 4411").
 */
export interface EraseCandidateRequest {
  version: number;
  reason: string;
}

export interface ErasureResult {
  candidateId: string;
  erasedAt: string;
  /** Rows touched, per table, for the admin's record. */
  removed: Record<string, number>;
}

/** Where a running import commit is; GET /api/imports/:id/progress. */
export interface ImportProgress {
  importId: string;
  phase: 'idle' | 'matching' | 'writing' | 'done' | 'failed';
  done: number;
  total: number;
}
