import type { User } from '@loopboard/contracts';

/** The order the API lists users in, so a user added or renamed here lands where a reload would put them. */
export function sortUsersByName(users: readonly User[]): User[] {
  return [...users].sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
}
