import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { User, UserRole } from '@loopboard/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from './actor.js';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import { SessionEntity } from './session.entity.js';

export interface ResolvedSession {
  actor: Actor;
  /** The signed-in user as GET /api/auth/session shows them. */
  user: User;
  tokenHash: string;
  csrfToken: string;
  expiresAt: Date;
}

export type SessionLookup = { status: 'valid'; session: ResolvedSession } | { status: 'expired' };

interface SessionRow {
  token_hash: string;
  csrf_token: string;
  expires_at: Date;
  last_seen_at: Date;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  role: UserRole;
  active: boolean;
  created_at: Date;
  deactivated_at: Date | null;
}

// last_seen_at is written at most this often, not on every request.
const TOUCH_INTERVAL_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  /** A new session: 256 random bits in the cookie, a separate random CSRF token. */
  async create(tx: EntityManager, userId: string, meta: { ip: string; userAgent: string | undefined }) {
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.config.sessionTtlSeconds * 1000);
    await tx.insert(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      csrfToken,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
      ip: meta.ip.slice(0, 64),
      userAgent: meta.userAgent?.slice(0, 400) ?? null,
    });
    return { token, csrfToken, expiresAt };
  }

  /** Looks a cookie token up: valid, or expired (timed out, idle, revoked, user deactivated, unknown). */
  async resolve(token: string): Promise<SessionLookup> {
    const tokenHash = hashToken(token);
    const rows: SessionRow[] = await this.db.query(
      `SELECT s.token_hash, s.csrf_token, s.expires_at, s.last_seen_at, s.revoked_at, u.id AS user_id, u.email, u.name, u.role, u.active,
              u.created_at, u.deactivated_at
         FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1`,
      [tokenHash],
    );
    const row = rows[0];
    const now = Date.now();
    if (
      !row ||
      row.revoked_at ||
      !row.active ||
      row.expires_at.getTime() <= now ||
      row.last_seen_at.getTime() + this.config.idleTimeoutSeconds * 1000 <= now
    ) {
      return { status: 'expired' };
    }
    if (now - row.last_seen_at.getTime() > TOUCH_INTERVAL_MS) {
      await this.db.query(`UPDATE user_session SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
    }
    return {
      status: 'valid',
      session: {
        actor: { id: row.user_id, email: row.email, name: row.name, role: row.role },
        user: {
          id: row.user_id,
          email: row.email,
          name: row.name,
          role: row.role,
          active: row.active,
          createdAt: row.created_at.toISOString(),
          deactivatedAt: row.deactivated_at?.toISOString() ?? null,
        },
        tokenHash,
        csrfToken: row.csrf_token,
        expiresAt: row.expires_at,
      },
    };
  }

  async revoke(tx: EntityManager, tokenHash: string): Promise<void> {
    await tx.update(SessionEntity, { tokenHash, revokedAt: IsNull() }, { revokedAt: new Date() });
  }

  /** Ends every session of a user at once (deactivation, password change). */
  async revokeAllForUser(tx: EntityManager, userId: string, exceptTokenHash?: string): Promise<number> {
    const result = await tx
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ revokedAt: () => 'now()' })
      .where('user_id = :userId AND revoked_at IS NULL', { userId })
      .andWhere(exceptTokenHash ? 'token_hash <> :exceptTokenHash' : 'TRUE', { exceptTokenHash })
      .execute();
    return result.affected ?? 0;
  }
}
