import type { AuditVerification } from '@loopboard/contracts';
import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { createHash } from 'node:crypto';

/** The hash of the first entry's "previous" link. */
export const GENESIS_HASH = '0'.repeat(64);

export interface HashedFields {
  at: Date;
  actorId: string | null;
  actorEmail: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  changes: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
}

/**
 * SHA-256 over the previous hash and the entry in RFC 8785 canonical JSON, so
 * the same entry read back from jsonb (which reorders keys) hashes the same.
 */
export function auditHash(prevHash: string, entry: HashedFields): string {
  const body = canonicalize({
    at: entry.at.toISOString(),
    actorId: entry.actorId,
    actorEmail: entry.actorEmail,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    changes: entry.changes,
    requestId: entry.requestId,
    ip: entry.ip,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}

/** Walks the whole chain in id order and recomputes every hash (the API's verify endpoint and `npm run audit:verify`). */
export async function verifyAuditChain(manager: EntityManager, batchSize = 1000): Promise<AuditVerification> {
  const repo = manager.getRepository(AuditEntryEntity);
  let prevHash = GENESIS_HASH;
  let checked = 0;
  let after = '0';
  for (;;) {
    const batch = await repo.createQueryBuilder('a').where('a.id > :after', { after }).orderBy('a.id', 'ASC').limit(batchSize).getMany();
    for (const row of batch) {
      if (row.prevHash !== prevHash) {
        return { ok: false, checked, firstBrokenId: row.id, reason: 'its link does not match the previous entry (an entry was removed or reordered)' };
      }
      if (auditHash(prevHash, row) !== row.hash) {
        return { ok: false, checked, firstBrokenId: row.id, reason: 'its content does not match its hash (the entry was altered)' };
      }
      prevHash = row.hash;
      checked++;
    }
    if (batch.length < batchSize) return { ok: true, checked, firstBrokenId: null, reason: null };
    after = batch[batch.length - 1]!.id;
  }
}
