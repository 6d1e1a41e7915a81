import {
  ErrorCode,
  RUBRIC_LEVELS,
  type CompetencyKey,
  type FieldError,
  type InterviewType,
  type LoopStage,
  type RoleLoop,
  type RubricLevels,
  type UpdateInterviewKitRequest,
  type UpdateRoleLoopRequest,
  type User,
} from '@loopboard/contracts';

/** What the fake API shares with these handlers: its roles, its clock and its audit log. */
export interface FakeInterviewsContext {
  roleIds: () => string[];
  now: () => string;
  recordBy: (actor: User, action: string, entityType: string, entityId: string | null, changes: Record<string, unknown>) => void;
  /** Seeded loops by role id. */
  loops: Record<string, LoopStage[]>;
}

interface Call {
  method: string;
  path: string;
  body: unknown;
}

type Answer = { status: number; body: unknown };

const error = (status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): Answer => ({
  status,
  body: { code, message, requestId: 'req-fake', ...extra },
});
const invalid = (code: ErrorCode, fields: FieldError[]) =>
  error(400, code, `The request is invalid: ${fields.map((f) => `${f.field} ${f.reason}`).join('; ')}`, { fields });

const levels = (one: string, two: string, three: string, four: string): RubricLevels => ({ '1': one, '2': two, '3': three, '4': four });

function type(
  key: string,
  name: string,
  durationMinutes: number,
  focusCompetencies: CompetencyKey[],
  description: string,
  instructions: string,
  questions: [string, string][],
  rubric: InterviewType['kit']['rubric'],
): InterviewType {
  return {
    key,
    name,
    description,
    durationMinutes,
    focusCompetencies,
    kitVersion: 1,
    kitUpdatedAt: '2026-01-05T09:00:00.000Z',
    kit: { instructions, questions: questions.map(([prompt, goodAnswer]) => ({ prompt, goodAnswer })), rubric },
  };
}

/** A short library in design order; real kits are longer (migrations/seed-data/interview-kits.ts). */
export function seedInterviewTypes(): InterviewType[] {
  return [
    type(
      'recruiter-screen',
      'Recruiter screen',
      30,
      ['comms', 'product'],
      'A first call about motivation, logistics and the role.',
      'Introduce the team and the role.\n\nAsk about motivation and constraints.',
      [
        ['Why this role, and why now?', 'Specific reasons tied to the work, not a generic wish to change.'],
        ['What would make you say no to an offer?', 'Clear constraints stated early and honestly.'],
      ],
      {
        comms: levels('Hard to follow.', 'Follows with effort.', 'Clear and concise.', 'Crisp, adapts to the listener.'),
        product: levels('No interest in users.', 'Vague about users.', 'Talks about users.', 'Links work to user outcomes.'),
      },
    ),
    type(
      'pair-coding',
      'Pair coding',
      60,
      ['swe'],
      'Write and test a small data-processing function together.',
      'Share the exercise.\nLet the candidate drive.',
      [['Implement a sliding-window mean over a stream.', 'Handles empty input and window edges; writes a test first.']],
      { swe: levels('Cannot start.', 'Works with heavy help.', 'Working, tested code.', 'Clean, tested, explains trade-offs.') },
    ),
    type(
      'pair-debugging',
      'Pair debugging',
      60,
      ['swe', 'ml'],
      'Find and fix the bugs in a broken PyTorch training loop.',
      'Goal: see how the candidate debugs a broken training loop.\n\nPlanted bugs (do not reveal):\n1. optimizer.zero_grad() is missing.\n2. model.eval() is never called.',
      [
        ['How would you narrow down why the loss is not going down?', 'Overfits one batch, prints shapes, checks gradient norms.'],
        ['Explain the shape bug you found.', 'Broadcasting (N,1) against (N,) yields (N,N).'],
        ['What check would have caught these bugs?', 'Shape asserts, a single-batch overfit test, a leak check.'],
      ],
      {
        swe: levels('Random edits.', 'Finds one bug with hints.', 'Finds most bugs methodically.', 'Finds all, adds checks.'),
        ml: levels('Does not know eval mode.', 'Knows the terms only.', 'Explains each bug.', 'Explains and prevents each bug.'),
      },
    ),
    type(
      'hiring-manager',
      'Hiring manager',
      45,
      ['comms', 'product'],
      'The hiring manager on scope, ambitions and fit with the team.',
      'Talk about the first six months.',
      [['What would you want to own in six months?', 'A concrete, ambitious area matched to the team.']],
      {
        comms: levels('Evasive.', 'Generic answers.', 'Open and specific.', 'Open, specific, asks sharp questions.'),
        product: levels('No view of impact.', 'Some view of impact.', 'Clear view of impact.', 'Shapes the roadmap.'),
      },
    ),
  ];
}

