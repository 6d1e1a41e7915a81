import {
  ErrorCode,
  TAKE_HOME_TYPE_KEY,
  type ApplicationDetail,
  type CreateInterviewRequest,
  type FieldError,
  type GradeTakeHomeRequest,
  type Interview,
  type InterviewTypeSummary,
  type MyInterview,
  type OpeningDetail,
  type SendTakeHomeRequest,
  type SubmitTakeHomeRequest,
  type TakeHome,
  type UpdateInterviewRequest,
  type User,
} from '@loopboard/contracts';

/** What the fake API shares with these handlers (openings and applications live in fakeOpenings.ts). */
export interface FakeSchedulingContext {
  users: () => User[];
  openings: () => OpeningDetail[];
  applicationsOf: (openingId: string) => ApplicationDetail[];
  interviewTypes: () => InterviewTypeSummary[];
}

interface Call {
  method: string;
  path: string;
  search: string;
  body: unknown;
}
type Answer = { status: number; body: unknown };

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
const HOUR = 3600_000;

/**
 * Interviews, take-homes and the interviewer's own list, with the API's rules that matter to the
 * dashboard: interviewers see only applications where they have an interview; the type must be one of
 * the current stage's; interviewers must be on the opening's team; no past times; stale versions are 409.
 * "Now" is the real clock, as the page refuses past times against it too.
 */
