import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ErrorCode,
  type CandidateDetail,
  type CandidateLink,
  type DuplicateCandidateRef,
  type DuplicatePage,
  type DuplicatePair,
} from '@loopboard/contracts';
import { nameKey } from '@loopboard/domain-identity';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { CandidatesService, candidateNotFound, searchFold, searchTextOf, versionConflict } from './candidates.service.js';
import type { DismissDuplicateDto, DuplicateQueryDto, MergeCandidatesDto } from './duplicates.dto.js';
import { candidateErased } from './erasure.service.js';

/** Shared co-authors named in a pair's explanation; the rest are counted. */
const NAMED_COAUTHORS = 3;

/** A candidate row as the merge reads it (locked). */
interface MergeRow {
  id: string;
  display_name: string;
  name_key: string;
  emails: string[];
  affiliations: string[];
  location: string | null;
  links: CandidateLink[];
  tags: string[];
  notes: string;
  primary_credit: string | null;
  version: number;
  erased_at: Date | null;
}

/** What a merge did, for the audit entry and for whatever else runs in the merge's transaction. */
export interface MergeOutcome {
  targetId: string;
  sourceId: string;
  targetVersion: { from: number; to: number };
  sourceVersion: number;
  /** Rows moved from the source to the target, per kind of evidence. */
  moved: {
    identities: number;
    papers: number;
    /** Papers both were authors of: the target's slot keeps the link, the source's slot keeps only the name. */
    sharedPapers: number;
    reimplementations: number;
    encounters: number;
    dismissals: number;
  };
  /** Field values the target did not have and took from the source. */
  fieldsAdded: Record<string, unknown>;
}

interface RefRow {
  id: string;
  display_name: string;
  emails: string[];
  affiliations: string[];
  paper_count: number;
  version: number;
  created_at: Date;
}

interface CoAuthorRow {
  owner: string;
  name: string;
  candidate_id: string | null;
  linked_name: string | null;
}

/**
 * Duplicate suggestions and merges. Names only suggest a duplicate (strong keys
 * cannot collide: one key belongs to one candidate); a person reviews each pair
 * and either merges it or dismisses it.
 */
