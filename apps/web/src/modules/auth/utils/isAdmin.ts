import type { User } from '@loopboard/contracts';

/** Admins manage users, read the audit log and change role weights; the API enforces the same rule. */
export function isAdmin(user: User | null | undefined): boolean {
  return user?.role === 'admin';
}