export function createFakeScheduling(context: FakeSchedulingContext) {
  const interviews: Interview[] = [];
  const takeHomes = new Map<string, TakeHome>();
  let sequence = 0;
  const nextId = () => `f0000000-0000-4000-8000-${String((sequence += 1)).padStart(12, '0')}`;

  function findApplication(applicationId: string): { application: ApplicationDetail; opening: OpeningDetail } | undefined {
    for (const opening of context.openings()) {
      const application = context.applicationsOf(opening.id).find((a) => a.id === applicationId);
      if (application) return { application, opening };
    }
    return undefined;
  }
  const stageTypes = (found: { application: ApplicationDetail; opening: OpeningDetail }) =>
    found.opening.loop.stages.find((s) => s.id === found.application.currentStage.id)?.interviewTypes ?? [];
  const typeOf = (key: string) => context.interviewTypes().find((t) => t.key === key);
  const userRef = (userId: string) => ({ id: userId, name: context.users().find((u) => u.id === userId)?.name ?? 'Unknown' });
  const hasInterview = (applicationId: string, userId: string) =>
    interviews.some((i) => i.applicationId === applicationId && i.status === 'scheduled' && i.interviewers.some((u) => u.id === userId));
  const mayRead = (actor: User, applicationId: string) => READERS.has(actor.role) || hasInterview(applicationId, actor.id);

  function interviewerProblems(found: { opening: OpeningDetail }, ids: unknown): FieldError[] {
    if (!Array.isArray(ids) || ids.length === 0) return [{ field: 'interviewerIds', reason: 'must contain at least one interviewer' }];
    const team = new Set(found.opening.interviewers.map((u) => u.id));
    return ids.flatMap((id, index) =>
      team.has(String(id)) ? [] : [{ field: `interviewerIds.${index}`, reason: "is not an active interviewer on this opening's team" }],
    );
  }
  function timeProblems(startsAt: unknown, scorecardDueAt: unknown, durationMinutes: unknown, required: boolean): FieldError[] {
    const problems: FieldError[] = [];
    if (startsAt !== undefined || required) {
      if (typeof startsAt !== 'string' || Number.isNaN(Date.parse(startsAt)))
        problems.push({ field: 'startsAt', reason: 'must be an ISO 8601 date-time' });
      else if (Date.parse(startsAt) <= Date.now()) problems.push({ field: 'startsAt', reason: 'must not be in the past' });
    }
    if (scorecardDueAt !== undefined && typeof startsAt === 'string' && Date.parse(String(scorecardDueAt)) <= Date.parse(startsAt)) {
      problems.push({ field: 'scorecardDueAt', reason: 'must be after startsAt' });
    }
    if (durationMinutes !== undefined && (!Number.isInteger(durationMinutes) || (durationMinutes as number) < 5)) {
      problems.push({ field: 'durationMinutes', reason: 'must not be less than 5' });
    }
    return problems;
  }

  function addInterview(applicationId: string, stage: { id: string; name: string }, request: CreateInterviewRequest): Interview {
    const at = new Date().toISOString();
    const type = typeOf(request.interviewTypeKey);
    const interview: Interview = {
      id: nextId(),
      applicationId,
      stage,
      interviewType: { key: request.interviewTypeKey, name: type?.name ?? request.interviewTypeKey },
      interviewers: request.interviewerIds.map(userRef),
      startsAt: request.startsAt,
      durationMinutes: request.durationMinutes ?? type?.durationMinutes ?? 60,
      scorecardDueAt: request.scorecardDueAt ?? new Date(Date.parse(request.startsAt) + 24 * HOUR).toISOString(),
      status: 'scheduled',
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    interviews.push(interview);
    return interview;
  }

  function takeHomeOf(applicationId: string): TakeHome {
    return (
      takeHomes.get(applicationId) ?? {
        id: null,
        applicationId,
        state: 'to_send',
        dueAt: null,
        sentAt: null,
        submittedAt: null,
        submissionUrl: null,
        submissionNote: null,
        gradedAt: null,
        grades: [],
        overdue: false,
      }
    );
  }
  const withOverdue = (t: TakeHome): TakeHome => ({ ...t, overdue: t.state === 'sent' && !!t.dueAt && Date.parse(t.dueAt) < Date.now() });
  const stateConflict = (t: TakeHome, step: string) =>
    error(409, ErrorCode.TAKE_HOME_STATE_CONFLICT, `The take-home is ${t.state.replace('_', ' ')}; it cannot be ${step} now`, {
      current: withOverdue(t),
    });

  function handle(call: Call, actor: User): Answer | undefined {
    const { method, path } = call;
    if (path === '/api/me/interviews' && method === 'GET') {
      const mine = interviews.filter((i) => i.status === 'scheduled' && i.interviewers.some((u) => u.id === actor.id));
      const toMine = (i: Interview): MyInterview => {
        const found = findApplication(i.applicationId);
        const now = Date.now();
        return {
          id: i.id,
          applicationId: i.applicationId,
          candidate: { id: found?.application.candidate.id ?? '', name: found?.application.candidate.name ?? 'Unknown' },
          opening: { id: found?.opening.id ?? '', title: found?.opening.title ?? '' },
          interviewType: i.interviewType,
          startsAt: i.startsAt,
          durationMinutes: i.durationMinutes,
          scorecardDueAt: i.scorecardDueAt,
          when: Date.parse(i.startsAt) > now ? 'upcoming' : Date.parse(i.scorecardDueAt) < now ? 'overdue' : 'scorecard_due',
        };
      };
      const all = mine.map(toMine).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      return {
        status: 200,
        body: { upcoming: all.filter((i) => i.when === 'upcoming'), scorecardsDue: all.filter((i) => i.when !== 'upcoming') },
      };
    }

    const interviewMatch = /^\/api\/interviews\/([^/]+)(\/invite\.ics)?$/.exec(path);
    if (interviewMatch) {
      const interview = interviews.find((i) => i.id === decodeURIComponent(interviewMatch[1] ?? ''));
      if (!interview) return error(404, ErrorCode.INTERVIEW_NOT_FOUND, 'No such interview');
      if (interviewMatch[2]) {
        if (!mayRead(actor, interview.applicationId)) return forbidden();
        return { status: 200, body: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' };
      }
      if (!EDITORS.has(actor.role)) return forbidden();
      const found = findApplication(interview.applicationId);
      if (!found) return error(404, ErrorCode.APPLICATION_NOT_FOUND, 'No such application');
      const conflict = () =>
        error(409, ErrorCode.INTERVIEW_VERSION_CONFLICT, 'The interview was changed meanwhile', {
          currentVersion: interview.version,
          current: structuredClone(interview),
        });
      if (method === 'DELETE') {
        const version = new URLSearchParams(call.search).get('version');
        if (!version) return invalid([{ field: 'version', reason: 'must be an integer' }]);
        if (interview.status === 'cancelled') return error(409, ErrorCode.INTERVIEW_CLOSED, 'The interview is cancelled');
        if (Number(version) !== interview.version) return conflict();
        interview.status = 'cancelled';
        interview.version += 1;
        interview.updatedAt = new Date().toISOString();
        return { status: 200, body: structuredClone(interview) };
      }
      if (method === 'PATCH') {
        const request = (call.body ?? {}) as Partial<UpdateInterviewRequest>;
        if (!Number.isInteger(request.version)) return invalid([{ field: 'version', reason: 'must be an integer' }]);
        if (interview.status === 'cancelled') return error(409, ErrorCode.INTERVIEW_CLOSED, 'The interview is cancelled');
        if (request.version !== interview.version) return conflict();
        const problems = [
          ...(request.interviewerIds !== undefined ? interviewerProblems(found, request.interviewerIds) : []),
          ...timeProblems(request.startsAt, request.scorecardDueAt, request.durationMinutes, false),
        ];
        if (problems.length) return invalid(problems);
        if (request.interviewerIds) interview.interviewers = request.interviewerIds.map(userRef);
        if (request.startsAt) {
          const shift = Date.parse(interview.scorecardDueAt) - Date.parse(interview.startsAt);
          interview.startsAt = request.startsAt;
          if (!request.scorecardDueAt) interview.scorecardDueAt = new Date(Date.parse(request.startsAt) + shift).toISOString();
        }
        if (request.scorecardDueAt) interview.scorecardDueAt = request.scorecardDueAt;
        if (request.durationMinutes) interview.durationMinutes = request.durationMinutes;
        interview.version += 1;
        interview.updatedAt = new Date().toISOString();
        return { status: 200, body: structuredClone(interview) };
      }
      return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    }

    const appMatch = /^\/api\/applications\/([^/]+)(\/interviews|\/take-home(?:\/(send|submit|grade))?)?$/.exec(path);
    if (!appMatch) return undefined;
    const applicationId = decodeURIComponent(appMatch[1] ?? '');
    const sub = appMatch[2];
    if (!sub) {
      // An interviewer reads an application only where they have an interview; everyone else: see fakeOpenings.ts.
      if (method !== 'GET' || actor.role !== 'interviewer') return undefined;
      const found = findApplication(applicationId);
      if (!found || !hasInterview(applicationId, actor.id)) return forbidden();
      return { status: 200, body: found.application };
    }
    if (!mayRead(actor, applicationId)) return forbidden();
    if (method !== 'GET' && !EDITORS.has(actor.role)) return forbidden();
    const found = findApplication(applicationId);
    if (!found) return error(404, ErrorCode.APPLICATION_NOT_FOUND, 'No such application');

    if (sub === '/interviews') {
      if (method === 'GET') {
        const list = interviews.filter(
          (i) => i.applicationId === applicationId && (actor.role !== 'interviewer' || i.interviewers.some((u) => u.id === actor.id)),
        );
        return { status: 200, body: structuredClone(list) };
      }
      if (method !== 'POST') return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
      const request = (call.body ?? {}) as CreateInterviewRequest;
      const problems: FieldError[] = [];
      const types = stageTypes(found);
      if (!typeOf(request.interviewTypeKey) && request.interviewTypeKey !== TAKE_HOME_TYPE_KEY) {
        problems.push({ field: 'interviewTypeKey', reason: 'is not an interview type' });
      } else if (!types.includes(request.interviewTypeKey)) {
        problems.push({ field: 'interviewTypeKey', reason: `is not run in the current stage "${found.application.currentStage.name}"` });
      }
      problems.push(...interviewerProblems(found, request.interviewerIds));
      problems.push(...timeProblems(request.startsAt, request.scorecardDueAt, request.durationMinutes, true));
      if (problems.length) return invalid(problems);
      return { status: 201, body: structuredClone(addInterview(applicationId, found.application.currentStage, request)) };
    }

    // Take-home.
    const step = appMatch[3];
    const current = takeHomeOf(applicationId);
    const runsTakeHome = stageTypes(found).includes(TAKE_HOME_TYPE_KEY);
    if (!step) {
      if (method !== 'GET') return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
      if (!takeHomes.has(applicationId) && !runsTakeHome)
        return error(404, ErrorCode.TAKE_HOME_NOT_FOUND, 'No take-home for this application');
      return { status: 200, body: withOverdue(current) };
    }
    if (method !== 'POST') return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    const at = new Date().toISOString();
    if (step === 'send') {
      const { dueAt } = (call.body ?? {}) as Partial<SendTakeHomeRequest>;
      if (typeof dueAt !== 'string' || Number.isNaN(Date.parse(dueAt)))
        return invalid([{ field: 'dueAt', reason: 'must be an ISO 8601 date-time' }]);
      if (Date.parse(dueAt) <= Date.now()) return invalid([{ field: 'dueAt', reason: 'must not be in the past' }]);
      if (!runsTakeHome && !takeHomes.has(applicationId))
        return error(409, ErrorCode.TAKE_HOME_NOT_IN_STAGE, 'The current stage does not run a take-home');
      if (current.state !== 'to_send') return stateConflict(current, 'sent');
      const sent: TakeHome = { ...current, id: nextId(), state: 'sent', dueAt, sentAt: at };
      takeHomes.set(applicationId, sent);
      return { status: 200, body: withOverdue(sent) };
    }
    if (step === 'submit') {
      const { url, note } = (call.body ?? {}) as Partial<SubmitTakeHomeRequest>;
      if (!url && !note) return invalid([{ field: 'url', reason: 'a link or a note is required' }]);
      if (url && !/^https?:\/\/\S+$/.test(url)) return invalid([{ field: 'url', reason: 'must be a URL address' }]);
      if (current.state !== 'sent') return stateConflict(current, 'submitted');
      const submitted: TakeHome = {
        ...current,
        state: 'submitted',
        submittedAt: at,
        submissionUrl: url ?? null,
        submissionNote: note ?? null,
      };
      takeHomes.set(applicationId, submitted);
      return { status: 200, body: withOverdue(submitted) };
    }
    const { grades } = (call.body ?? {}) as Partial<GradeTakeHomeRequest>;
    if (!Array.isArray(grades) || grades.length === 0) return invalid([{ field: 'grades', reason: 'must contain at least one grade' }]);
    const team = new Set(found.opening.interviewers.map((u) => u.id));
    const gradeProblems = grades.flatMap((g, index) => [
      ...(team.has(g.graderId) ? [] : [{ field: `grades.${index}.graderId`, reason: "is not an interviewer on this opening's team" }]),
      ...([1, 2, 3, 4].includes(g.grade) ? [] : [{ field: `grades.${index}.grade`, reason: 'must be 1, 2, 3 or 4' }]),
    ]);
    if (gradeProblems.length) return invalid(gradeProblems);
    if (current.state !== 'submitted') return stateConflict(current, 'graded');
    const graded: TakeHome = {
      ...current,
      state: 'graded',
      gradedAt: at,
      grades: grades.map((g) => ({ grader: userRef(g.graderId), grade: g.grade })),
    };
    takeHomes.set(applicationId, graded);
    return { status: 200, body: withOverdue(graded) };
  }

  return {
    handle,
    controls: {
      /** An interview as if scheduled earlier (any time, even past, so scorecards can be due). */
      seedInterview(applicationId: string, request: Omit<CreateInterviewRequest, 'startsAt'> & { startsAt: string }): Interview {
        const found = findApplication(applicationId);
        if (!found) throw new Error(`no application ${applicationId}`);
        return structuredClone(addInterview(applicationId, found.application.currentStage, request));
      },
      /** Someone else edits an interview while the page is open: the version moves on. */
      changeInterviewElsewhere(interviewId: string, change: Partial<Pick<Interview, 'durationMinutes' | 'startsAt'>> = {}) {
        const interview = interviews.find((i) => i.id === interviewId);
        if (!interview) throw new Error(`no interview ${interviewId}`);
        Object.assign(interview, change);
        interview.version += 1;
      },
      interviewsOf: (applicationId: string) => structuredClone(interviews.filter((i) => i.applicationId === applicationId)),
      takeHomeOf: (applicationId: string) => withOverdue(takeHomeOf(applicationId)),
    },
  };
}