@Injectable()
export class DuplicatesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly candidates: CandidatesService,
  ) {}

  /**
   * Pairs of active candidates with the same name key, in pair-id order (a.id, b.id),
   * leaving out erased candidates and pairs a person dismissed.
   */
  async list(_ctx: RequestContext, query: DuplicateQueryDto): Promise<DuplicatePage> {
    const limit = query.limit ?? 50;
    const [afterA, afterB] = query.cursor ? query.cursor.split(':') : [null, null];
    const pairs: { a_id: string; b_id: string; name_key: string }[] = await this.db.query(
      `SELECT a.id AS a_id, b.id AS b_id, a.name_key
         FROM candidate a
         JOIN candidate b ON b.name_key = a.name_key AND a.id < b.id
        WHERE a.name_key <> ''
          AND a.archived_at IS NULL AND b.archived_at IS NULL
          AND a.erased_at IS NULL AND b.erased_at IS NULL
          AND NOT EXISTS (SELECT 1 FROM duplicate_dismissal d WHERE d.a_id = a.id AND d.b_id = b.id)
          AND ($1::uuid IS NULL OR (a.id, b.id) > ($1::uuid, $2::uuid))
        ORDER BY a.id, b.id
        LIMIT $3`,
      [afterA, afterB, limit + 1],
    );
    const page = pairs.slice(0, limit);
    const ids = [...new Set(page.flatMap((p) => [p.a_id, p.b_id]))];
    const [refs, coAuthors] = ids.length ? await Promise.all([this.refs(ids), this.coAuthors(ids)]) : [new Map(), new Map()];
    const last = page[page.length - 1];
    return {
      // A candidate merged away between the two reads has no ref: its pair is simply gone.
      items: page.flatMap((p) => {
        const a = refs.get(p.a_id);
        const b = refs.get(p.b_id);
        return a && b ? [pairOf(a, b, p.name_key, coAuthors)] : [];
      }),
      nextCursor: pairs.length > limit && last ? `${last.a_id}:${last.b_id}` : null,
    };
  }

  /** "Not the same person": the pair is stored in id order and no longer suggested. Dismissing twice changes nothing. */
  async dismiss(ctx: RequestContext, input: DismissDuplicateDto): Promise<void> {
    if (input.aId === input.bId) throw mergeInvalid('bId', 'must differ from aId: a candidate is not a duplicate of itself');
    const [aId, bId] = input.aId < input.bId ? [input.aId, input.bId] : [input.bId, input.aId];
    await this.db.transaction(async (tx) => {
      // Shared locks: neither candidate can be merged away or deleted until this commits.
      const found: { id: string; erased_at: Date | null }[] = await rowsOf(
        tx,
        `SELECT id, erased_at FROM candidate WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`,
        [[aId, bId]],
      );
      for (const [field, id] of [
        ['aId', input.aId],
        ['bId', input.bId],
      ] as const) {
        const row = found.find((r) => r.id === id);
        if (!row) throw candidateNotFound(id, field);
        if (row.erased_at) throw candidateErased(id);
      }
      const inserted: unknown[] = await rowsOf(
        tx,
        `INSERT INTO duplicate_dismissal (a_id, b_id, dismissed_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING a_id`,
        [aId, bId, ctx.actor?.id ?? null],
      );
      if (!inserted.length) return;
      await this.audit.record(tx, ctx, {
        action: 'duplicate.dismissed',
        // Filed under the pair's first candidate (a pair id does not fit an entity id); both ids are in the changes.
        entityType: 'candidate',
        entityId: aId,
        changes: { aId, bId },
      });
    });
  }

  /** Merges `sourceId` into `targetId` in one transaction, then answers the target as it is now. */
  async merge(ctx: RequestContext, input: MergeCandidatesDto): Promise<CandidateDetail> {
    const outcome = await this.db.transaction((tx) => this.mergeIn(tx, ctx, input));
    return this.candidates.get(ctx, outcome.targetId);
  }

  /**
   * The merge itself, inside the caller's transaction: both rows locked, both
   * versions checked (a stale one is a 409 before anything is written), every
   * evidence row of the source moved to the target, the source deleted, the
   * target's version bumped, and a `candidate.merged` audit entry.
   */
  async mergeIn(tx: EntityManager, ctx: RequestContext, input: MergeCandidatesDto): Promise<MergeOutcome> {
    const { targetId, sourceId } = input;
    if (targetId === sourceId) throw mergeInvalid('sourceId', 'must differ from targetId: a candidate cannot be merged into itself');
    // Locks in id order, so two merges of the same pair in opposite directions queue instead of deadlocking.
    const rows: MergeRow[] = await rowsOf(
      tx,
      `SELECT id, display_name, name_key, emails, affiliations, location, links, tags, notes, primary_credit, version, erased_at
         FROM candidate WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [[targetId, sourceId]],
    );
    const target = rows.find((r) => r.id === targetId);
    const source = rows.find((r) => r.id === sourceId);
    if (!target) throw candidateNotFound(targetId, 'targetId');
    if (!source) throw candidateNotFound(sourceId, 'sourceId');
    if (target.erased_at) throw candidateErased(targetId);
    if (source.erased_at) throw candidateErased(sourceId);
    if (target.version !== input.targetVersion) throw versionConflict('targetVersion', input.targetVersion, target.version);
    if (source.version !== input.sourceVersion) throw versionConflict('sourceVersion', input.sourceVersion, source.version);

    // Identities: the primary key (kind, value) allows one holder, so the source's rows go before the target's come.
    const identities: { kind: string; value: string }[] = await rowsOf(
      tx,
      `DELETE FROM candidate_identity WHERE candidate_id = $1 RETURNING kind, value`,
      [sourceId],
    );
    if (identities.length) {
      await tx.query(
        `INSERT INTO candidate_identity (kind, value, candidate_id) SELECT k, v, $1::uuid FROM unnest($2::varchar[], $3::varchar[]) AS i(k, v)`,
        [targetId, identities.map((i) => i.kind), identities.map((i) => i.value)],
      );
    }

    // Papers: the source's author slots link to the target, except on papers the target already authors,
    // where the target's slot keeps the link and the source's slot keeps only the name as written.
    const movedPapers: { paper_id: string }[] = await rowsOf(
      tx,
      `UPDATE paper_author SET candidate_id = $1
        WHERE candidate_id = $2
          AND paper_id NOT IN (SELECT paper_id FROM paper_author WHERE candidate_id = $1)
        RETURNING paper_id`,
      [targetId, sourceId],
    );
    const sharedPapers: { paper_id: string }[] = await rowsOf(
      tx,
      `UPDATE paper_author SET candidate_id = NULL WHERE candidate_id = $1 RETURNING paper_id`,
      [sourceId],
    );

    const reimplementations: { reimplementation_id: string }[] = await rowsOf(
      tx,
      `DELETE FROM reimplementation_author WHERE candidate_id = $1 RETURNING reimplementation_id`,
      [sourceId],
    );
    if (reimplementations.length) {
      await tx.query(
        `INSERT INTO reimplementation_author (reimplementation_id, candidate_id)
         SELECT unnest($1::uuid[]), $2::uuid ON CONFLICT DO NOTHING`,
        [reimplementations.map((r) => r.reimplementation_id), targetId],
      );
    }

    const encounters: { id: string }[] = await rowsOf(tx, `UPDATE encounter SET candidate_id = $1 WHERE candidate_id = $2 RETURNING id`, [
      targetId,
      sourceId,
    ]);

    // "Source is not X" also says "target is not X"; the pair of the two themselves goes.
    const dismissals: unknown[] = await rowsOf(
      tx,
      `INSERT INTO duplicate_dismissal (a_id, b_id, dismissed_by, dismissed_at)
       SELECT LEAST($1::uuid, o.other), GREATEST($1::uuid, o.other), o.dismissed_by, o.dismissed_at
         FROM (SELECT CASE WHEN a_id = $2 THEN b_id ELSE a_id END AS other, dismissed_by, dismissed_at
                 FROM duplicate_dismissal WHERE a_id = $2 OR b_id = $2) o
        WHERE o.other <> $1
       ON CONFLICT DO NOTHING RETURNING a_id`,
      [targetId, sourceId],
    );
    await tx.query(`DELETE FROM duplicate_dismissal WHERE a_id = $1 OR b_id = $1`, [sourceId]);

    const { fields, added } = mergedFields(target, source);
    const updated: { version: number }[] = await rowsOf(
      tx,
      `UPDATE candidate
          SET emails = $3, affiliations = $4, location = $5, links = $6::jsonb, tags = $7, notes = $8, primary_credit = $9,
              search_text = $10, version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2
        RETURNING version`,
      [
        targetId,
        input.targetVersion,
        fields.emails,
        fields.affiliations,
        fields.location,
        JSON.stringify(fields.links),
        fields.tags,
        fields.notes,
        fields.primaryCredit,
        searchTextOf({ displayName: target.display_name, nameKey: target.name_key, ...fields }),
      ],
    );
    // The rows are locked, so these cannot miss; the version test in SQL is the rule written down where it is enforced.
    if (!updated[0]) throw versionConflict('targetVersion', input.targetVersion, target.version);
    const deleted: unknown[] = await rowsOf(tx, `DELETE FROM candidate WHERE id = $1 AND version = $2 RETURNING id`, [
      sourceId,
      input.sourceVersion,
    ]);
    if (!deleted.length) throw versionConflict('sourceVersion', input.sourceVersion, source.version);
    // The source's audit entries stay sealed under its data keys: the target now holds them, so erasing
    // the target later shreds what was recorded about the duplicate too.
    await tx.query(`UPDATE candidate_data_key SET candidate_id = $1 WHERE candidate_id = $2`, [targetId, sourceId]);

    const outcome: MergeOutcome = {
      targetId,
      sourceId,
      targetVersion: { from: input.targetVersion, to: updated[0].version },
      sourceVersion: input.sourceVersion,
      moved: {
        identities: identities.length,
        papers: movedPapers.length,
        sharedPapers: sharedPapers.length,
        reimplementations: reimplementations.length,
        encounters: encounters.length,
        dismissals: dismissals.length,
      },
      fieldsAdded: added,
    };
    await this.audit.record(tx, ctx, {
      action: 'candidate.merged',
      entityType: 'candidate',
      entityId: targetId,
      subject: { candidateId: targetId },
      changes: {
        sourceId,
        sourceName: source.display_name,
        version: outcome.targetVersion,
        sourceVersion: outcome.sourceVersion,
        moved: outcome.moved,
        fieldsAdded: added,
        identities: identities.filter((i) => i.kind !== 'email'),
      },
    });
    return outcome;
  }

  private async refs(ids: string[]): Promise<Map<string, DuplicateCandidateRef>> {
    const rows: RefRow[] = await this.db.query(
      `SELECT c.id, c.display_name, c.emails, c.affiliations, c.version, c.created_at,
              (SELECT count(DISTINCT pa.paper_id)::int FROM paper_author pa WHERE pa.candidate_id = c.id) AS paper_count
         FROM candidate c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          displayName: r.display_name,
          emails: r.emails,
          affiliations: r.affiliations,
          paperCount: r.paper_count,
          version: r.version,
          createdAt: r.created_at.toISOString(),
        },
      ]),
    );
  }

  /**
   * Everyone who shares a paper (by author slot, with the linked candidate's name when known) or a
   * re-implementation (by its linked authors) with each candidate.
   */
  private async coAuthors(ids: string[]): Promise<Map<string, CoAuthorRow[]>> {
    const rows: CoAuthorRow[] = await this.db.query(
      `SELECT pa.candidate_id AS owner, x.name, x.candidate_id, lc.display_name AS linked_name
         FROM paper_author pa
         JOIN paper_author x ON x.paper_id = pa.paper_id AND x.position <> pa.position
         LEFT JOIN candidate lc ON lc.id = x.candidate_id AND lc.erased_at IS NULL
        WHERE pa.candidate_id = ANY($1::uuid[])
       UNION ALL
       SELECT ra.candidate_id AS owner, lc.display_name AS name, x.candidate_id, lc.display_name AS linked_name
         FROM reimplementation_author ra
         JOIN reimplementation_author x ON x.reimplementation_id = ra.reimplementation_id AND x.candidate_id <> ra.candidate_id
         JOIN candidate lc ON lc.id = x.candidate_id AND lc.erased_at IS NULL
        WHERE ra.candidate_id = ANY($1::uuid[])`,
      [ids],
    );
    const out = new Map<string, CoAuthorRow[]>();
    for (const row of rows) {
      const list = out.get(row.owner);
      if (list) list.push(row);
      else out.set(row.owner, [row]);
    }
    return out;
  }
}

