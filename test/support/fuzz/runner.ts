/**
 * The fuzzing loop: for an operation and a caller, N generated requests (seeded), each answer checked for
 * 5xx, the documented schema, the error shape, the authorization matrix and (for interviewers) ids of
 * candidates/applications they are not assigned to.
 *
 * What is kept out, and why (the fuzzer must leave every caller able to keep going):
 *   - PATCH /api/users/{userId} never targets the fuzz users themselves (admin could deactivate them or change
 *     their role/password); it gets a sacrificial user, random uuids and hostile strings instead.
 *   - Sign-out ends the caller's session, and fuzzed sign-ins run into the per-account and per-address throttle:
 *     whenever a signed-in caller gets a 401 its client signs in again (failed attempts are cleared first, by SQL,
 *     so the throttle does not lock the fuzz users out). For sign-out that re-sign-in happens at most
 *     `maxResignIns` times per run of the operation; after that, its remaining requests go out signed out.
 */
import fc from 'fast-check';
import { USER_ROLES, type UserRole } from '@loopboard/contracts';
import { ResponseChecker, errorShapeProblem, uuidsIn } from './check.js';
import { operationsOf, requestArbitrary, type FuzzRequest, type Operation } from './request.js';
import type { OpenApiDoc, Pools } from './schema.js';

export type Caller = 'anonymous' | UserRole;
export type Access = 'allowed' | 'own' | 'denied';
export const CALLERS: Caller[] = ['anonymous', ...USER_ROLES];

export interface FuzzTarget {
  baseUrl: string;
  users: Record<UserRole, { id: string; email: string; password: string }>;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
}

interface Session {
  cookie: string;
  csrf: string;
}

export interface Finding {
  op: string;
  caller: Caller;
  kind: '5xx' | 'schema' | 'error-shape' | 'authorization' | 'leak' | 'undocumented-status';
  request: FuzzRequest;
  status: number;
  detail: string;
}

export interface OpStats {
  op: string;
  caller: Caller;
  requests: number;
  status: Record<'2xx' | '3xx' | '4xx' | '5xx', number>;
  schemaFailures: number;
  errorShapeFailures: number;
  authorizationFailures: number;
  leaks: number;
  undocumentedStatuses: Record<string, number>;
  /** Why unmutated ("valid") requests of an allowed caller were refused: "status code field", counted. */
  validRefusals: Record<string, number>;
  resignIns: number;
  /** Denied calls refused for their body (malformed JSON, too large, not JSON) before authentication. */
  preAuthRefusals: number;
  ms: number;
}

/** Operations where a valid request costs an argon2 hash (sign-in, re-sign-in after sign-out, setting a password). */
export const HASHING_OPERATIONS = /^(POST \/api\/auth\/sign-(in|out)|POST \/api\/users|PATCH \/api\/users\/\{userId\})$/;

const PRE_AUTH_REFUSALS = new Set(['400 MALFORMED_BODY', '413 PAYLOAD_TOO_LARGE', '415 UNSUPPORTED_MEDIA_TYPE']);

export class Fuzzer {
  readonly operations: Operation[];
  readonly checker: ResponseChecker;
  readonly findings: Finding[] = [];
  private readonly sessions = new Map<UserRole, Session | null>();

  private constructor(
    readonly target: FuzzTarget,
    readonly doc: OpenApiDoc,
    readonly matrix: Record<string, Record<Caller, Access>>,
    readonly pools: Pools,
  ) {
    this.operations = operationsOf(doc);
    this.checker = new ResponseChecker(doc);
  }

  static async create(target: FuzzTarget, matrix: Record<string, Record<Caller, Access>>): Promise<Fuzzer> {
    const doc = (await (await fetch(`${target.baseUrl}/api/openapi.json`)).json()) as OpenApiDoc;
    const pools: Pools = { ids: {}, named: {} };
    const fuzzer = new Fuzzer(target, doc, matrix, pools);
    for (const role of USER_ROLES) await fuzzer.signIn(role);
    await fuzzer.seed();
    return fuzzer;
  }

  /** The operations in the order they are fuzzed: reads, then writes, then the ones that destroy or sign out. */
  ordered(filter?: RegExp): Operation[] {
    const rank = (op: Operation) =>
      /sign-out/.test(op.id)
        ? 5
        : /sign-in/.test(op.id)
          ? 4
          : /erase|merge/.test(op.id)
            ? 3
            : op.method === 'GET'
              ? 0
              : /users/.test(op.id)
                ? 2
                : 1;
    return this.operations.filter((op) => !filter || filter.test(op.id)).sort((a, b) => rank(a) - rank(b));
  }

