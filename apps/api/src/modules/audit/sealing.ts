import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CandidateDataKeyEntity } from './candidate-data-key.entity.js';

/**
 * Sealed audit changes: AES-256-GCM under the subject's data key. The audit
 * hash covers this sealed form, so deleting the key (erasure) makes the entry
 * unreadable while the chain still verifies.
 */
export interface SealedChanges {
  sealed: { keyId: string; iv: string; tag: string; data: string };
}

export interface DataKey {
  id: string;
  key: Buffer;
}

const ALGORITHM = 'aes-256-gcm';

export function isSealed(changes: unknown): changes is SealedChanges {
  const s = (changes as Partial<SealedChanges> | null)?.sealed;
  return (
    typeof s === 'object' &&
    s !== null &&
    typeof s.keyId === 'string' &&
    typeof s.iv === 'string' &&
    typeof s.tag === 'string' &&
    typeof s.data === 'string'
  );
}

/** The key id is authenticated data, so a ciphertext cannot be passed off as sealed under another key. */
export function seal(dataKey: DataKey, changes: Record<string, unknown>): SealedChanges {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, dataKey.key, iv);
  cipher.setAAD(Buffer.from(dataKey.id, 'utf8'));
  const data = Buffer.concat([cipher.update(JSON.stringify(changes), 'utf8'), cipher.final()]);
  return {
    sealed: { keyId: dataKey.id, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), data: data.toString('base64') },
  };
}

/** Throws when the key is not the one it was sealed with or the entry was altered. */
export function unseal(dataKey: DataKey, sealed: SealedChanges): Record<string, unknown> {
  const { keyId, iv, tag, data } = sealed.sealed;
  if (keyId !== dataKey.id) throw new Error(`sealed under key ${keyId}, not ${dataKey.id}`);
  const decipher = createDecipheriv(ALGORITHM, dataKey.key, Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(keyId, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  const text = Buffer.concat([decipher.update(Buffer.from(data, 'base64')), decipher.final()]).toString('utf8');
  return JSON.parse(text) as Record<string, unknown>;
}

/**
 * The candidate's data key, created on first use. Callers hold the audit
 * chain's advisory lock, so two transactions cannot both create a first key.
 * After a merge a candidate can hold several keys; new entries use the oldest.
 */
export async function dataKeyFor(tx: EntityManager, candidateId: string): Promise<DataKey> {
  const [existing]: DataKey[] = await tx.query(
    `SELECT id, key FROM candidate_data_key WHERE candidate_id = $1 ORDER BY created_at, id LIMIT 1`,
    [candidateId],
  );
  if (existing) return existing;
  const key = randomBytes(32);
  const inserted = await tx.insert(CandidateDataKeyEntity, { candidateId, key });
  return { id: (inserted.identifiers[0] as { id: string }).id, key };
}

/** Keys by id, for reading a page of entries; a missing id means its candidate was erased. */
export async function dataKeysById(manager: EntityManager, keyIds: string[]): Promise<Map<string, DataKey>> {
  if (!keyIds.length) return new Map();
  const rows: DataKey[] = await manager.query(`SELECT id, key FROM candidate_data_key WHERE id = ANY($1::uuid[])`, [[...new Set(keyIds)]]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** Moves every data key of `sourceId` to `targetId` (a merge), so erasing the target later also shreds the source's history. */
export async function moveDataKeys(tx: EntityManager, sourceId: string, targetId: string): Promise<number> {
  const [, affected]: [unknown, number] = await tx.query(`UPDATE candidate_data_key SET candidate_id = $2 WHERE candidate_id = $1`, [
    sourceId,
    targetId,
  ]);
  return affected;
}

/** Deletes the candidate's keys: every audit entry sealed with them becomes unreadable. */
export async function shredDataKeys(tx: EntityManager, candidateId: string): Promise<number> {
  const [, affected]: [unknown, number] = await tx.query(`DELETE FROM candidate_data_key WHERE candidate_id = $1`, [candidateId]);
  return affected;
}
