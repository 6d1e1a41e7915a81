import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UserRole } from '@loopboard/contracts';
import { DataSource } from 'typeorm';
import { systemContext } from '../auth/actor.js';
import { hashPassword } from '../auth/password-hasher.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

export const BOOTSTRAP_OPTIONS = Symbol('BOOTSTRAP_OPTIONS');

export interface BootstrapOptions {
  /** Seed one demo user per role (local `npm start`). */
  demoUsers: boolean;
  /** First admin of a fresh production database, from LOOPBOARD_ADMIN_EMAIL / _PASSWORD. */
  initialAdmin?: { email: string; password: string; name: string };
}

/** Demo sign-ins, listed in the README. */
export const DEMO_PASSWORD = 'loopboard-demo-2026';
export const DEMO_USERS: { email: string; name: string; role: UserRole }[] = [
  { email: 'admin@loopboard.dev', name: 'Ada Admin', role: 'admin' },
  { email: 'recruiter@loopboard.dev', name: 'Riley Recruiter', role: 'recruiter' },
  { email: 'manager@loopboard.dev', name: 'Morgan Manager', role: 'hiring_manager' },
  { email: 'interviewer@loopboard.dev', name: 'Ivan Interviewer', role: 'interviewer' },
];

/** Creates the first users of an empty database; does nothing once any user exists. */
@Injectable()
export class BootstrapUsers implements OnApplicationBootstrap {
  private readonly logger = new Logger('Bootstrap');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(BOOTSTRAP_OPTIONS) private readonly options: BootstrapOptions,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const wanted = [
      ...(this.options.initialAdmin ? [{ ...this.options.initialAdmin, role: 'admin' as const }] : []),
      ...(this.options.demoUsers ? DEMO_USERS.map((u) => ({ ...u, password: DEMO_PASSWORD })) : []),
    ];
    if (wanted.length === 0) return;
    const hashes = await Promise.all(wanted.map((u) => hashPassword(u.password)));
    await this.db.transaction(async (tx) => {
      // Serialises two instances starting at once on the same database.
      await tx.query(`LOCK TABLE app_user IN EXCLUSIVE MODE`);
      if ((await tx.count(UserEntity)) > 0) return;
      for (const [i, user] of wanted.entries()) {
        if (await tx.exists(UserEntity, { where: { email: user.email.toLowerCase() } })) continue;
        await this.users.insert(tx, systemContext('bootstrap'), user, hashes[i]!);
      }
      this.logger.log(`created ${wanted.length} first user(s): ${wanted.map((u) => u.email).join(', ')}`);
    });
  }
}
