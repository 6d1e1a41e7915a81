import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ErrorCode, type DirectoryUser, type User, type UserRole } from '@loopboard/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuditService } from '../audit/audit.service.js';
import type { RequestContext } from '../auth/actor.js';
import { hashPassword } from '../auth/password-hasher.js';
import { SessionsService } from '../auth/sessions.service.js';
import type { CreateUserDto, UpdateUserDto } from './users.dto.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
  ) {}

  async list(): Promise<User[]> {
    const users = await this.db.getRepository(UserEntity).find({ order: { name: 'ASC', email: 'ASC' } });
    return users.map(toUser);
  }

  /** Active users only, without email or timestamps, for pickers (hiring manager, opening team). */
  async directory(role?: UserRole): Promise<DirectoryUser[]> {
    const users = await this.db.getRepository(UserEntity).find({
      select: { id: true, name: true, role: true },
      where: role ? { active: true, role } : { active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    return users.map((u) => ({ id: u.id, name: u.name, role: u.role }));
  }

  async create(ctx: RequestContext, input: CreateUserDto): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction((tx) => this.insert(tx, ctx, { ...input, email: input.email.toLowerCase() }, passwordHash));
  }

  /** Also used by bootstrap (first admin, demo users) with the system context. */
  async insert(tx: EntityManager, ctx: RequestContext, input: Omit<NewUser, 'password'>, passwordHash: string): Promise<User> {
    const email = input.email.toLowerCase();
    if (await tx.exists(UserEntity, { where: { email } })) {
      throw new DomainError(ErrorCode.EMAIL_TAKEN, `A user with email ${email} already exists`, [{ field: 'email', reason: 'is already taken' }]);
    }
    const user = tx.create(UserEntity, { email, name: input.name, role: input.role, passwordHash, active: true, deactivatedAt: null });
    await tx.save(user);
    await this.audit.record(tx, ctx, {
      action: 'user.created',
      entityType: 'user',
      entityId: user.id,
      changes: { email, name: user.name, role: user.role },
    });
    return toUser(user);
  }

  async update(ctx: RequestContext, userId: string, input: UpdateUserDto): Promise<User> {
    const passwordHash = input.password ? await hashPassword(input.password) : undefined;
    return this.db.transaction(async (tx) => {
      // Row lock: two admins editing one user apply one after the other.
      const user = await tx.findOne(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new DomainError(ErrorCode.USER_NOT_FOUND, `No user with id ${userId}`, [{ field: 'userId', reason: 'no user has this id' }]);
      if (ctx.actor?.id === userId && (input.active === false || (input.role && input.role !== user.role))) {
        // An admin locking themself out would leave nobody to undo it.
        throw new DomainError(ErrorCode.CANNOT_CHANGE_OWN_ACCESS, 'You cannot deactivate or change the role of your own account', [
          { field: input.active === false ? 'active' : 'role', reason: 'cannot be changed on your own account' },
        ]);
      }
      const changes: Record<string, unknown> = {};
      if (input.name !== undefined && input.name !== user.name) {
        changes.name = { from: user.name, to: input.name };
        user.name = input.name;
      }
      if (input.role !== undefined && input.role !== user.role) {
        changes.role = { from: user.role, to: input.role };
        user.role = input.role;
      }
      if (input.active !== undefined && input.active !== user.active) {
        changes.active = { from: user.active, to: input.active };
        user.active = input.active;
        user.deactivatedAt = input.active ? null : new Date();
      }
      if (passwordHash) {
        changes.password = 'changed';
        user.passwordHash = passwordHash;
      }
      if (Object.keys(changes).length === 0) return toUser(user);
      await tx.save(user);
      if (changes.active || changes.password || changes.role) {
        // Deactivation, a new password or a new role take effect at once: sessions end.
        changes.sessionsEnded = await this.sessions.revokeAllForUser(tx, userId);
      }
      await this.audit.record(tx, ctx, { action: 'user.updated', entityType: 'user', entityId: userId, changes });
      return toUser(user);
    });
  }
}

export function toUser(user: UserEntity): User {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.active,
    createdAt: user.createdAt.toISOString(),
    deactivatedAt: user.deactivatedAt ? user.deactivatedAt.toISOString() : null,
  };
}
