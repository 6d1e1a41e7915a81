export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  actorEmail: string | null;
  /** e.g. `role.weights_changed`, `user.created`, `auth.sign_in_failed`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /**
   * The changed fields: `{ field: { from, to } }`, or facts of the event. Never passwords.
   * Entries about a candidate are stored encrypted under that candidate's key and shown
   * in the clear here; once the candidate was erased they read `{ erased: true }`.
   */
  changes: Record<string, unknown>;
  requestId: string | null;
  ip: string | null;
  hash: string;
}

export interface AuditPage {
  items: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface AuditQuery {
  action?: string;
  entityType?: string;
  entityId?: string;
  actorId?: string;
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export interface AuditVerification {
  ok: boolean;
  checked: number;
  /** First entry whose hash or link does not match, if any. */
  firstBrokenId: string | null;
  reason: string | null;
}