/**
 * The reason and explanation of one pair. Co-authors are the same person when
 * their slots link to the same candidate or their names fold to the same key
 * (the identity lib's nameKey, which SQL cannot reproduce); the pair themselves
 * are never their own co-authors.
 */
function pairOf(a: DuplicateCandidateRef, b: DuplicateCandidateRef, pairKey: string, coAuthors: Map<string, CoAuthorRow[]>): DuplicatePair {
  const [aId, bId] = [a.id, b.id];
  const keysOf = (row: CoAuthorRow) => {
    const keys = [`n:${nameKey(row.name)}`];
    if (row.candidate_id) keys.push(`c:${row.candidate_id}`);
    if (row.linked_name) keys.push(`n:${nameKey(row.linked_name)}`);
    return keys;
  };
  const others = (owner: string) =>
    (coAuthors.get(owner) ?? []).filter(
      (r) =>
        r.candidate_id !== aId && r.candidate_id !== bId && nameKey(r.linked_name ?? r.name) !== pairKey && nameKey(r.name) !== pairKey,
    );
  const bKeys = new Set(others(bId).flatMap(keysOf));
  const shared: string[] = [];
  const seen = new Set<string>();
  for (const row of others(aId)) {
    const keys = keysOf(row);
    if (!keys.some((k) => bKeys.has(k)) || keys.some((k) => seen.has(k))) continue;
    keys.forEach((k) => seen.add(k));
    shared.push(row.linked_name ?? row.name);
  }
  shared.sort((x, y) => x.localeCompare(y));
  const spelled = a.displayName === b.displayName ? `"${a.displayName}"` : `"${a.displayName}" / "${b.displayName}"`;
  if (!shared.length) return { id: `${aId}:${bId}`, reason: 'same-name', explanation: `same name (${spelled})`, a, b };
  const named = shared.slice(0, NAMED_COAUTHORS).join(', ') + (shared.length > NAMED_COAUTHORS ? ', …' : '');
  return {
    id: `${aId}:${bId}`,
    reason: 'same-name-shared-coauthor',
    explanation: `same name (${spelled}); ${shared.length} shared co-author${shared.length === 1 ? '' : 's'} (${named})`,
    a,
    b,
  };
}

