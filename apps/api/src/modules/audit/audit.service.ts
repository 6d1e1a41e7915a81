import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type AuditEntry, type AuditPage, type AuditVerification } from '@loopboard/contracts';
import { Brackets, DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import type { RequestContext } from '../auth/actor.js';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { GENESIS_HASH, auditHash, verifyAuditChain } from './audit-hash.js';
import type { AuditQueryDto } from './audit.dto.js';
import { dataKeyFor, dataKeysById, isSealed, seal, unseal, type DataKey } from './sealing.js';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  changes?: Record<string, unknown>;
  /**
   * The person the changes are about. Their changes are then stored sealed
   * under that candidate's data key, so erasing the candidate (deleting the
   * key) removes the personal data from the log without rewriting it.
   */
  subject?: { candidateId: string };
}

// Any fixed number: the advisory lock that orders appends to the chain.
const AUDIT_CHAIN_LOCK = 7_301_2026;

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Appends an entry inside the caller's transaction, so the audit row commits
   * or rolls back with the change it describes. The advisory lock makes
   * concurrent appends take turns, keeping the chain linear.
   */
  async record(tx: EntityManager, ctx: RequestContext, event: AuditEvent): Promise<void> {
    if (!tx.queryRunner?.isTransactionActive) throw new Error('audit entries are written inside the transaction of the change');
    await tx.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = await tx.query(`SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1`);
    const prevHash: string = last?.hash ?? GENESIS_HASH;
    const changes = event.changes ?? {};
    const fields = {
      at: new Date(),
      actorId: ctx.actor?.id ?? null,
      actorEmail: ctx.actor?.email ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      // The hash covers the stored (sealed) form, so verification needs no key.
      changes: (event.subject ? seal(await dataKeyFor(tx, event.subject.candidateId), changes) : changes) as Record<string, any>,
      requestId: ctx.requestId,
      ip: ctx.ip,
    };
    await tx.insert(AuditEntryEntity, { ...fields, prevHash, hash: auditHash(prevHash, fields) });
  }

  /** Records an event that has no other write to travel with (e.g. a failed sign-in). */
  recordAlone(ctx: RequestContext, event: AuditEvent): Promise<void> {
    return this.db.transaction((tx) => this.record(tx, ctx, event));
  }

  async list(query: AuditQueryDto): Promise<AuditPage> {
    if (query.from && query.to && new Date(query.from) > new Date(query.to)) {
      throw new DomainError(ErrorCode.VALIDATION_FAILED, 'from must not be later than to', [
        { field: 'from', reason: 'must not be later than to' },
      ]);
    }
    const limit = query.limit ?? 50;
    const qb = this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .orderBy('a.id', 'DESC')
      .limit(limit + 1);
    if (query.action) qb.andWhere('a.action = :action', { action: query.action });
    if (query.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: query.entityId });
    if (query.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: query.actorId });
    if (query.from) qb.andWhere('a.at >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.at <= :to', { to: query.to });
    if (query.cursor) qb.andWhere('a.id < :cursor', { cursor: query.cursor });
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    const keys = await dataKeysById(
      this.db.manager,
      page.flatMap((row) => (isSealed(row.changes) ? [row.changes.sealed.keyId] : [])),
    );
    return { items: page.map((row) => toEntry(row, keys)), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
  }

  /**
   * A candidate's history: entries about the candidate (edits, archive, merges, encounters,
   * imports that merged into them) and the imports that created them, newest first.
   */
  async listForCandidate(candidateId: string, cursor: string | undefined, limit: number): Promise<AuditPage> {
    const rows = await this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('a')
      .where(
        new Brackets((w) =>
          w
            .where(`a.entity_type = 'candidate' AND a.entity_id = :candidateId`, { candidateId })
            .orWhere(
              `a.action = 'import.committed' AND a.entity_id IN (SELECT b.id::text FROM import_batch b WHERE b.result->'createdCandidateIds' @> jsonb_build_array(CAST(:candidateId AS text)))`,
              { candidateId },
            ),
        ),
      )
      .andWhere(cursor ? 'a.id < :cursor' : 'true', { cursor })
      .orderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const keys = await dataKeysById(
      this.db.manager,
      page.flatMap((row) => (isSealed(row.changes) ? [row.changes.sealed.keyId] : [])),
    );
    return { items: page.map((row) => toEntry(row, keys)), nextCursor: rows.length > limit ? page[page.length - 1]!.id : null };
  }

  verify(): Promise<AuditVerification> {
    return verifyAuditChain(this.db.manager);
  }
}

/** Sealed changes read back in the clear while the subject's key exists; `{ erased: true }` once it was shredded. */
function readableChanges(changes: Record<string, unknown>, keys: Map<string, DataKey>): Record<string, unknown> {
  if (!isSealed(changes)) return changes;
  const key = keys.get(changes.sealed.keyId);
  if (!key) return { erased: true };
  try {
    return unseal(key, changes);
  } catch {
    // Only a hand-edited row gets here; the chain verifier names it.
    return { unreadable: true };
  }
}

function toEntry(row: AuditEntryEntity, keys: Map<string, DataKey>): AuditEntry {
  return {
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    action: row.action,
    entityType: row.entityType,
    entityId: row.entityId,
    changes: readableChanges(row.changes, keys),
    requestId: row.requestId,
    ip: row.ip,
    hash: row.hash,
  };
}