const KEY = /^[a-z0-9][a-z0-9-]*$/;

/**
 * Interview types, kits and loop templates, with the API's rules that matter to
 * the dashboard: admin-only writes (checked by the fake API), versions that
 * count up, a stale version is a 409 with the current version, and 400s that
 * name the field (`questions.1.prompt`, `rubric.ml.3`, `stages.1.interviewTypes.0`).
 */
export function createFakeInterviews({ roleIds, now, recordBy, loops: seededLoops }: FakeInterviewsContext) {
  const types = seedInterviewTypes();
  const loops = new Map<string, RoleLoop>(
    Object.entries(seededLoops).map(([roleId, stages]) => [
      roleId,
      { roleId, version: 1, stages: structuredClone(stages), updatedAt: '2026-01-05T09:00:00.000Z' },
    ]),
  );

  const summary = ({ kit: _kit, kitUpdatedAt: _at, ...rest }: InterviewType) => structuredClone(rest);
  const loopOf = (roleId: string): RoleLoop => loops.get(roleId) ?? { roleId, version: 0, stages: [], updatedAt: null };

  function kitProblems(type: InterviewType, request: Partial<UpdateInterviewKitRequest>): Answer | undefined {
    const fields: FieldError[] = [];
    if (typeof request.version !== 'number') fields.push({ field: 'version', reason: 'must be an integer number' });
    if (typeof request.instructions !== 'string' || !request.instructions.trim()) {
      fields.push({ field: 'instructions', reason: 'should not be blank' });
    }
    if (!Array.isArray(request.questions) || request.questions.length === 0) {
      fields.push({ field: 'questions', reason: 'must contain at least 1 elements' });
    } else {
      request.questions.forEach((q, i) => {
        if (!q.prompt?.trim()) fields.push({ field: `questions.${i}.prompt`, reason: 'should not be blank' });
        if (!q.goodAnswer?.trim()) fields.push({ field: `questions.${i}.goodAnswer`, reason: 'should not be blank' });
      });
    }
    if (fields.length) return invalid(ErrorCode.VALIDATION_FAILED, fields);
    const rubric = (request.rubric ?? {}) as Record<string, Record<string, unknown>>;
    for (const key of type.focusCompetencies) {
      if (!rubric[key]) {
        fields.push({ field: `rubric.${key}`, reason: 'is missing: every focus competency needs a rubric' });
        continue;
      }
      for (const level of RUBRIC_LEVELS) {
        const text = rubric[key][level];
        if (text === undefined) fields.push({ field: `rubric.${key}.${level}`, reason: 'is missing' });
        else if (typeof text !== 'string') fields.push({ field: `rubric.${key}.${level}`, reason: 'must be a string' });
        else if (!text.trim()) fields.push({ field: `rubric.${key}.${level}`, reason: 'should not be blank' });
      }
    }
    for (const key of Object.keys(rubric)) {
      if (!type.focusCompetencies.includes(key as CompetencyKey)) {
        fields.push({ field: `rubric.${key}`, reason: 'is not a focus competency of this interview type' });
      }
    }
    return fields.length ? invalid(ErrorCode.INTERVIEW_KIT_INVALID, fields) : undefined;
  }

  function loopProblems(request: Partial<UpdateRoleLoopRequest>): Answer | undefined {
    const fields: FieldError[] = [];
    if (typeof request.version !== 'number') fields.push({ field: 'version', reason: 'must be an integer number' });
    if (!Array.isArray(request.stages) || request.stages.length === 0) {
      fields.push({ field: 'stages', reason: 'must contain at least 1 elements' });
    } else {
      request.stages.forEach((stage, i) => {
        if (!stage.name?.trim()) fields.push({ field: `stages.${i}.name`, reason: 'should not be blank' });
        if (!Array.isArray(stage.interviewTypes) || stage.interviewTypes.length === 0) {
          fields.push({ field: `stages.${i}.interviewTypes`, reason: 'must contain at least 1 elements' });
        }
      });
    }
    if (fields.length) return invalid(ErrorCode.VALIDATION_FAILED, fields);
    const names: string[] = [];
    (request.stages ?? []).forEach((stage, i) => {
      const folded = stage.name.trim().toLowerCase();
      const earlier = names.indexOf(folded);
      if (earlier >= 0) fields.push({ field: `stages.${i}.name`, reason: `duplicates the name of stage ${earlier}` });
      names.push(folded);
      stage.interviewTypes.forEach((key, j) => {
        if (!types.some((t) => t.key === key)) {
          fields.push({ field: `stages.${i}.interviewTypes.${j}`, reason: `"${key}" is not a known interview type` });
        }
      });
    });
    return fields.length ? invalid(ErrorCode.LOOP_INVALID, fields) : undefined;
  }

  function saveKit(type: InterviewType, request: UpdateInterviewKitRequest) {
    type.kitVersion += 1;
    type.kitUpdatedAt = now();
    type.kit = { instructions: request.instructions, questions: request.questions, rubric: request.rubric };
  }

  function saveLoop(roleId: string, stages: LoopStage[]): RoleLoop {
    const saved: RoleLoop = {
      roleId,
      version: loopOf(roleId).version + 1,
      stages: stages.map((s) => ({ name: s.name.trim(), interviewTypes: [...s.interviewTypes] })),
      updatedAt: now(),
    };
    loops.set(roleId, saved);
    return saved;
  }

  function handle(call: Call, actor: User): Answer | undefined {
    if (call.path === '/api/interview-types' && call.method === 'GET') return { status: 200, body: types.map(summary) };
    const typeMatch = /^\/api\/interview-types\/([^/]+)(\/kit)?$/.exec(call.path);
    if (typeMatch) {
      const key = decodeURIComponent(typeMatch[1] ?? '');
      if (!KEY.test(key)) return invalid(ErrorCode.VALIDATION_FAILED, [{ field: 'key', reason: 'must be a lower-case key' }]);
      const found = types.find((t) => t.key === key);
      if (!found)
        return error(404, ErrorCode.INTERVIEW_TYPE_NOT_FOUND, `No interview type "${key}"`, {
          fields: [{ field: 'key', reason: 'not found' }],
        });
      if (call.method === 'GET' && !typeMatch[2]) return { status: 200, body: structuredClone(found) };
      if (call.method === 'PUT' && typeMatch[2]) {
        if (actor.role !== 'admin') return error(403, ErrorCode.FORBIDDEN, 'Your role does not allow this');
        const request = call.body as UpdateInterviewKitRequest;
        const problem = kitProblems(found, request);
        if (problem) return problem;
        if (request.version !== found.kitVersion) {
          return error(409, ErrorCode.INTERVIEW_KIT_VERSION_CONFLICT, 'A newer kit version was saved', {
            currentVersion: found.kitVersion,
            fields: [{ field: 'version', reason: `is stale: the kit is at version ${found.kitVersion}` }],
          });
        }
        const from = found.kitVersion;
        saveKit(found, request);
        recordBy(actor, 'interview_type.kit_changed', 'interview_type', key, { version: { from, to: found.kitVersion } });
        return { status: 200, body: structuredClone(found) };
      }
      return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    }
    const loopMatch = /^\/api\/roles\/([^/]+)\/loop$/.exec(call.path);
    if (loopMatch) {
      const roleId = decodeURIComponent(loopMatch[1] ?? '');
      if (!roleIds().includes(roleId)) return error(404, ErrorCode.ROLE_NOT_FOUND, 'No such role');
      if (call.method === 'GET') return { status: 200, body: structuredClone(loopOf(roleId)) };
      if (call.method === 'PUT') {
        if (actor.role !== 'admin') return error(403, ErrorCode.FORBIDDEN, 'Your role does not allow this');
        const request = call.body as UpdateRoleLoopRequest;
        const problem = loopProblems(request);
        if (problem) return problem;
        const current = loopOf(roleId);
        if (request.version !== current.version) {
          return error(409, ErrorCode.LOOP_VERSION_CONFLICT, 'A newer loop version was saved', {
            currentVersion: current.version,
            fields: [{ field: 'version', reason: `is stale: the loop is at version ${current.version}` }],
          });
        }
        const saved = saveLoop(roleId, request.stages);
        recordBy(actor, 'role.loop_changed', 'role', roleId, { version: { from: current.version, to: saved.version } });
        return { status: 200, body: structuredClone(saved) };
      }
    }
    return undefined;
  }

  return {
    handle,
    controls: {
      /** Another admin saves a kit behind the dashboard's back. */
      saveKitElsewhere(key: string, change: Partial<InterviewType['kit']>) {
        const found = types.find((t) => t.key === key);
        if (!found) throw new Error(`no interview type ${key}`);
        saveKit(found, { ...found.kit, ...structuredClone(change), version: found.kitVersion });
        return structuredClone(found);
      },
      /** Another admin saves a loop behind the dashboard's back. */
      saveLoopElsewhere(roleId: string, stages: LoopStage[]) {
        return saveLoop(roleId, stages);
      },
      interviewTypes: () => structuredClone(types),
      roleLoop: (roleId: string) => structuredClone(loopOf(roleId)),
    },
  };
}
