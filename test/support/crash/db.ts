import 'reflect-metadata';
import { USER_ROLES, type UserRole } from '@loopboard/contracts';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { hashPassword } from '@loopboard/api/auth';
import { dataSourceOptions } from '@loopboard/api/database';
import { adminQuery, createDatabase, databaseUrl, dropDatabase, uniqueName } from '../pg-server.js';

export const CRASH_PASSWORD = 'crash-safety-password-1';

export interface CrashUser {
  id: string;
  email: string;
  role: UserRole;
}

/** A migrated template for a script run (tests get theirs from api-global-setup.ts). */
export async function migrateTemplate(adminUrl: string, prefix = 'crash_tpl'): Promise<string> {
  const name = uniqueName(prefix);
  const url = await createDatabase(adminUrl, name);
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.runMigrations();
  } finally {
    await ds.destroy();
  }
  return name;
}

/**
 * The base every crash run clones: the migrated template plus one user per role and two more
 * interviewers, all with CRASH_PASSWORD. Cloning it is one CREATE DATABASE ... TEMPLATE.
 */
export async function seedBase(adminUrl: string, template: string, prefix = 'crash_base'): Promise<string> {
  const name = uniqueName(prefix);
  const url = await createDatabase(adminUrl, name, template);
  const hash = await hashPassword(CRASH_PASSWORD);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const people: [string, string, UserRole][] = USER_ROLES.map((role) => [`${role.replace('_', '-')}@crash.loopboard.dev`, `Crash ${role}`, role]);
    people.push(['ivy@crash.loopboard.dev', 'Ivy Second', 'interviewer'], ['ian@crash.loopboard.dev', 'Ian Third', 'interviewer']);
    for (const [email, display, role] of people) {
      await client.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4)`, [email, display, role, hash]);
    }
  } finally {
    await client.end();
  }
  return name;
}

/** The users of a seeded base, by email. */
export async function baseUsers(url: string): Promise<CrashUser[]> {
  return query<CrashUser>(url, `SELECT id, email, role FROM app_user WHERE email LIKE '%@crash.loopboard.dev' ORDER BY email`);
}

export async function cloneDatabase(adminUrl: string, source: string, prefix = 'crash_run'): Promise<{ name: string; url: string }> {
  const name = uniqueName(prefix);
  return { name, url: await createDatabase(adminUrl, name, source) };
}

export { adminQuery, databaseUrl, dropDatabase };

export async function query<T = any>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** Runs `fn` on one connection, in a transaction that is always rolled back (for recomputations to compare against). */
export async function inRolledBackTransaction<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    return await fn(client);
  } finally {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end();
  }
}
