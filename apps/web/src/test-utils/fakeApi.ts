import {
  ErrorCode,
  PASSWORD_MIN_LENGTH,
  USER_ROLES,
  type AuditEntry,
  type AuditVerification,
  type CandidateDetail,
  type CandidateSummary,
  type CreateCandidateRequest,
  type UpdateCandidateRequest,
  type Competency,
  type CreateRoleWeightsVersionRequest,
  type CreateUserRequest,
  type Role,
  type RoleWeightsVersion,
  type SessionResponse,
  type UpdateUserRequest,
  type User,
  type UserRole,
  type Weights,
} from '@loopboard/contracts';
import { validateWeights } from '@loopboard/domain-scoring';
import { vi } from 'vitest';
import { candidateSummary, filterCandidates, sortCandidates } from './fakeCandidates';
import { createFakeAnalytics } from './fakeAnalytics';
import { createFakeDuplicates } from './fakeDuplicates';
import { createFakeImports } from './fakeImports';
import { createFakeInterviews } from './fakeInterviews';
import { createFakeOpenings } from './fakeOpenings';
import { createFakeScheduling } from './fakeScheduling';
import { createFakeScorecards } from './fakeScorecards';

export const COMPETENCIES: Competency[] = [
  { key: 'ml', name: 'ML knowledge', description: 'Modelling, evaluation, theory' },
  { key: 'math', name: 'Mathematics', description: 'Linear algebra, probability, statistics' },
  { key: 'swe', name: 'Software engineering', description: 'Coding, debugging, code quality' },
  { key: 'data', name: 'Data engineering', description: 'Pipelines, storage, SQL' },
  { key: 'ops', name: 'Production & MLOps', description: 'Deployment, monitoring, infrastructure' },
  { key: 'research', name: 'Research depth', description: 'Originality, execution, judgement' },
  { key: 'comms', name: 'Communication', description: 'Communication and technical writing' },
  { key: 'product', name: 'Product sense', description: 'Product and business sense' },
];

export const ML_ENGINEER_ID = '0b5c1a52-4a53-4c3e-9d0e-1f2a3b4c5d01';
export const ML_RESEARCHER_ID = '0b5c1a52-4a53-4c3e-9d0e-1f2a3b4c5d02';

export const ML_ENGINEER_WEIGHTS: Weights = {
  ml: 0.25,
  math: 0.1,
  swe: 0.25,
  data: 0.05,
  ops: 0.15,
  research: 0.05,
  comms: 0.1,
  product: 0.05,
};
export const ML_RESEARCHER_WEIGHTS: Weights = { ml: 0.25, math: 0.2, swe: 0.1, data: 0, ops: 0, research: 0.3, comms: 0.15, product: 0 };

/** The demo accounts, as the API seeds them. */
export const DEMO_PASSWORD = 'loopboard-demo-2026';
export const DEMO_USERS: Record<UserRole, User> = {
  admin: demoUser('a0000000-0000-4000-8000-000000000001', 'admin@loopboard.dev', 'Ada Admin', 'admin'),
  recruiter: demoUser('a0000000-0000-4000-8000-000000000002', 'recruiter@loopboard.dev', 'Riley Recruiter', 'recruiter'),
  hiring_manager: demoUser('a0000000-0000-4000-8000-000000000003', 'manager@loopboard.dev', 'Morgan Manager', 'hiring_manager'),
  interviewer: demoUser('a0000000-0000-4000-8000-000000000004', 'interviewer@loopboard.dev', 'Ivan Interviewer', 'interviewer'),
};

const IDLE_TIMEOUT_SECONDS = 30 * 60;
const AUDIT_DEFAULT_LIMIT = 50;

interface StoredRole {
  id: string;
  key: string;
  name: string;
  description: string;
  versions: RoleWeightsVersion[];
}

export interface FetchCall {
  method: string;
  path: string;
  /** The query string, e.g. `?action=user.created` ('' if none). */
  search: string;
  body: unknown;
  /** The X-CSRF-Token header the dashboard sent, if any. */
  csrfToken: string | null;
}

type Answer = { status: number; body: unknown };
type Override = (call: FetchCall) => Answer | undefined;

export interface FakeApiOptions {
  roles?: 'seeded' | 'none';
  /** Who has a session cookie when the app starts; null for nobody. Defaults to the demo admin. */
  signedInAs?: UserRole | null;
  /** The candidates the API holds at the start (none by default). */
  candidates?: CandidateDetail[];
}

