import type { UserRole } from '@loopboard/contracts';

/** The signed-in user making a request. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: UserRole;
}

/** Who is asking and from where: every service call that reads or writes someone's data takes this. */
export interface RequestContext {
  actor: Actor | null;
  requestId: string;
  ip: string;
}

/** A context for work the system does on its own (bootstrap, scripts). */
export function systemContext(requestId = 'system'): RequestContext {
  return { actor: null, requestId, ip: '127.0.0.1' };
}