  private async signIn(role: UserRole): Promise<void> {
    const user = this.target.users[role];
    // Fuzzed sign-ins fail a lot; clear them so the throttle does not lock the fuzz users out.
    await this.target.sql(`DELETE FROM sign_in_attempt WHERE NOT succeeded`);
    const res = await fetch(`${this.target.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: user.password }),
    });
    const body = (await res.json()) as { csrfToken: string };
    if (res.status !== 200) throw new Error(`fuzz: could not sign in as ${role}: ${res.status} ${JSON.stringify(body)}`);
    const cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.sessions.set(role, { cookie, csrf: body.csrfToken });
  }

  private async send(caller: Caller, req: FuzzRequest): Promise<{ status: number; body: unknown; contentType: string }> {
    const headers: Record<string, string> = { ...req.headers };
    if (caller !== 'anonymous') {
      const session = this.sessions.get(caller);
      if (session) {
        headers.cookie = session.cookie;
        if (req.method !== 'GET' && !req.withoutCsrf) headers['x-csrf-token'] = session.csrf;
      }
    }
    const res = await fetch(this.target.baseUrl + req.url, { method: req.method, headers, body: req.body });
    const text = await res.text();
    const contentType = res.headers.get('content-type') ?? '';
    let body: unknown = text;
    if (contentType.includes('json') && text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    return { status: res.status, body, contentType };
  }

  /** A little real data, made through the API, so generated ids and keys can be valid ones. */
  private async seed(): Promise<void> {
    const admin: Caller = 'admin';
    const call = async (method: string, url: string, value?: unknown) => {
      const res = await this.send(admin, {
        method,
        url,
        headers: value === undefined ? {} : { 'content-type': 'application/json' },
        body: value === undefined ? undefined : JSON.stringify(value),
        mutation: 'seed',
        withoutCsrf: false,
      });
      if (res.status >= 300) throw new Error(`fuzz seed: ${method} ${url} → ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
      return res.body as any;
    };
    const { users } = this.target;
    const roles = (await call('GET', '/api/roles')) as { id: string }[];
    const types = (await call('GET', '/api/interview-types')) as { key: string }[];
    const reasons = (await call('GET', '/api/rejection-reasons')) as { key: string }[];
    const spare = await call('POST', '/api/users', {
      email: 'fuzz-spare@test.loopboard.dev',
      name: 'Fuzz Spare',
      role: 'interviewer',
      password: 'a-long-enough-password',
    });
    const candidates: string[] = [];
    for (let i = 0; i < 4; i++) {
      const c = await call('POST', '/api/candidates', {
        name: `Fuzz Seed ${i}`,
        primaryChannel: 'other',
        emails: [`fuzz${i}@seed.example.org`],
      });
      candidates.push(c.id);
    }
    const opening = await call('POST', '/api/openings', {
      title: 'Fuzz Opening',
      roleId: roles[0]!.id,
      level: 'senior',
      headcount: 2,
      hiringManagerId: users.hiring_manager.id,
      recruiterIds: [users.recruiter.id],
      interviewerIds: [users.interviewer.id, spare.id],
    });
    const applications: string[] = [];
    for (const candidateId of candidates.slice(0, 3))
      applications.push((await call('POST', '/api/applications', { candidateId, openingId: opening.id })).id);
    const stageTypes = opening.loop.stages.flatMap((s: { interviewTypes: string[] }) => s.interviewTypes) as string[];
    const interviews: string[] = [];
    // The fuzz interviewer is assigned on the first application only; the spare one on the second.
    for (const [applicationId, interviewer] of [
      [applications[0]!, users.interviewer.id],
      [applications[1]!, spare.id],
    ] as const) {
      const iv = await call('POST', `/api/applications/${applicationId}/interviews`, {
        interviewTypeKey: stageTypes[0],
        interviewerIds: [interviewer],
        startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      });
      interviews.push(iv.id);
    }
    const imp = await this.send(admin, {
      method: 'POST',
      url: '/api/imports',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        fileName: 'fuzz.csv',
        content: 'name,email\nImported Fuzz,imported-fuzz@seed.example.org\n',
        format: 'candidates-csv',
      }),
      mutation: 'seed',
      withoutCsrf: false,
    });
    const importId = (imp.body as { id?: string })?.id;
    const scorecards = await this.target.sql<{ id: string }>(`SELECT id FROM scorecard LIMIT 3`).catch(() => []);
    this.pools.ids = {
      candidate: candidates,
      opening: [opening.id],
      role: roles.map((r) => r.id).slice(0, 3),
      application: applications,
      interview: interviews,
      interviewer: [users.interviewer.id, spare.id],
      user: [spare.id],
      import: importId ? [importId] : [],
      scorecard: scorecards.map((s) => s.id),
    };
    this.pools.named = {
      key: types.map((t) => t.key),
      interviewTypeKey: stageTypes,
      reasonKey: reasons.map((r) => r.key),
      venue: ['NeurIPS', 'ICML', 'ICLR'],
      version: [1, 2, 3],
      stage: opening.loop.stages.map((s: { key: string }) => s.key),
      stageKey: opening.loop.stages.map((s: { key: string }) => s.key),
      toStageKey: opening.loop.stages.map((s: { key: string }) => s.key),
      email: ['fuzz-new@test.loopboard.dev', users.interviewer.email],
      // The document types these as plain strings; real-looking ones get past validation more often.
      emails: ['fuzz-a@example.org', 'fuzz-b@example.org'],
      url: ['https://example.org/fuzz', 'https://github.com/example/repo'],
      password: ['a-long-enough-password', users.interviewer.password],
    };
  }

  /** Candidate and application ids the fuzz interviewer must never see: everything they are not assigned to. */
  private async forbiddenForInterviewer(): Promise<Set<string>> {
    const rows = await this.target.sql<{ id: string }>(
      `WITH mine AS (
         SELECT DISTINCT i.application_id FROM interview i JOIN interview_interviewer ii ON ii.interview_id = i.id WHERE ii.user_id = $1
       )
       SELECT a.id FROM application a WHERE a.id NOT IN (SELECT application_id FROM mine)
       UNION
       SELECT c.id FROM candidate c WHERE c.id NOT IN (SELECT a.candidate_id FROM application a JOIN mine m ON m.application_id = a.id)`,
      [this.target.users.interviewer.id],
    );
    return new Set(rows.map((r) => r.id.toLowerCase()));
  }

  async fuzz(op: Operation, caller: Caller, count: number, seed: number, options: { maxResignIns?: number } = {}): Promise<OpStats> {
    const started = performance.now();
    const access = this.matrix[op.id]?.[caller];
    if (!access) throw new Error(`${op.id} is not in the authorization matrix`);
    const stats: OpStats = {
      op: op.id,
      caller,
      requests: 0,
      status: { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0 },
      schemaFailures: 0,
      errorShapeFailures: 0,
      authorizationFailures: 0,
      leaks: 0,
      undocumentedStatuses: {},
      validRefusals: {},
      resignIns: 0,
      preAuthRefusals: 0,
      ms: 0,
    };
    const pools: Pools = {
      ids: {
        ...this.pools.ids,
        // Never the fuzz users themselves: admin could deactivate them or take their role away.
        ...(op.id === 'PATCH /api/users/{userId}'
          ? { user: this.pools.ids.user!, interviewer: this.pools.ids.user! }
          : { user: [...this.pools.ids.user!, ...Object.values(this.target.users).map((u) => u.id)] }),
      },
      named: this.pools.named,
    };
    const requests = fc.sample(requestArbitrary(this.doc, op, pools), { seed, numRuns: count });
    const forbidden = caller === 'interviewer' && access !== 'denied' ? await this.forbiddenForInterviewer() : null;
    const maxResignIns = /sign-out/.test(op.id) ? (options.maxResignIns ?? 25) : Infinity;
    // At most a few examples of each kind of finding per operation and caller, so one noisy one does not crowd out the rest.
    const kept: Record<string, number> = {};
    const record = (kind: Finding['kind'], req: FuzzRequest, status: number, detail: string) => {
      kept[kind] = (kept[kind] ?? 0) + 1;
      if (kept[kind] <= 5) this.findings.push({ op: op.id, caller, kind, request: req, status, detail });
    };

    for (const req of requests) {
      let res = await this.send(caller, req);
      if (caller !== 'anonymous' && res.status === 401 && stats.resignIns < maxResignIns && !/sign-in/.test(op.id)) {
        // The session is gone (sign-out, or a fuzzed write): sign in again and send the same request once more.
        await this.signIn(caller);
        stats.resignIns++;
        res = await this.send(caller, req);
      }
      stats.requests++;
      if (req.mutation === 'valid' && access !== 'denied' && res.status >= 400) {
        const b = res.body as { code?: string; fields?: { field: string }[] } | null;
        const why = `${res.status} ${b?.code ?? ''} ${b?.fields?.[0]?.field ?? ''}`.trim();
        stats.validRefusals[why] = (stats.validRefusals[why] ?? 0) + 1;
      }
      const cls = `${Math.floor(res.status / 100)}xx` as keyof OpStats['status'];
      stats.status[cls] = (stats.status[cls] ?? 0) + 1;
      if (res.status >= 500) record('5xx', req, res.status, JSON.stringify(res.body).slice(0, 300));
      if (!this.checker.isDocumented(op, res.status)) {
        // A status the document does not list for the operation: its schema (if any) cannot be checked either.
        stats.undocumentedStatuses[res.status] = (stats.undocumentedStatuses[res.status] ?? 0) + 1;
        record('undocumented-status', req, res.status, `not among the documented responses: ${JSON.stringify(res.body).slice(0, 200)}`);
      }
      if (res.status >= 400) {
        const problem = errorShapeProblem(res.body);
        if (problem) {
          stats.errorShapeFailures++;
          record('error-shape', req, res.status, problem);
        }
      } else if (res.contentType.includes('json')) {
        const problem = this.checker.schemaProblem(op, res.status, res.body);
        if (problem) {
          stats.schemaFailures++;
          record('schema', req, res.status, problem);
        }
      }
      if (access === 'denied') {
        const expected = caller === 'anonymous' ? 401 : 403;
        // Fastify reads the body before the guard runs: a body it cannot take is refused first. Such an answer
        // carries no data (it is checked for the error shape above); it is counted, not failed.
        const code = (res.body as { code?: unknown } | null)?.code;
        if (PRE_AUTH_REFUSALS.has(`${res.status} ${String(code)}`)) {
          stats.preAuthRefusals++;
          continue;
        }
        // A session lost to sign-out is 401 for anyone; past the re-sign-in budget that is not a matrix failure.
        const signedOut = caller !== 'anonymous' && res.status === 401 && stats.resignIns >= maxResignIns;
        if (res.status !== expected && !signedOut) {
          stats.authorizationFailures++;
          record('authorization', req, res.status, `denied for ${caller}, expected ${expected}: ${JSON.stringify(res.body).slice(0, 200)}`);
        }
      }
      if (forbidden && res.status < 300) {
        // Ids the request named in its query or body may come back (e.g. echoed); not so a 2xx for a resource in the path.
        const [path = '', query = ''] = req.url.split('?');
        const asked = uuidsIn(`${query} ${req.body ?? ''}`);
        const leaked = [...uuidsIn(res.body), ...uuidsIn(path)].filter((id) => forbidden.has(id) && !asked.has(id));
        if (leaked.length) {
          stats.leaks++;
          record('leak', req, res.status, `interviewer got ids they are not assigned to: ${leaked.slice(0, 3).join(', ')}`);
        }
      }
    }
    // Leave every signed-in caller with a working session for the next operation.
    if (caller !== 'anonymous') {
      const check = await this.send(caller, {
        method: 'GET',
        url: '/api/auth/session',
        headers: {},
        mutation: 'check',
        withoutCsrf: false,
      });
      if (check.status === 401) {
        await this.signIn(caller);
        stats.resignIns++;
      }
    }
    stats.ms = performance.now() - started;
    return stats;
  }

  /** One operation as every caller at once (callers in parallel, each caller's requests in order). */
  /** The seed is the run's: each operation and caller derive their own from it, so --ops replays the same requests. */
  async fuzzAllCallers(op: Operation, count: number, seed: number, options: { maxResignIns?: number } = {}): Promise<OpStats[]> {
    return Promise.all(CALLERS.map((caller) => this.fuzz(op, caller, count, seedFor(seed, `${op.id} ${caller}`), options)));
  }
}

export function describeFinding(f: Finding): string {
  const body =
    f.request.body === undefined
      ? ''
      : ` body=${f.request.body.length > 300 ? `${f.request.body.slice(0, 300)}… (${f.request.body.length} chars)` : f.request.body}`;
  return `[${f.kind}] ${f.op} as ${f.caller} → ${f.status} (${f.request.mutation}): ${f.request.method} ${f.request.url.slice(0, 300)}${body} ${JSON.stringify(f.request.headers)} :: ${f.detail}`;
}

/** A 31-bit seed from the run's seed and a name (FNV-1a). */
export function seedFor(seed: number, name: string): number {
  let h = 0x811c9dc5 ^ seed;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 1;
}
