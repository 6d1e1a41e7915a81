import {
  ErrorCode,
  OPENING_LEVELS,
  OPENING_STATUSES,
  type ApplicationDetail,
  type ApplicationEvent,
  type ApplicationState,
  type ApplicationStatus,
  type ApplicationSummary,
  type BulkItem,
  type BulkMoveRequest,
  type BulkRejectRequest,
  type CandidateDetail,
  type CloseApplicationRequest,
  type CreateApplicationRequest,
  type CreateOpeningRequest,
  type FieldError,
  type LoopStage,
  type MoveApplicationRequest,
  type OpeningDetail,
  type OpeningLevel,
  type OpeningStatus,
  type OpeningSummary,
  type RejectApplicationRequest,
  type RejectionReason,
  type UpdateOpeningRequest,
  type User,
  type UserRef,
  USER_ROLES,
  type UserRole,
} from '@loopboard/contracts';

/** What the fake API shares with these handlers. */
export interface FakeOpeningsContext {
  users: () => User[];
  candidates: CandidateDetail[];
  roles: () => { id: string; name: string }[];
  /** The role's loop template, copied into each new opening. */
  roleLoop: (roleId: string) => LoopStage[];
  now: () => string;
  recordBy: (actor: User, action: string, entityType: string, entityId: string | null, changes: Record<string, unknown>) => void;
}

interface Call {
  method: string;
  path: string;
  search: string;
  body: unknown;
}

type Answer = { status: number; body: unknown };

interface StoredStage {
  id: string;
  name: string;
  interviewTypes: string[];
}

interface StoredOpening {
  id: string;
  title: string;
  roleId: string;
  level: OpeningLevel;
  headcount: number;
  hiringManagerId: string;
  targetDate: string | null;
  status: OpeningStatus;
  version: number;
  recruiterIds: string[];
  interviewerIds: string[];
  loopVersion: number;
  stages: StoredStage[];
  createdAt: string;
  updatedAt: string;
}

interface StoredApplication {
  id: string;
  openingId: string;
  candidateId: string;
  stageId: string;
  status: ApplicationStatus;
  version: number;
  stageEnteredAt: string;
  createdAt: string;
  reasonKey: string | null;
  history: ApplicationEvent[];
}

const error = (status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { code, message, requestId: 'req-fake', ...extra },
});
const invalid = (fields: FieldError[]) =>
  error(400, ErrorCode.VALIDATION_FAILED, `The request is invalid: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`, {
    fields,
  });
const forbidden = () => error(403, ErrorCode.FORBIDDEN, 'Your role does not allow this');

const READERS = new Set(['admin', 'recruiter', 'hiring_manager']);
const EDITORS = new Set(['admin', 'recruiter']);

export const REJECTION_REASONS: RejectionReason[] = [
  { key: 'skills-gap', label: 'Skills gap', active: true },
  { key: 'culture-add', label: 'Not the right team fit', active: true },
  { key: 'compensation', label: 'Compensation', active: true },
  { key: 'old-reason', label: 'Old reason', active: false },
];

