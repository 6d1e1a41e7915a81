import type { UserRole } from '@loopboard/contracts';

/**
 * What the concurrency scenarios need from a running API: fresh signed-in sessions per role
 * (the test's startApi() and the script's own server both give them), the ids of the seeded
 * users, and SQL on the same database to check what was written.
 */
export interface HttpResult {
  status: number;
  body: any;
}

export interface Client {
  request(method: string, path: string, body?: unknown): Promise<HttpResult>;
}

export interface World {
  /** A new session (own cookie and CSRF token) of that role's seeded user: one browser tab. */
  session(role: UserRole): Promise<Client>;
  userId(role: UserRole): string;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
}

/**
 * Reuses signed-in sessions: the k-th call for a role gets session k mod `perRole`, each signed in
 * once. Signing in hashes a password on purpose slowly; the scenarios need distinct tabs, not
 * new ones each time.
 */
export function withSessionPool(world: World, perRole: number): World {
  const pools = new Map<string, { sessions: Promise<Client>[]; next: number }>();
  return {
    ...world,
    session(role) {
      const pool = pools.get(role) ?? { sessions: [], next: 0 };
      pools.set(role, pool);
      const k = pool.next++ % perRole;
      pool.sessions[k] ??= world.session(role);
      return pool.sessions[k]!;
    },
  };
}

export interface ScenarioOptions {
  clients: number;
  rounds: number;
  rng: () => number;
}

export interface ScenarioResult {
  name: string;
  attempts: number;
  ok: number;
  conflicts: number;
  /** The documented 404/400 for a record a concurrent successful write removed (a merged-away candidate, a removed stage). */
  gone: number;
  other: number;
  /** Invariants of the final state that did not hold: lost or doubled updates, derived tables out of step. */
  lostUpdates: number;
  /** Every failure, readable: unexpected statuses, bad conflict bodies, stale writes accepted, broken invariants. */
  problems: string[];
  /** Response codes of the non-2xx answers, e.g. { CANDIDATE_VERSION_CONFLICT: 31 }. */
  codes: Record<string, number>;
  ms: number;
}

/** The domain's seeded PRNG (mulberry32), so a run can be repeated with --seed. */
export { seededRandom } from '@loopboard/domain-scoring';

export const pick = <T>(rng: () => number, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

export function sample<T>(rng: () => number, xs: readonly T[], n: number): T[] {
  const copy = [...xs];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, n);
}

/**
 * Counts the answers of one scenario and collects what went wrong. `expect` names the
 * conflict codes the scenario's endpoints document; any other non-2xx, and every 5xx, is a problem.
 */
export class Tally {
  attempts = 0;
  ok = 0;
  conflicts = 0;
  gone = 0;
  other = 0;
  lostUpdates = 0;
  problems: string[] = [];
  codes: Record<string, number> = {};
  private readonly started = performance.now();

  constructor(readonly name: string) {}

  /**
   * Records one write. Returns 'ok' | 'conflict' | 'gone' | 'other'. `checkConflict` inspects a
   * 409 body and returns a complaint, or null when the body names the conflict as documented.
   */
  record(
    what: string,
    res: HttpResult,
    expect: { conflictCodes: string[]; checkConflict?: (body: any) => string | null; goneCodes?: string[] },
  ): 'ok' | 'conflict' | 'gone' | 'other' {
    this.attempts++;
    if (res.status >= 200 && res.status < 300) {
      this.ok++;
      return 'ok';
    }
    const code = typeof res.body === 'object' && res.body ? String(res.body.code) : `HTTP ${res.status}`;
    this.codes[code] = (this.codes[code] ?? 0) + 1;
    if (res.status === 409 && expect.conflictCodes.includes(code)) {
      this.conflicts++;
      const complaint = typeof res.body.message === 'string' && res.body.message ? expect.checkConflict?.(res.body) : 'no message';
      if (complaint) this.problem(`${what}: 409 ${code} ${complaint}: ${JSON.stringify(res.body).slice(0, 300)}`);
      return 'conflict';
    }
    if (res.status === 404 && expect.goneCodes?.includes(code)) {
      this.gone++;
      return 'gone';
    }
    this.other++;
    this.problem(`${what}: unexpected ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
    return 'other';
  }

  problem(text: string): void {
    if (this.problems.length < 50) this.problems.push(text);
  }

  /** A broken invariant of the final state (a lost or doubled update). */
  lost(text: string): void {
    this.lostUpdates++;
    this.problem(`lost update / inconsistent state: ${text}`);
  }

  /** Asserts equality of a final-state figure, counting a mismatch as a lost update. */
  same(what: string, actual: unknown, expected: unknown): void {
    const a = JSON.stringify(actual);
    const e = JSON.stringify(expected);
    if (a !== e) this.lost(`${what}: ${a} (expected ${e})`);
  }

  result(): ScenarioResult {
    return {
      name: this.name,
      attempts: this.attempts,
      ok: this.ok,
      conflicts: this.conflicts,
      gone: this.gone,
      other: this.other,
      lostUpdates: this.lostUpdates,
      problems: this.problems,
      codes: this.codes,
      ms: Math.round(performance.now() - this.started),
    };
  }
}

/**
 * Successful versioned writes must each start from a distinct version and answer base + 1; the
 * record ends at initial + number of successes. Two successes from one base version would be a
 * stale write accepted (one of them lost).
 */
export function checkVersionChain(
  t: Tally,
  what: string,
  initial: number,
  successes: { base?: number; version: number }[],
  finalVersion: number,
): void {
  const versions = successes.map((s) => s.version).sort((a, b) => a - b);
  const expected = successes.map((_, i) => initial + i + 1);
  t.same(`${what}: versions answered by the successful writes`, versions, expected);
  t.same(`${what}: final version`, finalVersion, initial + successes.length);
  for (const s of successes) {
    if (s.base !== undefined && s.version !== s.base + 1)
      t.lost(`${what}: a write from version ${s.base} answered version ${s.version} (accepted on a stale version)`);
  }
  const bases = successes.filter((s) => s.base !== undefined).map((s) => s.base!);
  if (new Set(bases).size !== bases.length) t.lost(`${what}: two successful writes started from the same version`);
}

/** Every client reads, waits for the others, then writes: the widest window for a race. */
export async function inRounds<R>(
  clients: number,
  read: (i: number) => Promise<R>,
  write: (i: number, seen: R) => Promise<void>,
): Promise<void> {
  const seen = await Promise.all(Array.from({ length: clients }, (_, i) => read(i)));
  await Promise.all(seen.map((s, i) => write(i, s)));
}

export function formatTable(results: ScenarioResult[]): string {
  const head = ['scenario', 'attempts', '2xx', '409', 'gone', 'other', 'lost updates', 'ms'];
  const rows = results.map((r) => [r.name, r.attempts, r.ok, r.conflicts, r.gone, r.other, r.lostUpdates, r.ms].map(String));
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}