const CANDIDATE_DEFAULT_LIMIT = 50;

const error = (status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { code, message, requestId: 'req-fake', ...extra },
});

/**
 * An in-memory stand-in for the Loopboard API behind `fetch`, with the same
 * rules that matter to the dashboard: a session (the "cookie" is this fake's
 * state) and its CSRF token on every write, admin-only endpoints, versions that
 * count up, a stale baseVersion is a 409 with the current version, invalid
 * weights are a 400, and an audit entry for each sign-in and change.
 */
export function createFakeApi(options: FakeApiOptions = {}) {
  const roles: StoredRole[] =
    options.roles === 'none'
      ? []
      : [
          seedRole(ML_ENGINEER_ID, 'ml-engineer', 'ML engineer', 'Builds and ships ML systems.', ML_ENGINEER_WEIGHTS),
          seedRole(ML_RESEARCHER_ID, 'ml-researcher', 'ML researcher', 'Advances the state of the art.', ML_RESEARCHER_WEIGHTS),
        ];
  const users: User[] = USER_ROLES.map((role) => ({ ...DEMO_USERS[role] }));
  const passwords = new Map(users.map((user) => [user.id, DEMO_PASSWORD]));
  const audit: AuditEntry[] = [];
  const candidates: CandidateDetail[] = (options.candidates ?? []).map((c) => structuredClone(c));
  const duplicates = createFakeDuplicates({ candidates, now, recordBy });
  // Imports (preview, commit, progress): see fakeImports.ts.
  const imports = createFakeImports({ candidates, now, recordBy });
  // Interview types, kits and role loop templates: see fakeInterviews.ts.
  const interviews = createFakeInterviews({
    roleIds: () => roles.map((r) => r.id),
    now,
    recordBy,
    loops: {
      [ML_ENGINEER_ID]: [
        { name: 'Recruiter screen', interviewTypes: ['recruiter-screen'] },
        { name: 'Technical', interviewTypes: ['pair-coding', 'pair-debugging'] },
        { name: 'Hiring manager', interviewTypes: ['hiring-manager'] },
      ],
      [ML_RESEARCHER_ID]: [
        { name: 'Recruiter screen', interviewTypes: ['recruiter-screen'] },
        { name: 'Pair debugging', interviewTypes: ['pair-debugging'] },
        { name: 'Hiring manager', interviewTypes: ['hiring-manager'] },
      ],
    },
  });
  // Openings, applications and the pipeline: see fakeOpenings.ts.
  const openings = createFakeOpenings({
    users: () => users,
    candidates,
    roles: () => roles.map(({ id, name }) => ({ id, name })),
    roleLoop: (roleId) => interviews.controls.roleLoop(roleId).stages,
    now,
    recordBy,
  });
  // Interviews, take-homes and the interviewer's own list: see fakeScheduling.ts.
  const scheduling = createFakeScheduling({
    users: () => users,
    openings: () => openings.controls.openings(),
    applicationsOf: (openingId) => openings.controls.applicationsOf(openingId),
    interviewTypes: () => interviews.controls.interviewTypes(),
  });
  // Scorecards, scores, leaderboards and calibration (with the blind rule): see fakeScorecards.ts.
  const scorecards = createFakeScorecards({
    users: () => users,
    openings: () => openings.controls.openings(),
    applicationsOf: (openingId) => openings.controls.applicationsOf(openingId),
    interviewsOf: (applicationId) => scheduling.controls.interviewsOf(applicationId),
    interviewTypes: () => interviews.controls.interviewTypes(),
    weightsOf: (roleId) => {
      const current = roles.find((r) => r.id === roleId)?.versions.at(-1);
      return { version: current?.version ?? 0, weights: current?.weights ?? ML_ENGINEER_WEIGHTS };
    },
    channelOf: (candidateId) => candidates.find((c) => c.id === candidateId)?.primaryChannel ?? null,
    now,
  });
  // The dashboard's reports over seeded applications and interviews: see fakeAnalytics.ts.
  const analytics = createFakeAnalytics({
    openings: () => openings.controls.openings(),
    roleIds: () => roles.map((r) => r.id),
    rejectionReasonLabel: (key) => openings.controls.rejectionReasons().find((r) => r.key === key)?.label ?? key,
  });
  let brokenChain: { id: string; reason: string } | null = null;
  let tokens = 0;
  let clock = Date.UTC(2026, 0, 12, 9, 0, 0);
  const calls: FetchCall[] = [];
  const overrides: Override[] = [];

  let session: { userId: string; csrfToken: string } | null = null;
  /** Had a session that ended (expired or deactivated): the API says SESSION_EXPIRED rather than UNAUTHENTICATED. */
  let sessionEnded = false;
  const signedInAs = options.signedInAs === undefined ? 'admin' : options.signedInAs;
  if (signedInAs) session = { userId: DEMO_USERS[signedInAs].id, csrfToken: nextToken() };

  function nextToken() {
    tokens += 1;
    return `csrf-token-${tokens}`;
  }

  function now(): string {
    clock += 60_000;
    return new Date(clock).toISOString();
  }

  const currentUser = () => (session ? users.find((u) => u.id === session?.userId) : undefined);

  function sessionResponse(): SessionResponse {
    const user = currentUser();
    if (!session || !user) throw new Error('no session');
    return {
      user: { ...user },
      csrfToken: session.csrfToken,
      expiresAt: new Date(clock + 8 * 3600_000).toISOString(),
      idleTimeoutSeconds: IDLE_TIMEOUT_SECONDS,
    };
  }

  function record(entry: Omit<AuditEntry, 'id' | 'at' | 'requestId' | 'ip' | 'hash'>) {
    const id = String(audit.length + 1);
    audit.push({ ...entry, id, at: now(), requestId: 'req-fake', ip: '127.0.0.1', hash: `hash-${id}` });
  }

  function recordBy(
    actor: User | undefined,
    action: string,
    entityType: string,
    entityId: string | null,
    changes: Record<string, unknown>,
  ) {
    record({ actorId: actor?.id ?? null, actorEmail: actor?.email ?? null, action, entityType, entityId, changes });
  }

  const toRole = (role: StoredRole): Role => ({
    id: role.id,
    key: role.key,
    name: role.name,
    description: role.description,
    current: role.versions[role.versions.length - 1],
  });

  function addVersion(role: StoredRole, weights: Weights, note: string | null): RoleWeightsVersion {
    const version: RoleWeightsVersion = {
      roleId: role.id,
      version: role.versions.length + 1,
      weights,
      note,
      createdAt: new Date(Date.UTC(2025, 0, role.versions.length + 1, 12)).toISOString(),
    };
    role.versions.push(version);
    return version;
  }

  function handle(call: FetchCall): Answer {
    for (const override of overrides) {
      const answer = override(call);
      if (answer) return answer;
    }
    const unsafe = call.method !== 'GET';

    if (call.path === '/api/auth/sign-in' && call.method === 'POST') return signIn(call.body);
    if (call.path === '/api/auth/session' && call.method === 'GET') {
      if (session) return { status: 200, body: sessionResponse() };
      return sessionEnded
        ? error(401, ErrorCode.SESSION_EXPIRED, 'Your session has expired')
        : error(401, ErrorCode.UNAUTHENTICATED, 'Sign in first');
    }

    const user = currentUser();
    if (!session || !user) {
      return sessionEnded
        ? error(401, ErrorCode.SESSION_EXPIRED, 'Your session has expired')
        : error(401, ErrorCode.UNAUTHENTICATED, 'Sign in first');
    }
    if (unsafe && call.csrfToken !== session.csrfToken) return error(403, ErrorCode.CSRF_TOKEN_INVALID, 'Missing or wrong CSRF token');

    if (call.path === '/api/auth/sign-out' && call.method === 'POST') {
      recordBy(user, 'auth.sign_out', 'session', null, {});
      session = null;
      return { status: 204, body: null };
    }

    const forbidden = error(403, ErrorCode.FORBIDDEN, 'Your role does not allow this');
    const duplicatesAnswer = duplicates.handle(call, user);
    if (duplicatesAnswer) return duplicatesAnswer;
    const importsAnswer = imports.handle(call, user);
    if (importsAnswer) return importsAnswer;
    const interviewsAnswer = interviews.handle(call, user);
    if (interviewsAnswer) return interviewsAnswer;
    const analyticsAnswer = analytics.handle(call, user);
    if (analyticsAnswer) return analyticsAnswer;
    const scorecardsAnswer = scorecards.handle(call, user);
    if (scorecardsAnswer) return scorecardsAnswer;
    const schedulingAnswer = scheduling.handle(call, user);
    if (schedulingAnswer) return schedulingAnswer;
    const openingsAnswer = openings.handle(call, user);
    if (openingsAnswer) return openingsAnswer;
    if (call.path.startsWith('/api/users') || call.path.startsWith('/api/audit')) {
      if (user.role !== 'admin') return forbidden;
      return call.path.startsWith('/api/users') ? handleUsers(call, user) : handleAudit(call);
    }
    if (call.path.startsWith('/api/candidates') || call.path === '/api/venues') {
      if (user.role === 'interviewer' || (unsafe && user.role === 'hiring_manager')) return forbidden;
      return handleCandidates(call, user);
    }
    if (unsafe && call.path.startsWith('/api/roles') && user.role !== 'admin') return forbidden;
    return handleRoles(call, user);
  }

  function signIn(body: unknown): Answer {
    const { email, password } = (body ?? {}) as Partial<Record<string, unknown>>;
    const fields = [];
    if (typeof email !== 'string' || !email.includes('@')) fields.push({ field: 'email', reason: 'must be an email' });
    if (typeof password !== 'string' || password === '') fields.push({ field: 'password', reason: 'should not be empty' });
    if (fields.length) return error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', { fields });
    const user = users.find((u) => u.email.toLowerCase() === String(email).toLowerCase());
    if (!user || passwords.get(user.id) !== password) {
      record({ actorId: null, actorEmail: null, action: 'auth.sign_in_failed', entityType: 'session', entityId: null, changes: { email } });
      return error(401, ErrorCode.INVALID_CREDENTIALS, 'Email or password is incorrect');
    }
    if (!user.active) return error(403, ErrorCode.ACCOUNT_DEACTIVATED, 'This account has been deactivated');
    session = { userId: user.id, csrfToken: nextToken() };
    sessionEnded = false;
    recordBy(user, 'auth.sign_in', 'session', null, {});
    return { status: 200, body: sessionResponse() };
  }

  function handleUsers(call: FetchCall, actor: User): Answer {
    if (call.path === '/api/users' && call.method === 'GET') {
      return { status: 200, body: [...users].sort((a, b) => a.name.localeCompare(b.name)) };
    }
    if (call.path === '/api/users' && call.method === 'POST') {
      const request = call.body as CreateUserRequest;
      const fields = [];
      if (!request.name?.trim()) fields.push({ field: 'name', reason: 'should not be empty' });
      if (!request.email?.includes('@')) fields.push({ field: 'email', reason: 'must be an email' });
      if (!USER_ROLES.includes(request.role)) fields.push({ field: 'role', reason: 'must be one of the user roles' });
      if ((request.password ?? '').length < PASSWORD_MIN_LENGTH) {
        fields.push({ field: 'password', reason: `must be longer than or equal to ${PASSWORD_MIN_LENGTH} characters` });
      }
      if (fields.length) return error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', { fields });
      if (users.some((u) => u.email.toLowerCase() === request.email.toLowerCase())) {
        return error(409, ErrorCode.EMAIL_TAKEN, 'A user with this email already exists');
      }
      const created: User = {
        id: `b0000000-0000-4000-8000-${String(users.length + 1).padStart(12, '0')}`,
        email: request.email,
        name: request.name,
        role: request.role,
        active: true,
        createdAt: now(),
        deactivatedAt: null,
      };
      users.push(created);
      passwords.set(created.id, request.password);
      recordBy(actor, 'user.created', 'user', created.id, { email: created.email, name: created.name, role: created.role });
      return { status: 201, body: created };
    }
    const match = /^\/api\/users\/([^/]+)$/.exec(call.path);
    if (match && call.method === 'PATCH') {
      const target = users.find((u) => u.id === decodeURIComponent(match[1]));
      if (!target) return error(404, ErrorCode.USER_NOT_FOUND, 'No such user');
      const request = call.body as UpdateUserRequest;
      const demotes = request.role !== undefined && request.role !== 'admin';
      if (target.id === actor.id && (request.active === false || demotes)) {
        return error(409, ErrorCode.CANNOT_CHANGE_OWN_ACCESS, 'You cannot deactivate or demote yourself');
      }
      const changes: Record<string, { from: unknown; to: unknown }> = {};
      if (request.role !== undefined && request.role !== target.role) {
        changes.role = { from: target.role, to: request.role };
        target.role = request.role;
      }
      if (request.active !== undefined && request.active !== target.active) {
        changes.active = { from: target.active, to: request.active };
        target.active = request.active;
        target.deactivatedAt = request.active ? null : now();
      }
      if (request.name !== undefined && request.name !== target.name) {
        changes.name = { from: target.name, to: request.name };
        target.name = request.name;
      }
      if (Object.keys(changes).length) recordBy(actor, 'user.updated', 'user', target.id, changes);
      return { status: 200, body: { ...target } };
    }
    return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
  }

  function handleAudit(call: FetchCall): Answer {
    if (call.path === '/api/audit/verify') {
      const verification: AuditVerification = brokenChain
        ? { ok: false, checked: Number(brokenChain.id), firstBrokenId: brokenChain.id, reason: brokenChain.reason }
        : { ok: true, checked: audit.length, firstBrokenId: null, reason: null };
      return { status: 200, body: verification };
    }
    if (call.path !== '/api/audit') return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    const query = new URLSearchParams(call.search);
    const limit = Number(query.get('limit') ?? AUDIT_DEFAULT_LIMIT);
    const cursor = query.get('cursor');
    const matching = [...audit]
      .reverse()
      .filter((entry) => !cursor || Number(entry.id) < Number(cursor))
      .filter((entry) =>
        (['action', 'entityType', 'entityId', 'actorId'] as const).every((key) => !query.get(key) || entry[key] === query.get(key)),
      )
      .filter((entry) => !query.get('from') || entry.at >= new Date(query.get('from') as string).toISOString())
      .filter((entry) => !query.get('to') || entry.at <= new Date(query.get('to') as string).toISOString());
    const items = matching.slice(0, limit);
    const nextCursor = matching.length > limit ? items[items.length - 1].id : null;
    return { status: 200, body: { items, nextCursor } };
  }

  function handleRoles(call: FetchCall, actor: User): Answer {
    const notFound = error(404, ErrorCode.ROLE_NOT_FOUND, 'No such role');
    if (call.method === 'GET' && call.path === '/api/competencies') return { status: 200, body: COMPETENCIES };
    if (call.method === 'GET' && call.path === '/api/roles') return { status: 200, body: roles.map(toRole) };
    const match = /^\/api\/roles\/([^/]+)(\/weights(?:\/(\d+))?)?$/.exec(call.path);
    const role = match && roles.find((r) => r.id === decodeURIComponent(match[1]));
    if (!match || !role) return match ? notFound : error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    if (call.method === 'GET' && !match[2]) return { status: 200, body: toRole(role) };
    if (call.method === 'GET' && match[3]) {
      const version = role.versions.find((v) => v.version === Number(match[3]));
      return version ? { status: 200, body: version } : error(404, ErrorCode.ROLE_VERSION_NOT_FOUND, 'No such version');
    }
    if (call.method === 'GET') {
      const summaries = [...role.versions].reverse().map(({ version, note, createdAt }) => ({ version, note, createdAt }));
      return { status: 200, body: summaries };
    }
    const request = call.body as CreateRoleWeightsVersionRequest;
    const problems = validateWeights(request.weights);
    if (problems.length) return error(400, ErrorCode.WEIGHTS_INVALID, 'Weights are invalid', { fields: problems });
    const current = role.versions.length;
    if (request.baseVersion !== current) {
      return error(409, ErrorCode.WEIGHTS_VERSION_CONFLICT, 'A newer version was saved', { currentVersion: current });
    }
    const previous = role.versions[current - 1];
    const saved = addVersion(role, request.weights, request.note ?? null);
    recordBy(actor, 'role.weights_changed', 'role', role.id, {
      version: { from: previous.version, to: saved.version },
      weights: { from: previous.weights, to: saved.weights },
    });
    return { status: 201, body: saved };
  }

  function handleCandidates(call: FetchCall, actor: User): Answer {
    if (call.path === '/api/candidates' && call.method === 'GET') {
      const query = new URLSearchParams(call.search);
      const limit = Number(query.get('limit') ?? CANDIDATE_DEFAULT_LIMIT);
      const offset = Number(query.get('cursor') ?? 0);
      const matching = sortCandidates(filterCandidates(candidates, query), query);
      const items: CandidateSummary[] = matching.slice(offset, offset + limit).map(candidateSummary);
      const nextCursor = matching.length > offset + limit ? String(offset + limit) : null;
      return { status: 200, body: { items, nextCursor } };
    }
    if (call.path === '/api/candidates' && call.method === 'POST') {
      const request = call.body as CreateCandidateRequest;
      const fields = [];
      if (!request.name?.trim()) fields.push({ field: 'name', reason: 'must be longer than or equal to 1 characters' });
      for (const [index, email] of (request.emails ?? []).entries()) {
        if (!email.includes('@')) fields.push({ field: `emails.${index}`, reason: 'must be an email' });
      }
      if (fields.length) return error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', { fields });
      const holder = candidates.find((c) => c.emails.some((e) => request.emails?.some((r) => r.toLowerCase() === e.toLowerCase())));
      if (holder) {
        return error(409, ErrorCode.CANDIDATE_IDENTITY_TAKEN, 'This email belongs to another candidate', {
          existingCandidateId: holder.id,
        });
      }
      const at = now();
      const [givenName = '', ...rest] = request.name.trim().split(' ');
      const created: CandidateDetail = {
        id: `c0000000-0000-4000-8000-${String(candidates.length + 1000).padStart(12, '0')}`,
        displayName: request.name.trim(),
        givenName,
        familyName: rest.join(' '),
        emails: request.emails ?? [],
        affiliations: request.affiliations ?? [],
        location: request.location ?? null,
        tags: request.tags ?? [],
        notes: request.notes ?? '',
        links: request.links ?? [],
        primaryChannel: request.primaryChannel,
        primaryCredit: request.primaryCredit ?? null,
        archivedAt: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
        signals: { firstAuthorTopTier: 0, creditAdjusted: 0, bestVenueTier: null, reproducedReimplementations: 0 },
        identities: (request.emails ?? []).map((value) => ({ kind: 'email', value })),
        papers: [],
        reimplementations: [],
        encounters: [],
        explanation: { rules: [], firstAuthorTopTier: [], creditAdjusted: [], bestVenueTier: null, reproducedReimplementations: [] },
      };
      candidates.push(created);
      recordBy(actor, 'candidate.created', 'candidate', created.id, { name: created.displayName });
      return { status: 201, body: structuredClone(created) };
    }
    const historyMatch = /^\/api\/candidates\/([^/]+)\/history$/.exec(call.path);
    if (historyMatch && call.method === 'GET') {
      const candidateId = decodeURIComponent(historyMatch[1]!);
      if (!candidates.some((c) => c.id === candidateId)) return error(404, ErrorCode.CANDIDATE_NOT_FOUND, 'No such candidate');
      const query = new URLSearchParams(call.search);
      const limit = Number(query.get('limit') ?? 20);
      const cursor = query.get('cursor');
      const mine = audit
        .filter((e) => e.entityType === 'candidate' && e.entityId === candidateId)
        .reverse()
        .filter((e) => !cursor || Number(e.id) < Number(cursor));
      const items = mine.slice(0, limit);
      return { status: 200, body: { items, nextCursor: mine.length > limit ? items[items.length - 1]!.id : null } };
    }
    const match = /^\/api\/candidates\/([^/]+)(?:\/(archive|unarchive))?$/.exec(call.path);
    if (!match) return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    const candidateId = decodeURIComponent(match[1]);
    if (!/^[0-9a-f-]{36}$/.test(candidateId)) {
      return error(400, ErrorCode.VALIDATION_FAILED, 'The request is invalid', {
        fields: [{ field: 'candidateId', reason: 'must be a UUID' }],
      });
    }
    const candidate = candidates.find((c) => c.id === candidateId);
    if (!candidate) return error(404, ErrorCode.CANDIDATE_NOT_FOUND, 'No such candidate');
    if (call.method === 'GET' && !match[2]) return { status: 200, body: structuredClone(candidate) };
    if (call.method === 'POST' && match[2]) {
      const archive = match[2] === 'archive';
      if (Boolean(candidate.archivedAt) !== archive) {
        candidate.archivedAt = archive ? now() : null;
        candidate.version += 1;
        recordBy(actor, archive ? 'candidate.archived' : 'candidate.unarchived', 'candidate', candidate.id, {});
      }
      return { status: 200, body: structuredClone(candidate) };
    }
    if (call.method === 'PATCH' && !match[2]) {
      const request = call.body as UpdateCandidateRequest;
      if (request.version !== candidate.version) {
        return error(409, ErrorCode.CANDIDATE_VERSION_CONFLICT, 'The candidate changed meanwhile', { currentVersion: candidate.version });
      }
      if (request.tags !== undefined) candidate.tags = request.tags;
      if (request.notes !== undefined) candidate.notes = request.notes;
      candidate.version += 1;
      candidate.updatedAt = now();
      recordBy(actor, 'candidate.updated', 'candidate', candidate.id, {});
      return { status: 200, body: structuredClone(candidate) };
    }
    return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
  }

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://loopboard.test');
    const call: FetchCall = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      search: url.search,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      csrfToken: new Headers(init?.headers).get('x-csrf-token'),
    };
    calls.push(call);
    const { status, body } = handle(call);
    if (status === 204) return new Response(null, { status });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  });

  return {
    fetch: fetchMock,
    calls,
    /** Answers matching requests differently (first matching override wins). */
    override(fn: Override) {
      overrides.push(fn);
    },
    clearOverrides() {
      overrides.length = 0;
    },
    /** Another admin saves a version behind the dashboard's back. */
    saveElsewhere(roleId: string, weights: Weights, note: string | null = null) {
      const role = roles.find((r) => r.id === roleId);
      if (!role) throw new Error(`no role ${roleId}`);
      return addVersion(role, weights, note);
    },
    /** The session times out (or the user is deactivated) while the dashboard is open. */
    expireSession() {
      session = null;
      sessionEnded = true;
    },
    /** Someone signs in from another tab of the same browser: the cookie now holds a new session, with a new token. */
    signInElsewhere(role: UserRole) {
      session = { userId: DEMO_USERS[role].id, csrfToken: nextToken() };
      sessionEnded = false;
    },
    /** Another admin changes a user's role behind the dashboard's back. */
    changeRoleElsewhere(userId: string, role: UserRole) {
      const user = users.find((u) => u.id === userId);
      if (!user) throw new Error(`no user ${userId}`);
      user.role = role;
    },
    /** The token the server issued for the current session, to check what the dashboard sends. */
    csrfToken: () => session?.csrfToken ?? null,
    signedInUser: () => currentUser() ?? null,
    users: () => users.map((u) => ({ ...u })),
    /** Adds audit entries as if they had happened (oldest first), e.g. to fill several pages. */
    addAuditEntries(entries: Omit<AuditEntry, 'id' | 'at' | 'requestId' | 'ip' | 'hash'>[]) {
      for (const entry of entries) record(entry);
    },
    auditEntries: () => [...audit],
    breakAuditChain(id: string, reason: string) {
      brokenChain = { id, reason };
    },
    /** Someone else edits a candidate while the page is open: the version moves on. */
    changeCandidateElsewhere(candidateId: string, change: Partial<Pick<CandidateDetail, 'tags' | 'notes' | 'archivedAt'>>) {
      const candidate = candidates.find((c) => c.id === candidateId);
      if (!candidate) throw new Error(`no candidate ${candidateId}`);
      Object.assign(candidate, change);
      candidate.version += 1;
    },
    candidates: () => candidates.map((c) => structuredClone(c)),
    ...duplicates.controls,
    ...imports.controls,
    ...interviews.controls,
    ...openings.controls,
    ...scheduling.controls,
    ...scorecards.controls,
    ...analytics.controls,
    /** The candidate list requests' query strings, in order. */
    candidateListSearches: () => calls.filter((c) => c.method === 'GET' && c.path === '/api/candidates').map((c) => c.search),
    /** The state-changing requests, without their headers. */
    writes: () => calls.filter((c) => c.method !== 'GET').map(({ method, path, body }) => ({ method, path, body })),
  };

  function seedRole(id: string, key: string, name: string, description: string, weights: Weights): StoredRole {
    const role: StoredRole = { id, key, name, description, versions: [] };
    addVersion(role, weights, 'Seeded defaults');
    return role;
  }
}

export type FakeApi = ReturnType<typeof createFakeApi>;

function demoUser(id: string, email: string, name: string, role: UserRole): User {
  return { id, email, name, role, active: true, createdAt: '2026-01-01T08:00:00.000Z', deactivatedAt: null };
}