const id = (prefix: string, n: number) => `${prefix}0000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/**
 * Openings, applications and the pipeline, with the API's rules that matter to the dashboard:
 * hiring managers read, recruiters and admins write; a move names the stage it was seen in and
 * a stale one is a 409 APPLICATION_STAGE_CONFLICT carrying `current` (or `stale` for bulk), nothing changed.
 */
export function createFakeOpenings(context: FakeOpeningsContext) {
  const { users, candidates, roles, roleLoop, now, recordBy } = context;
  const openings: StoredOpening[] = [];
  const applications: StoredApplication[] = [];
  let sequence = 0;
  const next = () => (sequence += 1);
  /** This fake's own copy, so a PUT in one test does not leak into the next. */
  const reasons: RejectionReason[] = structuredClone(REJECTION_REASONS);
  /** The fake's "now" for time in stage, without moving the shared clock. */
  let clock = Date.UTC(2026, 0, 12, 9, 0, 0);
  const stamp = () => {
    const at = now();
    clock = Math.max(clock, Date.parse(at));
    return at;
  };

  const userRef = (userId: string): UserRef => {
    const user = users().find((u) => u.id === userId);
    return { id: userId, name: user?.name ?? 'Unknown' };
  };
  const stageOf = (opening: StoredOpening, stageId: string) => opening.stages.find((s) => s.id === stageId);
  const openingOf = (application: StoredApplication) => openings.find((o) => o.id === application.openingId) as StoredOpening;
  const reasonOf = (key: string | null) => reasons.find((r) => r.key === key) ?? null;

  function summary(opening: StoredOpening): OpeningSummary {
    return {
      id: opening.id,
      title: opening.title,
      roleId: opening.roleId,
      roleName: roles().find((r) => r.id === opening.roleId)?.name ?? 'Unknown role',
      level: opening.level,
      headcount: opening.headcount,
      hiringManager: userRef(opening.hiringManagerId),
      targetDate: opening.targetDate,
      status: opening.status,
      version: opening.version,
      activeApplications: applications.filter((a) => a.openingId === opening.id && a.status === 'active').length,
      createdAt: opening.createdAt,
      updatedAt: opening.updatedAt,
    };
  }

  function detail(opening: StoredOpening): OpeningDetail {
    const mine = applications.filter((a) => a.openingId === opening.id);
    const count = (status: ApplicationStatus) => mine.filter((a) => a.status === status).length;
    return {
      ...summary(opening),
      recruiters: opening.recruiterIds.map(userRef),
      interviewers: opening.interviewerIds.map(userRef),
      loop: {
        version: opening.loopVersion,
        stages: opening.stages.map((stage, position) => ({
          ...structuredClone(stage),
          position,
          activeApplications: mine.filter((a) => a.status === 'active' && a.stageId === stage.id).length,
        })),
      },
      applicationCounts: { active: count('active'), rejected: count('rejected'), withdrawn: count('withdrawn'), hired: count('hired') },
    };
  }

  function state(application: StoredApplication): ApplicationState {
    const stage = stageOf(openingOf(application), application.stageId) as StoredStage;
    return {
      id: application.id,
      currentStage: { id: stage.id, name: stage.name },
      status: application.status,
      version: application.version,
      stageEnteredAt: application.stageEnteredAt,
    };
  }

  function applicationSummary(application: StoredApplication): ApplicationSummary {
    const candidate = candidates.find((c) => c.id === application.candidateId) as CandidateDetail;
    return {
      ...state(application),
      openingId: application.openingId,
      candidate: { id: candidate.id, name: candidate.displayName, ...candidate.signals },
      rejectionReason: reasonOf(application.reasonKey),
      createdAt: application.createdAt,
      secondsInStage: Math.max(0, Math.floor((clock - Date.parse(application.stageEnteredAt)) / 1000)),
    };
  }

  function applicationDetail(application: StoredApplication): ApplicationDetail {
    const opening = openingOf(application);
    return {
      ...applicationSummary(application),
      opening: { id: opening.id, title: opening.title, status: opening.status },
      history: structuredClone(application.history),
    };
  }

  function addOpening(request: CreateOpeningRequest, at: string): StoredOpening {
    const opening: StoredOpening = {
      id: id('d', next()),
      title: request.title.trim(),
      roleId: request.roleId,
      level: request.level,
      headcount: request.headcount,
      hiringManagerId: request.hiringManagerId,
      targetDate: request.targetDate ?? null,
      status: request.status ?? 'open',
      version: 1,
      recruiterIds: request.recruiterIds ?? [],
      interviewerIds: request.interviewerIds ?? [],
      loopVersion: 1,
      stages: roleLoop(request.roleId).map((stage) => ({
        id: id('e', next()),
        name: stage.name,
        interviewTypes: [...stage.interviewTypes],
      })),
      createdAt: at,
      updatedAt: at,
    };
    openings.push(opening);
    return opening;
  }

  function event(
    application: StoredApplication,
    actor: User | null,
    change: Pick<ApplicationEvent, 'kind' | 'fromStage' | 'toStage' | 'fromStatus' | 'toStatus'> & Partial<ApplicationEvent>,
    at: string,
  ) {
    application.history.push({
      id: String(application.history.length + 1),
      at,
      actor: actor && userRef(actor.id),
      reason: null,
      note: null,
      ...change,
    });
  }

  function addApplication(openingId: string, candidateId: string, actor: User | null, at: string, stageIndex = 0): StoredApplication {
    const opening = openings.find((o) => o.id === openingId) as StoredOpening;
    const stage = opening.stages[stageIndex] as StoredStage;
    const application: StoredApplication = {
      id: id('f', next()),
      openingId,
      candidateId,
      stageId: stage.id,
      status: 'active',
      version: 1,
      stageEnteredAt: at,
      createdAt: at,
      reasonKey: null,
      history: [],
    };
    event(
      application,
      actor,
      { kind: 'created', fromStage: null, toStage: { id: stage.id, name: stage.name }, fromStatus: null, toStatus: 'active' },
      at,
    );
    applications.push(application);
    return application;
  }

  function openingProblems(request: Partial<CreateOpeningRequest>): FieldError[] {
    const fields: FieldError[] = [];
    if (typeof request.title !== 'string' || !request.title.trim())
      fields.push({ field: 'title', reason: 'must be longer than or equal to 1 characters' });
    if (!roles().some((r) => r.id === request.roleId)) fields.push({ field: 'roleId', reason: 'is not a role' });
    if (!OPENING_LEVELS.includes(request.level as OpeningLevel))
      fields.push({ field: 'level', reason: `must be one of: ${OPENING_LEVELS.join(', ')}` });
    if (!Number.isInteger(request.headcount) || (request.headcount as number) < 1 || (request.headcount as number) > 1000) {
      fields.push({ field: 'headcount', reason: 'must be a whole number from 1 to 1000' });
    }
    const manager = users().find((u) => u.id === request.hiringManagerId);
    if (!manager || !manager.active || (manager.role !== 'hiring_manager' && manager.role !== 'admin')) {
      fields.push({ field: 'hiringManagerId', reason: 'must be an active hiring manager or admin' });
    }
    if (request.targetDate != null && !/^\d{4}-\d{2}-\d{2}$/.test(request.targetDate)) {
      fields.push({ field: 'targetDate', reason: 'must be a date as YYYY-MM-DD' });
    }
    if (request.status !== undefined && !OPENING_STATUSES.includes(request.status))
      fields.push({ field: 'status', reason: 'must be an opening status' });
    return fields;
  }

  function conflict(application: StoredApplication): Answer {
    const current = state(application);
    return error(409, ErrorCode.APPLICATION_STAGE_CONFLICT, 'This application changed since you saw it; nothing was changed', {
      fields: [{ field: 'fromStageId', reason: 'is not the current stage' }],
      current,
    });
  }

  const isStale = (application: StoredApplication, fromStageId: string) =>
    application.status !== 'active' || application.stageId !== fromStageId;

  function moveTo(application: StoredApplication, toStageId: string, actor: User, at: string) {
    const opening = openingOf(application);
    const from = stageOf(opening, application.stageId) as StoredStage;
    const to = stageOf(opening, toStageId) as StoredStage;
    application.stageId = to.id;
    application.stageEnteredAt = at;
    application.version += 1;
    event(
      application,
      actor,
      {
        kind: 'moved',
        fromStage: { id: from.id, name: from.name },
        toStage: { id: to.id, name: to.name },
        fromStatus: 'active',
        toStatus: 'active',
      },
      at,
    );
  }

  function closeAs(
    application: StoredApplication,
    status: Exclude<ApplicationStatus, 'active'>,
    actor: User,
    at: string,
    reasonKey: string | null,
    note: string | null,
  ) {
    application.status = status;
    application.reasonKey = reasonKey;
    application.version += 1;
    const kind = status === 'rejected' ? 'rejected' : status === 'withdrawn' ? 'withdrawn' : 'hired';
    event(
      application,
      actor,
      { kind, fromStage: null, toStage: null, fromStatus: 'active', toStatus: status, reason: reasonOf(reasonKey), note },
      at,
    );
  }

  function reasonProblem(reasonKey: unknown, field: string): FieldError | null {
    const reason = reasons.find((r) => r.key === reasonKey);
    if (!reason) return { field, reason: 'is not a rejection reason (see GET /api/rejection-reasons)' };
    if (!reason.active) return { field, reason: 'is a deactivated rejection reason' };
    return null;
  }

  function bulk(call: Call, actor: User, kind: 'move' | 'reject'): Answer {
    const request = call.body as BulkMoveRequest & BulkRejectRequest;
    const items: BulkItem[] = Array.isArray(request?.items) ? request.items : [];
    if (items.length === 0) return invalid([{ field: 'items', reason: 'should not be empty' }]);
    const found = items.map((item) => applications.find((a) => a.id === item.applicationId));
    const missing = found.findIndex((a) => !a);
    if (missing >= 0) return invalid([{ field: `items.${missing}.applicationId`, reason: 'is not an application' }]);
    if (kind === 'move') {
      const wrong = found.findIndex((a) => !stageOf(openingOf(a as StoredApplication), request.toStageId));
      if (wrong >= 0) return invalid([{ field: 'toStageId', reason: "is not a stage of this opening's loop" }]);
    } else {
      const problem = reasonProblem(request.reasonKey, 'reasonKey');
      if (problem) return invalid([problem]);
    }
    const stale = items.filter((item, index) => isStale(found[index] as StoredApplication, item.fromStageId));
    if (stale.length) {
      return error(
        409,
        ErrorCode.APPLICATION_STAGE_CONFLICT,
        `${stale.length} of ${items.length} applications changed since you saw them`,
        {
          fields: stale.map((s) => ({
            field: `items.${items.indexOf(s)}.fromStageId`,
            reason: 'is no longer the stage of this active application',
          })),
          stale: stale.map((s) => ({ ...s, current: state(applications.find((a) => a.id === s.applicationId) as StoredApplication) })),
        },
      );
    }
    const at = stamp();
    for (const application of found as StoredApplication[]) {
      if (kind === 'move') moveTo(application, request.toStageId, actor, at);
      else closeAs(application, 'rejected', actor, at, request.reasonKey, request.note ?? null);
      recordBy(actor, `application.${kind === 'move' ? 'moved' : 'rejected'}`, 'application', application.id, { bulk: items.length });
    }
    return { status: 200, body: { items: (found as StoredApplication[]).map(state) } };
  }

  /** As the API: stages matched by name keep their id; a dropped stage with active applications is refused. */
  function updateLoop(openingId: string, call: Call, actor: User): Answer {
    const opening = openings.find((o) => o.id === decodeURIComponent(openingId));
    if (!opening) return error(404, ErrorCode.OPENING_NOT_FOUND, 'No such opening');
    const request = (call.body ?? {}) as { version?: unknown; stages?: unknown };
    if (typeof request.version !== 'number') return invalid([{ field: 'version', reason: 'must be an integer number' }]);
    if (!Array.isArray(request.stages) || request.stages.length === 0)
      return invalid([{ field: 'stages', reason: 'must contain at least 1 elements' }]);
    const stages = request.stages as LoopStage[];
    const problems: FieldError[] = [];
    stages.forEach((stage, i) => {
      if (typeof stage.name !== 'string' || !stage.name.trim()) problems.push({ field: `stages.${i}.name`, reason: 'should not be empty' });
      if (!Array.isArray(stage.interviewTypes) || stage.interviewTypes.length === 0)
        problems.push({ field: `stages.${i}.interviewTypes`, reason: 'must contain at least 1 elements' });
    });
    if (problems.length) return error(400, ErrorCode.LOOP_INVALID, 'The loop is invalid', { fields: problems });
    if (request.version !== opening.loopVersion) {
      return error(409, ErrorCode.LOOP_VERSION_CONFLICT, 'The loop changed meanwhile', {
        fields: [{ field: 'version', reason: `is not the current version (${opening.loopVersion})` }],
        currentVersion: opening.loopVersion,
      });
    }
    const byName = new Map(opening.stages.map((s) => [s.name.toLowerCase(), s]));
    const kept = new Set(stages.map((s) => byName.get(s.name.trim().toLowerCase())?.id).filter(Boolean));
    const busy = opening.stages
      .filter((s) => !kept.has(s.id))
      .map((s) => ({
        id: s.id,
        name: s.name,
        activeApplications: applications.filter((a) => a.stageId === s.id && a.status === 'active').length,
      }))
      .filter((s) => s.activeApplications > 0);
    if (busy.length) {
      return error(409, ErrorCode.OPENING_STAGE_IN_USE, `Cannot remove ${busy.map((b) => `stage "${b.name}"`).join(', ')}`, {
        fields: busy.map((b) => ({
          field: 'stages',
          reason: `drops stage "${b.name}", which still has ${b.activeApplications} active application(s)`,
        })),
        stages: busy,
      });
    }
    opening.stages = stages.map((stage) => ({
      id: byName.get(stage.name.trim().toLowerCase())?.id ?? id('e', next()),
      name: stage.name.trim(),
      interviewTypes: [...stage.interviewTypes],
    }));
    opening.loopVersion += 1;
    opening.updatedAt = stamp();
    recordBy(actor, 'opening.loop_changed', 'opening', opening.id, {});
    return { status: 200, body: detail(opening) };
  }

  /** PUT /api/rejection-reasons/:reasonKey, admin only: adds a reason or renames / (de)activates one. */
  function putReason(key: string, call: Call, actor: User): Answer {
    if (actor.role !== 'admin') return forbidden();
    const request = (call.body ?? {}) as { label?: unknown; active?: unknown };
    const problems: FieldError[] = [];
    if (!/^[a-z0-9][a-z0-9-]{0,47}$/.test(key))
      problems.push({ field: 'reasonKey', reason: 'must be a reason key (lowercase letters, digits and -, at most 48)' });
    const label = typeof request.label === 'string' ? request.label.trim() : request.label;
    if (typeof label !== 'string') problems.push({ field: 'label', reason: 'must be a string' });
    else if (label.length < 1 || label.length > 120) problems.push({ field: 'label', reason: 'must be between 1 and 120 characters' });
    if (request.active !== undefined && typeof request.active !== 'boolean')
      problems.push({ field: 'active', reason: 'must be a boolean value' });
    if (problems.length) return invalid(problems);
    const existing = reasons.find((r) => r.key === key);
    const saved = existing ?? { key, label: '', active: true };
    saved.label = label as string;
    saved.active = typeof request.active === 'boolean' ? request.active : existing ? existing.active : true;
    if (!existing) reasons.push(saved);
    recordBy(actor, existing ? 'rejection_reason.changed' : 'rejection_reason.added', 'rejection_reason', key, { label: saved.label });
    return { status: 200, body: structuredClone(saved) };
  }

  /** `GET /api/users/directory`: active users (id, name, role) by name; admins, recruiters and hiring managers. */
  function directory(call: Call, actor: User): Answer {
    if (actor.role === 'interviewer') return forbidden();
    const role = new URLSearchParams(call.search).get('role');
    if (role !== null && !USER_ROLES.includes(role as UserRole))
      return invalid([{ field: 'role', reason: `must be one of ${USER_ROLES.join(', ')}` }]);
    const people = users()
      .filter((u) => u.active && (role === null || u.role === role))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({ id: userId, name, role: userRole }) => ({ id: userId, name, role: userRole }));
    return { status: 200, body: people };
  }

  function updateOpening(openingId: string, call: Call, actor: User): Answer {
    const opening = openings.find((o) => o.id === openingId);
    if (!opening) return error(404, ErrorCode.OPENING_NOT_FOUND, 'No such opening');
    const request = (call.body ?? {}) as UpdateOpeningRequest;
    if (!Number.isInteger(request.version)) return invalid([{ field: 'version', reason: 'must be an integer number' }]);
    const merged = { ...opening, ...request, hiringManagerId: request.hiringManagerId ?? opening.hiringManagerId };
    const problems = openingProblems(merged);
    const team = (key: 'recruiterIds' | 'interviewerIds', role: UserRole) =>
      (request[key] ?? []).forEach((userId, index) => {
        const user = users().find((u) => u.id === userId);
        if (!user || !user.active || user.role !== role) problems.push({ field: `${key}.${index}`, reason: `must be an active ${role}` });
      });
    team('recruiterIds', 'recruiter');
    team('interviewerIds', 'interviewer');
    if (problems.length) return invalid(problems);
    if (request.version !== opening.version) {
      return error(
        409,
        ErrorCode.OPENING_VERSION_CONFLICT,
        `This opening was edited from version ${request.version}, but version ${opening.version} has been saved since; reload and apply your change again`,
        { fields: [{ field: 'version', reason: `is not the current version (${opening.version})` }], currentVersion: opening.version },
      );
    }
    if (request.title !== undefined) opening.title = request.title.trim();
    if (request.roleId !== undefined) opening.roleId = request.roleId;
    if (request.level !== undefined) opening.level = request.level;
    if (request.headcount !== undefined) opening.headcount = request.headcount;
    if (request.hiringManagerId !== undefined) opening.hiringManagerId = request.hiringManagerId;
    if (request.targetDate !== undefined) opening.targetDate = request.targetDate;
    if (request.status !== undefined) opening.status = request.status;
    if (request.recruiterIds) opening.recruiterIds = [...request.recruiterIds];
    if (request.interviewerIds) opening.interviewerIds = [...request.interviewerIds];
    opening.version += 1;
    opening.updatedAt = stamp();
    recordBy(actor, 'opening.updated', 'opening', opening.id, {});
    return { status: 200, body: detail(opening) };
  }

  function handle(call: Call, actor: User): Answer | undefined {
    const { method, path } = call;
    if (path === '/api/users/directory' && method === 'GET') return directory(call, actor);
    if (path === '/api/rejection-reasons' && method === 'GET') return { status: 200, body: structuredClone(reasons) };
    const reasonMatch = /^\/api\/rejection-reasons\/([^/]+)$/.exec(path);
    if (reasonMatch && method === 'PUT') return putReason(decodeURIComponent(reasonMatch[1] ?? ''), call, actor);
    if (!path.startsWith('/api/openings') && !path.startsWith('/api/applications')) return undefined;
    if (!READERS.has(actor.role)) return forbidden();
    if (method !== 'GET' && !EDITORS.has(actor.role)) return forbidden();

    if (path === '/api/openings' && method === 'GET') {
      const query = new URLSearchParams(call.search);
      const status = query.get('status');
      if (status && !OPENING_STATUSES.includes(status as OpeningStatus))
        return invalid([{ field: 'status', reason: 'must be an opening status' }]);
      const limit = Number(query.get('limit') ?? 50);
      const offset = Number(query.get('cursor') ?? 0);
      const matching = [...openings].reverse().filter((o) => !status || o.status === status);
      const items = matching.slice(offset, offset + limit).map(summary);
      return { status: 200, body: { items, nextCursor: matching.length > offset + limit ? String(offset + limit) : null } };
    }
    if (path === '/api/openings' && method === 'POST') {
      const request = call.body as CreateOpeningRequest;
      const problems = openingProblems(request ?? {});
      if (problems.length) return invalid(problems);
      const opening = addOpening(request, stamp());
      recordBy(actor, 'opening.created', 'opening', opening.id, { title: opening.title });
      return { status: 201, body: detail(opening) };
    }
    const patchMatch = /^\/api\/openings\/([^/]+)$/.exec(path);
    if (patchMatch && method === 'PATCH') return updateOpening(decodeURIComponent(patchMatch[1] ?? ''), call, actor);
    const loopMatch = /^\/api\/openings\/([^/]+)\/loop$/.exec(path);
    if (loopMatch && method === 'PUT') return updateLoop(loopMatch[1] ?? '', call, actor);
    const openingMatch = /^\/api\/openings\/([^/]+)(\/applications)?$/.exec(path);
    if (openingMatch && method === 'GET') {
      const opening = openings.find((o) => o.id === decodeURIComponent(openingMatch[1] ?? ''));
      if (!opening) return error(404, ErrorCode.OPENING_NOT_FOUND, 'No such opening');
      if (!openingMatch[2]) return { status: 200, body: detail(opening) };
      const position = new Map(opening.stages.map((s, i) => [s.id, i]));
      const mine = applications
        .filter((a) => a.openingId === opening.id)
        .sort((a, b) => (position.get(a.stageId) ?? 0) - (position.get(b.stageId) ?? 0));
      return { status: 200, body: mine.map(applicationSummary) };
    }
    if (path === '/api/applications' && method === 'POST') {
      const request = call.body as CreateApplicationRequest;
      const candidate = candidates.find((c) => c.id === request?.candidateId);
      if (!candidate) return error(404, ErrorCode.CANDIDATE_NOT_FOUND, 'No such candidate');
      const opening = openings.find((o) => o.id === request.openingId);
      if (!opening) return error(404, ErrorCode.OPENING_NOT_FOUND, 'No such opening');
      if (candidate.archivedAt) return error(409, ErrorCode.CANDIDATE_ARCHIVED, 'The candidate is archived');
      if (opening.status !== 'open') return error(409, ErrorCode.OPENING_NOT_OPEN, 'The opening is not open');
      if (opening.stages.length === 0) return error(409, ErrorCode.OPENING_LOOP_EMPTY, 'The opening has no stages');
      if (applications.some((a) => a.openingId === opening.id && a.candidateId === candidate.id)) {
        return error(409, ErrorCode.APPLICATION_EXISTS, 'The candidate already has an application for this opening');
      }
      const application = addApplication(opening.id, candidate.id, actor, stamp());
      recordBy(actor, 'application.created', 'application', application.id, {});
      return { status: 201, body: applicationDetail(application) };
    }
    if (path === '/api/applications/bulk-move' && method === 'POST') return bulk(call, actor, 'move');
    if (path === '/api/applications/bulk-reject' && method === 'POST') return bulk(call, actor, 'reject');
    const appMatch = /^\/api\/applications\/([^/]+)(?:\/(move|reject|withdraw|hire))?$/.exec(path);
    if (!appMatch) return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    const application = applications.find((a) => a.id === decodeURIComponent(appMatch[1] ?? ''));
    if (!application) return error(404, ErrorCode.APPLICATION_NOT_FOUND, 'No such application');
    const action = appMatch[2];
    if (!action && method === 'GET') return { status: 200, body: applicationDetail(application) };
    if (!action || method !== 'POST') return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    const request = (call.body ?? {}) as Partial<MoveApplicationRequest & RejectApplicationRequest & CloseApplicationRequest>;
    if (typeof request.fromStageId !== 'string') return invalid([{ field: 'fromStageId', reason: 'must be a UUID' }]);
    if (action === 'move' && !stageOf(openingOf(application), request.toStageId ?? '')) {
      return invalid([{ field: 'toStageId', reason: "is not a stage of this opening's loop" }]);
    }
    if (action === 'reject') {
      const problem = reasonProblem(request.reasonKey, 'reasonKey');
      if (problem) return invalid([problem]);
    }
    if (isStale(application, request.fromStageId)) return conflict(application);
    const at = stamp();
    if (action === 'move') moveTo(application, request.toStageId as string, actor, at);
    else
      closeAs(
        application,
        action === 'reject' ? 'rejected' : action === 'withdraw' ? 'withdrawn' : 'hired',
        actor,
        at,
        request.reasonKey ?? null,
        request.note ?? null,
      );
    recordBy(actor, `application.${action}`, 'application', application.id, {});
    return { status: 200, body: applicationDetail(application) };
  }

  return {
    handle,
    controls: {
      /** An opening as if created earlier, with its role's loop copied. */
      seedOpening(request: Partial<CreateOpeningRequest> & Pick<CreateOpeningRequest, 'roleId' | 'hiringManagerId'>): OpeningDetail {
        const opening = addOpening(
          { title: 'Opening', level: 'senior', headcount: 1, ...request },
          new Date(clock - 30 * 86_400_000).toISOString(),
        );
        return detail(opening);
      },
      /** An application that has been in loop stage `stageIndex` for `daysInStage` days. */
      seedApplication(openingId: string, candidateId: string, stageIndex = 0, daysInStage = 1): ApplicationSummary {
        const application = addApplication(
          openingId,
          candidateId,
          null,
          new Date(clock - daysInStage * 86_400_000).toISOString(),
          stageIndex,
        );
        return applicationSummary(application);
      },
      /** Someone else moves an application while the page is open. */
      moveApplicationElsewhere(applicationId: string, stageIndex: number) {
        const application = applications.find((a) => a.id === applicationId);
        if (!application) throw new Error(`no application ${applicationId}`);
        const stage = openingOf(application).stages[stageIndex];
        if (!stage) throw new Error(`no stage ${stageIndex}`);
        application.stageId = stage.id;
        application.stageEnteredAt = new Date(clock).toISOString();
        application.version += 1;
      },
      /** Someone else saves the opening's loop while the page is open (stages matched by name keep their id). */
      saveOpeningLoopElsewhere(openingId: string, stages: LoopStage[]) {
        const opening = openings.find((o) => o.id === openingId);
        if (!opening) throw new Error(`no opening ${openingId}`);
        const byName = new Map(opening.stages.map((s) => [s.name.toLowerCase(), s]));
        opening.stages = stages.map((stage) => ({
          id: byName.get(stage.name.toLowerCase())?.id ?? id('e', next()),
          name: stage.name,
          interviewTypes: [...stage.interviewTypes],
        }));
        opening.loopVersion += 1;
      },
      /** Another person in the user list (e.g. a deactivated hiring manager), as if an admin had added them. */
      seedPerson(person: Pick<User, 'id' | 'name' | 'role'> & { active?: boolean }): void {
        const active = person.active ?? true;
        users().push({
          email: `${person.id}@example.org`,
          createdAt: '2026-01-01T08:00:00.000Z',
          ...person,
          active,
          deactivatedAt: active ? null : '2026-01-02T08:00:00.000Z',
        });
      },
      /** Someone else edits the opening's facts while the page is open (its version moves on). */
      editOpeningElsewhere(openingId: string, changes: Partial<Pick<StoredOpening, 'title' | 'headcount' | 'status'>>) {
        const opening = openings.find((o) => o.id === openingId);
        if (!opening) throw new Error(`no opening ${openingId}`);
        Object.assign(opening, changes);
        opening.version += 1;
      },
      applicationsOf: (openingId: string) => applications.filter((a) => a.openingId === openingId).map(applicationDetail),
      rejectionReasons: () => structuredClone(reasons),
      openings: () => openings.map(detail),
    },
  };
}