/** The target's fields with what only the source had: union of lists (folded for text), notes appended, blanks filled. */
function mergedFields(target: MergeRow, source: MergeRow) {
  const union = (mine: string[], theirs: string[], key: (v: string) => string) => {
    const have = new Set(mine.map(key));
    const extra = theirs.filter((v) => {
      const k = key(v);
      if (have.has(k)) return false;
      have.add(k);
      return true;
    });
    return { all: [...mine, ...extra], extra };
  };
  const emails = union(target.emails, source.emails, (e) => e);
  const affiliations = union(target.affiliations, source.affiliations, searchFold);
  const tags = union(target.tags, source.tags, searchFold);
  const linkUrls = union(
    target.links.map((l) => l.url),
    source.links.map((l) => l.url),
    (u) => u,
  );
  const extraLinks = source.links
    .filter((l) => linkUrls.extra.includes(l.url))
    .filter((l, i, all) => all.findIndex((m) => m.url === l.url) === i);
  const sourceNotes = source.notes.trim();
  const notes = !sourceNotes
    ? target.notes
    : target.notes.trim()
      ? `${target.notes}\n\n--- merged from ${source.display_name} ---\n${source.notes}`
      : source.notes;
  const location = target.location ?? source.location;
  const primaryCredit = target.primary_credit ?? source.primary_credit;

  const added: Record<string, unknown> = {};
  if (emails.extra.length) added.emails = emails.extra;
  if (affiliations.extra.length) added.affiliations = affiliations.extra;
  if (tags.extra.length) added.tags = tags.extra;
  if (extraLinks.length) added.links = extraLinks;
  if (notes !== target.notes) added.notes = true;
  if (location !== target.location) added.location = location;
  if (primaryCredit !== target.primary_credit) added.primaryCredit = primaryCredit;
  return {
    fields: {
      emails: emails.all,
      affiliations: affiliations.all,
      tags: tags.all,
      links: [...target.links, ...extraLinks],
      notes,
      location,
      primaryCredit,
    },
    added,
  };
}

/** The rows a statement returns: `EntityManager.query` answers UPDATE/DELETE … RETURNING as [rows, count] on Postgres. */
async function rowsOf<T>(tx: EntityManager, sql: string, params: unknown[]): Promise<T[]> {
  if (!tx.queryRunner) throw new Error('rowsOf runs inside a transaction');
  const result = await tx.queryRunner.query(sql, params, true);
  return result.records as T[];
}

function mergeInvalid(field: string, reason: string): DomainError {
  return new DomainError(ErrorCode.MERGE_INVALID, `Cannot merge: ${field} ${reason}`, [{ field, reason }]);
}
