import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type SessionResponse } from '@loopboard/contracts';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';
import { toUser } from '../users/users.service.js';
import type { RequestContext } from './actor.js';
import { AUTH_CONFIG, type AuthConfig } from './auth.config.js';
import type { SignInDto } from './auth.dto.js';
import { verifyAgainstDummy, verifyPassword } from './password-hasher.js';
import { SessionsService } from './sessions.service.js';
import { SignInAttemptEntity } from './sign-in-attempt.entity.js';

export interface SignedIn {
  token: string;
  session: SessionResponse;
}

const INVALID = 'Email or password is incorrect';

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
  ) {}

  async signIn(ctx: RequestContext, input: SignInDto, userAgent: string | undefined): Promise<SignedIn> {
    const email = input.email.trim().toLowerCase();
    await this.refuseIfThrottled(email, ctx.ip);

    const user = await this.db.getRepository(UserEntity).findOne({ where: { email } });
    // Unknown emails cost the same hash check as known ones and get the same answer.
    const passwordOk = user ? await verifyPassword(user.passwordHash, input.password) : await verifyAgainstDummy(input.password);
    if (!user || !passwordOk || !user.active) {
      const reason = !user ? 'unknown email' : !passwordOk ? 'wrong password' : 'account deactivated';
      await this.db.transaction(async (tx) => {
        await tx.insert(SignInAttemptEntity, { email, ip: ctx.ip.slice(0, 64), succeeded: false });
        await this.audit.record(tx, ctx, {
          action: 'auth.sign_in_failed',
          entityType: 'session',
          entityId: user?.id ?? null,
          changes: { email, reason },
        });
      });
      // Only someone who knows the password learns that the account is deactivated.
      if (user && passwordOk && !user.active) throw new DomainError(ErrorCode.ACCOUNT_DEACTIVATED, 'This account has been deactivated');
      throw new DomainError(ErrorCode.INVALID_CREDENTIALS, INVALID);
    }

    return this.db.transaction(async (tx) => {
      const created = await this.sessions.create(tx, user.id, { ip: ctx.ip, userAgent });
      await tx.insert(SignInAttemptEntity, { email, ip: ctx.ip.slice(0, 64), succeeded: true });
      const actor = { id: user.id, email: user.email, name: user.name, role: user.role };
      await this.audit.record(tx, { ...ctx, actor }, { action: 'auth.sign_in', entityType: 'session', entityId: user.id, changes: {} });
      return {
        token: created.token,
        session: {
          user: toUser(user),
          csrfToken: created.csrfToken,
          expiresAt: created.expiresAt.toISOString(),
          idleTimeoutSeconds: this.config.idleTimeoutSeconds,
        },
      };
    });
  }

  async signOut(ctx: RequestContext, tokenHash: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      await this.sessions.revoke(tx, tokenHash);
      await this.audit.record(tx, ctx, { action: 'auth.sign_out', entityType: 'session', entityId: ctx.actor?.id ?? null, changes: {} });
    });
  }

  /**
   * At most N failed sign-ins per account and per address in the window; the
   * answer says when to try again (the oldest failure leaving the window).
   */
  private async refuseIfThrottled(email: string, ip: string): Promise<void> {
    const window = this.config.throttleWindowSeconds;
    const [row] = await this.db.query(
      `SELECT
         count(*) FILTER (WHERE email = $1)::int AS account_failures,
         min(at) FILTER (WHERE email = $1) AS account_oldest,
         count(*) FILTER (WHERE ip = $2)::int AS address_failures,
         min(at) FILTER (WHERE ip = $2) AS address_oldest
       FROM sign_in_attempt
       WHERE NOT succeeded AND at > now() - make_interval(secs => $3) AND (email = $1 OR ip = $2)`,
      [email, ip, window],
    );
    const oldest =
      row.account_failures >= this.config.maxFailuresPerAccount
        ? row.account_oldest
        : row.address_failures >= this.config.maxFailuresPerAddress
          ? row.address_oldest
          : null;
    if (!oldest) return;
    const retryAfterSeconds = Math.max(1, Math.ceil((new Date(oldest).getTime() + window * 1000 - Date.now()) / 1000));
    throw new DomainError(
      ErrorCode.SIGN_IN_THROTTLED,
      `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s)`,
      undefined,
      {
        retryAfterSeconds,
      },
    );
  }
}
