import {
  ErrorCode,
  RATINGS,
  RECOMMENDATIONS,
  type ApplicationDetail,
  type ApplicationScore,
  type ApplicationScorecards,
  type CalibrationReport,
  type CandidateChannel,
  type CompetencyKey,
  type FieldError,
  type Interview,
  type InterviewTypeSummary,
  type Leaderboard,
  type LeaderboardRow,
  type OpeningDetail,
  type Recommendation,
  type Scorecard,
  type ScorecardRating,
  type ScoreView,
  type User,
  type Weights,
} from '@loopboard/contracts';
import { calibrate, dissent, leniencies, LENIENCY_SHRINKAGE, scoreRatings, type RatingsByCompetency } from '@loopboard/domain-scoring';

/** What the fake API shares with these handlers (openings in fakeOpenings.ts, interviews in fakeScheduling.ts). */
export interface FakeScorecardsContext {
  users: () => User[];
  openings: () => OpeningDetail[];
  applicationsOf: (openingId: string) => ApplicationDetail[];
  interviewsOf: (applicationId: string) => Interview[];
  interviewTypes: () => InterviewTypeSummary[];
  weightsOf: (roleId: string) => { version: number; weights: Weights };
  channelOf: (candidateId: string) => CandidateChannel | null;
  now: () => string;
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

/**
 * Scorecards, scores, leaderboards and calibration, with the API's rules that matter to the
 * dashboard: only the assigned interviewer files one; drafts are private; submitted ones lock
 * (amendments keep the before/after); and the blind rule — an interviewer sees no other scorecard
 * nor any score on an application until their own there is submitted.
 */
export function createFakeScorecards(context: FakeScorecardsContext) {
  const scorecards: Scorecard[] = [];
  let sequence = 0;
  const nextId = (prefix: string) => `${prefix}0000000-0000-4000-8000-${String((sequence += 1)).padStart(12, '0')}`;

  function allApplications(): { application: ApplicationDetail; opening: OpeningDetail }[] {
    return context.openings().flatMap((opening) => context.applicationsOf(opening.id).map((application) => ({ application, opening })));
  }
  const findApplication = (applicationId: string) => allApplications().find((a) => a.application.id === applicationId);
  function findInterview(interviewId: string): Interview | undefined {
    for (const { application } of allApplications()) {
      const found = context.interviewsOf(application.id).find((i) => i.id === interviewId);
      if (found) return found;
    }
    return undefined;
  }
  const focusOf = (key: string) => context.interviewTypes().find((t) => t.key === key)?.focusCompetencies ?? [];
  const submittedOwn = (applicationId: string, userId: string) =>
    scorecards.some((s) => s.applicationId === applicationId && s.interviewer.id === userId && s.status === 'submitted');
  /** Whether the actor may see others' (submitted) scorecards and scores on the application. */
  const seesOthers = (actor: User, applicationId: string) => READERS.has(actor.role) || submittedOwn(applicationId, actor.id);

  function ratingProblems(ratings: unknown, focus: CompetencyKey[], path = 'ratings'): FieldError[] {
    if (ratings === undefined) return [];
    if (!Array.isArray(ratings)) return [{ field: path, reason: 'must be an array' }];
    return ratings.flatMap((r: Partial<ScorecardRating>, index) => {
      const problems: FieldError[] = [];
      if (!focus.includes(r.competency as CompetencyKey))
        problems.push({ field: `${path}.${index}.competency`, reason: 'is not a focus competency of this interview' });
      if (r.rating !== null && !RATINGS.includes(r.rating as 1))
        problems.push({ field: `${path}.${index}.rating`, reason: 'must be 1, 2, 3 or 4, or null' });
      if (typeof r.evidence !== 'string') problems.push({ field: `${path}.${index}.evidence`, reason: 'must be a string' });
      return problems;
    });
  }
  function merge(card: Scorecard, ratings: ScorecardRating[] | undefined) {
    if (!ratings) return card.ratings;
    return card.ratings.map((existing) => {
      const change = ratings.find((r) => r.competency === existing.competency);
      return change ? { competency: existing.competency, rating: change.rating, evidence: change.evidence } : existing;
    });
  }

  function submittedOf(applicationIds: Set<string>) {
    return scorecards.filter((s) => s.status === 'submitted' && applicationIds.has(s.applicationId));
  }

  /** Leniency from the submitted ratings (on the given applications only, for a role's report). */
  function leniencyMap(applicationIds?: Set<string>) {
    const panel = scorecards
      .filter((s) => s.status === 'submitted' && (!applicationIds || applicationIds.has(s.applicationId)))
      .flatMap((s) =>
        s.ratings.flatMap((r) =>
          r.rating === null
            ? []
            : [{ applicationId: s.applicationId, competency: r.competency, interviewerId: s.interviewer.id, rating: r.rating }],
        ),
      );
    return leniencies(panel);
  }

  function scoreOf(applicationId: string, weights: Weights): { raw: ScoreView; calibrated: ScoreView; cards: Scorecard[] } {
    const cards = submittedOf(new Set([applicationId]));
    const lenient = leniencyMap();
    const raw: RatingsByCompetency = {};
    const calibrated: RatingsByCompetency = {};
    for (const card of cards) {
      for (const r of card.ratings) {
        if (r.rating === null) continue;
        raw[r.competency] = [...(raw[r.competency] ?? []), r.rating];
        calibrated[r.competency] = [
          ...(calibrated[r.competency] ?? []),
          calibrate(r.rating, lenient.get(card.interviewer.id)?.leniency ?? 0),
        ];
      }
    }
    const view = (ratings: RatingsByCompetency): ScoreView => {
      const score = scoreRatings(weights, ratings);
      return { composite: score.composite, coverage: score.coverage, competencies: score.competencies };
    };
    return { raw: view(raw), calibrated: view(calibrated), cards };
  }

  function applicationScore(applicationId: string, roleId: string): ApplicationScore {
    const { version, weights } = context.weightsOf(roleId);
    const { raw, calibrated, cards } = scoreOf(applicationId, weights);
    const recs = cards.map((c) => c.recommendation).filter((r): r is Recommendation => r !== null);
    const recommendations = Object.fromEntries(RECOMMENDATIONS.map((r) => [r, recs.filter((x) => x === r).length])) as Record<
      Recommendation,
      number
    >;
    return {
      applicationId,
      roleId,
      weightsVersion: version,
      weights,
      submittedScorecards: cards.length,
      raw,
      calibrated,
      dissent: dissent(recs),
      recommendations,
    };
  }

  function leaderboard(scope: Leaderboard['scope'], roleId: string, openings: OpeningDetail[], search: string): Answer {
    const query = new URLSearchParams(search);
    const view = query.get('view') === 'calibrated' ? 'calibrated' : 'raw';
    const minCoverage = Number(query.get('minCoverage') ?? 0);
    const stage = query.get('stage');
    const channel = query.get('channel');
    const sort = query.get('sort') ?? 'composite';
    const order = query.get('order') ?? (sort === 'name' ? 'asc' : 'desc');
    const page = Math.max(1, Number(query.get('page') ?? 1));
    const pageSize = Math.max(1, Number(query.get('pageSize') ?? 25));
    const { version, weights } = context.weightsOf(roleId);
    let rows: LeaderboardRow[] = openings.flatMap((opening) =>
      context.applicationsOf(opening.id).map((application) => {
        const score = applicationScore(application.id, roleId);
        const shown = score[view];
        return {
          applicationId: application.id,
          candidate: {
            id: application.candidate.id,
            name: application.candidate.name,
            channel: context.channelOf(application.candidate.id),
          },
          opening: { id: opening.id, title: opening.title },
          stage: application.currentStage,
          status: application.status,
          submittedScorecards: score.submittedScorecards,
          composite: shown.composite,
          coverage: shown.coverage,
          dissent: score.dissent,
          contributions: shown.competencies
            .filter((c) => c.mean !== null)
            .map((c) => ({ competency: c.competency, mean: c.mean as number, contribution: c.contribution })),
        };
      }),
    );
    rows = rows.filter(
      (r) => r.coverage >= minCoverage - 1e-9 && (!stage || r.stage.name === stage) && (!channel || r.candidate.channel === channel),
    );
    // As the API: nulls (no composite, no dissent) always last, whatever the order.
    const value = (r: LeaderboardRow): number | string | null =>
      sort === 'name'
        ? r.candidate.name
        : sort === 'coverage'
          ? r.coverage
          : sort === 'dissent'
            ? r.dissent
            : sort === 'scorecards'
              ? r.submittedScorecards
              : r.composite;
    rows.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const cmp = typeof x === 'string' ? x.localeCompare(String(y)) : x - (y as number);
      return order === 'asc' ? cmp : -cmp;
    });
    const board: Leaderboard = {
      scope,
      roleId,
      weightsVersion: version,
      weights,
      view,
      rows: rows.slice((page - 1) * pageSize, page * pageSize),
      page,
      pageSize,
      total: rows.length,
    };
    return { status: 200, body: board };
  }

  function calibration(search: string): CalibrationReport {
    const roleId = new URLSearchParams(search).get('roleId');
    const inRole = new Set(
      allApplications()
        .filter(({ opening }) => !roleId || opening.roleId === roleId)
        .map(({ application }) => application.id),
    );
    const cards = submittedOf(inRole);
    const lenient = leniencyMap(inRole);
    const interviews = [...inRole].flatMap((applicationId) => context.interviewsOf(applicationId)).filter((i) => i.status === 'scheduled');
    const overdue = (userId: string) =>
      interviews.filter(
        (i) =>
          Date.parse(i.scorecardDueAt) < Date.now() &&
          i.interviewers.some((u) => u.id === userId) &&
          !cards.some((c) => c.interviewId === i.id && c.interviewer.id === userId),
      ).length;
    const interviewerIds = [
      ...new Set([...cards.map((c) => c.interviewer.id), ...interviews.flatMap((i) => i.interviewers.map((u) => u.id))]),
    ];
    return {
      shrinkage: LENIENCY_SHRINKAGE,
      interviewers: interviewerIds.map((id) => {
        const mine = cards.filter((c) => c.interviewer.id === id);
        const user = context.users().find((u) => u.id === id);
        const distribution = { '1': 0, '2': 0, '3': 0, '4': 0 };
        for (const c of mine) for (const r of c.ratings) if (r.rating !== null) distribution[String(r.rating) as '1'] += 1;
        const l = lenient.get(id);
        return {
          interviewer: { id, name: user?.name ?? 'Unknown' },
          scorecards: mine.length,
          distribution,
          leniency: l && l.comparisons > 0 ? l.leniency : null,
          comparisons: l?.comparisons ?? 0,
          noDecisionRate: mine.length ? mine.filter((c) => c.recommendation === 'no_decision').length / mine.length : null,
          overdueScorecards: overdue(id),
        };
      }),
    };
  }

  function handle(call: Call, actor: User): Answer | undefined {
    const { method, path } = call;
    const cardMatch = /^\/api\/interviews\/([^/]+)\/scorecard(\/submit)?$/.exec(path);
    if (cardMatch) {
      const interview = findInterview(decodeURIComponent(cardMatch[1] ?? ''));
      if (!interview) return error(404, ErrorCode.INTERVIEW_NOT_FOUND, 'No such interview');
      if (!interview.interviewers.some((u) => u.id === actor.id)) return forbidden();
      const own = scorecards.find((s) => s.interviewId === interview.id && s.interviewer.id === actor.id);
      const request = (call.body ?? {}) as { version?: unknown; ratings?: ScorecardRating[]; recommendation?: Recommendation | null };
      if (method === 'GET' && !cardMatch[2]) {
        return own ? { status: 200, body: structuredClone(own) } : error(404, ErrorCode.SCORECARD_NOT_FOUND, 'No scorecard yet');
      }
      if (!Number.isInteger(request.version)) return invalid([{ field: 'version', reason: 'must be an integer' }]);
      const conflict = (current: number) =>
        error(409, ErrorCode.SCORECARD_VERSION_CONFLICT, 'The scorecard was saved elsewhere meanwhile', { currentVersion: current });
      if (method === 'PUT' && !cardMatch[2]) {
        const focus = focusOf(interview.interviewType.key);
        const problems = ratingProblems(request.ratings, focus);
        if (request.recommendation !== undefined && request.recommendation !== null && !RECOMMENDATIONS.includes(request.recommendation))
          problems.push({ field: 'recommendation', reason: 'must be one of the recommendations' });
        if (problems.length) return invalid(problems);
        if (own?.status === 'submitted') return error(409, ErrorCode.SCORECARD_SUBMITTED, 'The scorecard is submitted: amend it instead');
        if (!own && request.version !== 0) return conflict(0);
        if (own && request.version === 0) return error(409, ErrorCode.SCORECARD_EXISTS, 'You have a scorecard for this interview already');
        if (own && request.version !== own.version) return conflict(own.version);
        const at = context.now();
        const card: Scorecard = own ?? {
          id: nextId('d'),
          interviewId: interview.id,
          applicationId: interview.applicationId,
          interviewType: interview.interviewType,
          stage: interview.stage,
          interviewer: { id: actor.id, name: actor.name },
          status: 'draft',
          ratings: focus.map((competency) => ({ competency, rating: null, evidence: '' })),
          recommendation: null,
          version: 0,
          createdAt: at,
          updatedAt: at,
          submittedAt: null,
          amendments: [],
        };
        card.ratings = merge(card, request.ratings);
        if (request.recommendation !== undefined) card.recommendation = request.recommendation;
        card.version += 1;
        card.updatedAt = at;
        if (!own) scorecards.push(card);
        return { status: 200, body: structuredClone(card) };
      }
      if (method === 'POST' && cardMatch[2]) {
        if (!own) return error(404, ErrorCode.SCORECARD_NOT_FOUND, 'No scorecard yet');
        if (own.status === 'submitted') return error(409, ErrorCode.SCORECARD_SUBMITTED, 'The scorecard is submitted already');
        if (request.version !== own.version) return conflict(own.version);
        const problems: FieldError[] = own.ratings.flatMap((r, index) =>
          r.rating !== null && !r.evidence.trim() ? [{ field: `ratings.${index}.evidence`, reason: 'is required with a rating' }] : [],
        );
        if (own.recommendation === null) problems.push({ field: 'recommendation', reason: 'is required to submit' });
        if (problems.length) return invalid(problems);
        own.status = 'submitted';
        own.submittedAt = context.now();
        own.updatedAt = own.submittedAt;
        own.version += 1;
        return { status: 200, body: structuredClone(own) };
      }
      return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    }

    const amendMatch = /^\/api\/scorecards\/([^/]+)\/amendments$/.exec(path);
    if (amendMatch && method === 'POST') {
      const card = scorecards.find((s) => s.id === decodeURIComponent(amendMatch[1] ?? ''));
      if (!card || card.interviewer.id !== actor.id) return error(404, ErrorCode.SCORECARD_NOT_FOUND, 'No such scorecard');
      const request = (call.body ?? {}) as {
        version?: unknown;
        reason?: unknown;
        ratings?: ScorecardRating[];
        recommendation?: Recommendation;
      };
      const problems: FieldError[] = [];
      if (!Number.isInteger(request.version)) problems.push({ field: 'version', reason: 'must be an integer' });
      if (typeof request.reason !== 'string' || !request.reason.trim()) problems.push({ field: 'reason', reason: 'should not be empty' });
      problems.push(...ratingProblems(request.ratings, focusOf(card.interviewType.key)));
      if (problems.length) return invalid(problems);
      if (card.status !== 'submitted') return error(409, ErrorCode.SCORECARD_NOT_SUBMITTED, 'Only a submitted scorecard can be amended');
      if (request.version !== card.version)
        return error(409, ErrorCode.SCORECARD_VERSION_CONFLICT, 'The scorecard changed meanwhile', { currentVersion: card.version });
      const before = { ratings: structuredClone(card.ratings), recommendation: card.recommendation as Recommendation };
      card.ratings = merge(card, request.ratings);
      if (request.recommendation) card.recommendation = request.recommendation;
      card.amendments.push({
        id: nextId('a'),
        author: { id: actor.id, name: actor.name },
        reason: String(request.reason),
        createdAt: context.now(),
        before,
        after: { ratings: structuredClone(card.ratings), recommendation: card.recommendation as Recommendation },
      });
      card.version += 1;
      return { status: 200, body: structuredClone(card) };
    }

    const appMatch = /^\/api\/applications\/([^/]+)\/(scorecards|score)$/.exec(path);
    if (appMatch && method === 'GET') {
      const applicationId = decodeURIComponent(appMatch[1] ?? '');
      const found = findApplication(applicationId);
      if (!found) return error(404, ErrorCode.APPLICATION_NOT_FOUND, 'No such application');
      const assigned = context.interviewsOf(applicationId).some((i) => i.interviewers.some((u) => u.id === actor.id));
      if (!READERS.has(actor.role) && !assigned) return forbidden();
      const others = seesOthers(actor, applicationId);
      if (appMatch[2] === 'score') {
        if (!others) return forbidden();
        return { status: 200, body: applicationScore(applicationId, found.opening.roleId) };
      }
      const visible = scorecards.filter(
        (s) => s.applicationId === applicationId && (s.interviewer.id === actor.id || (others && s.status === 'submitted')),
      );
      const body: ApplicationScorecards = { applicationId, blinded: !others, scorecards: structuredClone(visible) };
      return { status: 200, body };
    }

    const boardMatch = /^\/api\/(openings|roles)\/([^/]+)\/leaderboard$/.exec(path);
    if (boardMatch && method === 'GET') {
      if (!READERS.has(actor.role)) return forbidden();
      const id = decodeURIComponent(boardMatch[2] ?? '');
      if (boardMatch[1] === 'openings') {
        const opening = context.openings().find((o) => o.id === id);
        if (!opening) return error(404, ErrorCode.OPENING_NOT_FOUND, 'No such opening');
        return leaderboard({ kind: 'opening', id, title: opening.title }, opening.roleId, [opening], call.search);
      }
      const openings = context.openings().filter((o) => o.roleId === id);
      return leaderboard({ kind: 'role', id, title: id }, id, openings, call.search);
    }

    if (path === '/api/calibration/interviewers' && method === 'GET') {
      if (actor.role !== 'admin' && actor.role !== 'hiring_manager') return forbidden();
      return { status: 200, body: calibration(call.search) };
    }
    return undefined;
  }

  return {
    handle,
    controls: {
      /** A scorecard filed (and, unless `draft`, submitted) by someone, as if through the API earlier. */
      seedScorecard(
        interviewId: string,
        interviewerId: string,
        filed: { ratings: Partial<Record<CompetencyKey, [number | null, string]>>; recommendation: Recommendation | null; draft?: boolean },
      ): Scorecard {
        const interview = findInterview(interviewId);
        if (!interview) throw new Error(`no interview ${interviewId}`);
        const user = context.users().find((u) => u.id === interviewerId);
        const at = context.now();
        const card: Scorecard = {
          id: nextId('d'),
          interviewId,
          applicationId: interview.applicationId,
          interviewType: interview.interviewType,
          stage: interview.stage,
          interviewer: { id: interviewerId, name: user?.name ?? 'Unknown' },
          status: filed.draft ? 'draft' : 'submitted',
          ratings: focusOf(interview.interviewType.key).map((competency) => {
            const [rating, evidence] = filed.ratings[competency] ?? [null, ''];
            return { competency, rating: rating as ScorecardRating['rating'], evidence };
          }),
          recommendation: filed.recommendation,
          version: filed.draft ? 1 : 2,
          createdAt: at,
          updatedAt: at,
          submittedAt: filed.draft ? null : at,
          amendments: [],
        };
        scorecards.push(card);
        return structuredClone(card);
      },
      /** The same scorecard saved in another tab: its version moves on. */
      saveScorecardElsewhere(scorecardId: string, change: Partial<Pick<Scorecard, 'recommendation'>> = {}) {
        const card = scorecards.find((s) => s.id === scorecardId);
        if (!card) throw new Error(`no scorecard ${scorecardId}`);
        Object.assign(card, change);
        card.version += 1;
      },
      scorecards: () => structuredClone(scorecards),
    },
  };
}
