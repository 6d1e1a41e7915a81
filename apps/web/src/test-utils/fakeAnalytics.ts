import {
  CANDIDATE_CHANNELS,
  ErrorCode,
  type AdverseImpactDimension,
  type AdverseImpactReport,
  type AnalyticsScope,
  type CandidateChannel,
  type ChannelSource,
  type FieldError,
  type ForecastReport,
  type FunnelReport,
  type FunnelStage,
  type InterviewerLoadReport,
  type OpeningDetail,
  type SourceCounts,
  type SourcesReport,
  type StaleApplication,
  type User,
  type VenueSource,
} from '@loopboard/contracts';

/** What the fake API shares with these handlers (openings in fakeOpenings.ts). */
export interface FakeAnalyticsContext {
  openings: () => OpeningDetail[];
  roleIds: () => string[];
  rejectionReasonLabel: (key: string) => string;
}

/** One application as the analytics see it; days are counted back from today (UTC). */
export interface AnalyticsApplicationSeed {
  openingId: string;
  candidateName: string;
  channel: CandidateChannel;
  createdDaysAgo: number;
  /** The furthest loop stage (0-based) the application entered. */
  reached: number;
  outcome?: 'active' | 'rejected' | 'withdrawn' | 'hired';
  rejectionReasonKey?: string;
  /** Days spent in each stage entered, in order; the last is still open while active. */
  daysInStages?: number[];
  /** Raw composite (1–4), null or omitted when unscored. */
  composite?: number | null;
  venues?: string[];
  events?: string[];
}

export interface AnalyticsInterviewSeed {
  openingId: string;
  interviewerId: string;
  interviewerName: string;
  daysAgo: number;
  /** Past its scorecard due time without the interviewer's scorecard. */
  overdue?: boolean;
}

interface Call {
  method: string;
  path: string;
  search: string;
}
type Answer = { status: number; body: unknown };

const DAY_MS = 86_400_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const READERS = new Set(['admin', 'recruiter', 'hiring_manager']);
const FILTER_KEYS = ['openingId', 'roleId', 'from', 'to', 'channel'];

const error = (status: number, code: ErrorCode, message: string, fields?: FieldError[]): Answer => ({
  status,
  body: { code, message, requestId: 'req-fake', ...(fields ? { fields } : {}) },
});
const invalid = (field: string, reason: string) =>
  error(400, ErrorCode.VALIDATION_FAILED, `Invalid request: ${field} ${reason}`, [{ field, reason }]);

const toDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const dayMs = (day: string) => Date.parse(`${day}T00:00:00Z`);
const today = () => toDay(Date.now());
const daysAgo = (n: number) => toDay(Date.now() - n * DAY_MS);

function isRealDay(value: string) {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayMs(value)) && toDay(dayMs(value)) === value;
}

/** "2026-W48" for the ISO week holding the day. */
export function isoWeek(day: string): string {
  const date = new Date(dayMs(day));
  // The ISO week is the one holding the Thursday of this Monday-to-Sunday week; its year is the Thursday's.
  date.setUTCDate(date.getUTCDate() + 4 - (date.getUTCDay() || 7));
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((date.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${date.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

function quantile(sorted: number[], q: number): number | null {
  if (sorted.length === 0) return null;
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  const [a, b] = [sorted[low] ?? 0, sorted[high] ?? 0];
  return a + (b - a) * (at - low);
}

/**
 * The analytics endpoints over seeded applications and interviews, with the API's rules that
 * matter to the dashboard: who may read which report (adverse impact: admins only), and the
 * filters' validation — an unknown filter, a malformed or inverted date range, an opening or role
 * that does not exist — as 4xx naming the field.
 */
export function createFakeAnalytics(context: FakeAnalyticsContext) {
  const applications: (AnalyticsApplicationSeed & { id: string })[] = [];
  const interviews: AnalyticsInterviewSeed[] = [];
  const forecasts = new Map<string, ForecastReport>();
  let adverseDimensions: AdverseImpactDimension[] = [];

  const openingOf = (id: string) => context.openings().find((o) => o.id === id);

  /** The filters as the API resolves them, or the 4xx it answers. */
  function resolve(search: string, extraKeys: string[] = []): { scope: AnalyticsScope; staleDays: number } | Answer {
    const query = new URLSearchParams(search);
    for (const key of query.keys()) if (![...FILTER_KEYS, ...extraKeys].includes(key)) return invalid(key, 'should not exist');
    const get = (key: string) => query.get(key) ?? undefined;
    for (const key of ['openingId', 'roleId']) {
      const value = get(key);
      if (value !== undefined && !UUID.test(value)) return invalid(key, 'must be a UUID');
    }
    for (const key of ['from', 'to']) {
      const value = get(key);
      if (value !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return invalid(key, 'must be a date as YYYY-MM-DD');
      if (value !== undefined && !isRealDay(value)) return invalid(key, 'must be a real calendar date');
    }
    const channel = get('channel');
    if (channel !== undefined && !CANDIDATE_CHANNELS.includes(channel as CandidateChannel))
      return invalid('channel', `must be one of ${CANDIDATE_CHANNELS.join(', ')}`);
    let staleDays = 14;
    if (get('staleDays') !== undefined) {
      staleDays = Number(get('staleDays'));
      if (!Number.isInteger(staleDays) || staleDays < 1 || staleDays > 365) return invalid('staleDays', 'must be an integer from 1 to 365');
    }
    const to = get('to') ?? today();
    const from = get('from') ?? toDay(dayMs(to) - 180 * DAY_MS);
    if (from > to) return invalid('from', `must not be later than to (${to})`);
    if (dayMs(to) > Date.now() + 366 * DAY_MS) return invalid('to', 'must not be more than 366 days in the future');
    if ((dayMs(to) - dayMs(from)) / DAY_MS + 1 > 3 * 365 + 1)
      return invalid(get('from') ? 'from' : 'to', `makes a range of more than 3 years (${from} to ${to}); ask for at most 1096 days`);
    const openingId = get('openingId');
    const roleId = get('roleId');
    if (openingId) {
      const opening = openingOf(openingId);
      if (!opening)
        return error(404, ErrorCode.OPENING_NOT_FOUND, `No opening has id ${openingId}`, [
          { field: 'openingId', reason: 'no opening has this id' },
        ]);
      if (roleId && opening.roleId !== roleId) return invalid('roleId', 'is not the role of the opening named by openingId');
    }
    if (roleId && !context.roleIds().includes(roleId))
      return error(404, ErrorCode.ROLE_NOT_FOUND, `No role has id ${roleId}`, [{ field: 'roleId', reason: 'no role has this id' }]);
    return {
      scope: { openingId: openingId ?? null, roleId: roleId ?? null, from, to, channel: (channel as CandidateChannel) ?? null },
      staleDays,
    };
  }

  const matches = (a: AnalyticsApplicationSeed, scope: AnalyticsScope) => {
    const opening = openingOf(a.openingId);
    return (
      !!opening &&
      (!scope.openingId || a.openingId === scope.openingId) &&
      (!scope.roleId || opening.roleId === scope.roleId) &&
      (!scope.channel || a.channel === scope.channel)
    );
  };
  const inRange = (day: string, scope: AnalyticsScope) => day >= scope.from && day <= scope.to;
  const cohort = (scope: AnalyticsScope) => applications.filter((a) => matches(a, scope) && inRange(daysAgo(a.createdDaysAgo), scope));
  const stagesOf = (a: AnalyticsApplicationSeed) => openingOf(a.openingId)?.loop.stages.map((s) => s.name) ?? [];

  function funnel(scope: AnalyticsScope, staleDays: number): FunnelReport {
    const rows = cohort(scope);
    const order = new Map<string, number>();
    for (const opening of context.openings())
      if (rows.some((a) => a.openingId === opening.id))
        opening.loop.stages.forEach((s, i) => order.set(s.name, Math.min(order.get(s.name) ?? i, i)));
    const stages: FunnelStage[] = [...order.entries()]
      .sort((x, y) => x[1] - y[1])
      .map(([name, position]) => {
        const here = rows.filter((a) => stagesOf(a).indexOf(name) !== -1 && stagesOf(a).indexOf(name) <= a.reached);
        const index = (a: AnalyticsApplicationSeed) => stagesOf(a).indexOf(name);
        const passed = here.filter((a) => a.reached > index(a) || a.outcome === 'hired').length;
        const endedHere = (a: AnalyticsApplicationSeed) => a.reached === index(a) && a.outcome !== 'hired';
        const completed = here
          .filter((a) => !(endedHere(a) && (a.outcome ?? 'active') === 'active'))
          .map((a) => a.daysInStages?.[index(a)])
          .filter((d): d is number => d !== undefined)
          .sort((x, y) => x - y);
        return {
          name,
          order: position,
          entered: here.length,
          passed,
          passThroughRate: here.length ? passed / here.length : null,
          rejected: here.filter((a) => endedHere(a) && a.outcome === 'rejected').length,
          withdrawn: here.filter((a) => endedHere(a) && a.outcome === 'withdrawn').length,
          active: here.filter((a) => endedHere(a) && (a.outcome ?? 'active') === 'active').length,
          timeInStage: {
            completed: completed.length,
            open: here.filter((a) => endedHere(a) && (a.outcome ?? 'active') === 'active').length,
            medianDays: quantile(completed, 0.5),
            p90Days: quantile(completed, 0.9),
          },
        };
      });
    const reasons = new Map<string, number>();
    for (const a of rows)
      if (a.outcome === 'rejected' && a.rejectionReasonKey) reasons.set(a.rejectionReasonKey, (reasons.get(a.rejectionReasonKey) ?? 0) + 1);
    const stale: StaleApplication[] = applications
      .filter((a) => matches(a, scope) && (a.outcome ?? 'active') === 'active')
      .map((a) => {
        const opening = openingOf(a.openingId) as OpeningDetail;
        return {
          applicationId: a.id,
          candidateId: a.id.replace(/^f/, 'c'),
          candidateName: a.candidateName,
          openingId: opening.id,
          openingTitle: opening.title,
          stageName: stagesOf(a)[a.reached] ?? '',
          days: a.daysInStages?.[a.reached] ?? a.createdDaysAgo,
        };
      })
      .filter((a) => a.days >= staleDays)
      .sort((x, y) => y.days - x.days);
    return {
      scope,
      applications: rows.length,
      stages,
      rejectionReasons: [...reasons.entries()]
        .map(([key, count]) => ({ key, label: context.rejectionReasonLabel(key), count }))
        .sort((x, y) => y.count - x.count),
      stale: { staleDays, count: stale.length, stalest: stale.slice(0, 20) },
    };
  }

  function counts(rows: AnalyticsApplicationSeed[]): SourceCounts {
    const scored = rows.filter((a) => typeof a.composite === 'number');
    const onsite = (a: AnalyticsApplicationSeed) => a.outcome === 'hired' || a.reached >= Math.floor(stagesOf(a).length / 2);
    const offer = (a: AnalyticsApplicationSeed) => a.outcome === 'hired' || a.reached >= stagesOf(a).length - 1;
    return {
      applications: rows.length,
      candidates: new Set(rows.map((a) => a.candidateName)).size,
      reachedOnsite: rows.filter(onsite).length,
      offers: rows.filter(offer).length,
      hires: rows.filter((a) => a.outcome === 'hired').length,
      scored: scored.length,
      meanComposite: scored.length ? scored.reduce((sum, a) => sum + (a.composite as number), 0) / scored.length : null,
    };
  }

  function sources(scope: AnalyticsScope): SourcesReport {
    const rows = cohort(scope);
    const channels: ChannelSource[] = CANDIDATE_CHANNELS.map((channel) => ({
      channel,
      ...counts(rows.filter((a) => a.channel === channel)),
    }));
    const venues: VenueSource[] = [];
    for (const kind of ['venue', 'event'] as const) {
      const names = new Set(rows.flatMap((a) => (kind === 'venue' ? (a.venues ?? []) : (a.events ?? []))));
      for (const name of names)
        venues.push({ kind, name, ...counts(rows.filter((a) => (kind === 'venue' ? a.venues : a.events)?.includes(name))) });
    }
    venues.sort((x, y) => y.candidates - x.candidates || x.name.localeCompare(y.name));
    return { scope, channels, venues: venues.slice(0, 20) };
  }

  function interviewerLoad(scope: AnalyticsScope): InterviewerLoadReport {
    const weeks: string[] = [];
    for (let ms = dayMs(scope.from); ms <= dayMs(scope.to); ms += DAY_MS) {
      const week = isoWeek(toDay(ms));
      if (weeks.at(-1) !== week) weeks.push(week);
    }
    const inScope = interviews.filter((i) => {
      const opening = openingOf(i.openingId);
      return !!opening && (!scope.openingId || i.openingId === scope.openingId) && (!scope.roleId || opening.roleId === scope.roleId);
    });
    const ids = [...new Set(inScope.map((i) => i.interviewerId))];
    return {
      scope,
      weeks,
      interviewers: ids
        .map((interviewerId) => {
          const mine = inScope.filter((i) => i.interviewerId === interviewerId);
          const inRangeOnes = mine.filter((i) => inRange(daysAgo(i.daysAgo), scope));
          return {
            interviewerId,
            name: mine[0]?.interviewerName ?? '',
            total: inRangeOnes.length,
            weekly: weeks.map((w) => inRangeOnes.filter((i) => isoWeek(daysAgo(i.daysAgo)) === w).length),
            overdueScorecards: mine.filter((i) => i.overdue).length,
          };
        })
        .filter((r) => r.total > 0 || r.overdueScorecards > 0)
        .sort((x, y) => y.total - x.total || x.name.localeCompare(y.name)),
    };
  }

  function forecast(search: string): Answer {
    const query = new URLSearchParams(search);
    for (const key of query.keys()) if (key !== 'openingId') return invalid(key, 'should not exist');
    const openingId = query.get('openingId');
    if (!openingId) return invalid('openingId', 'should not be null or undefined');
    if (!UUID.test(openingId)) return invalid('openingId', 'must be a UUID');
    const opening = openingOf(openingId);
    if (!opening)
      return error(404, ErrorCode.OPENING_NOT_FOUND, `No opening has id ${openingId}`, [
        { field: 'openingId', reason: 'no opening has this id' },
      ]);
    const seeded = forecasts.get(openingId);
    if (seeded) return { status: 200, body: seeded };
    const history = applications.filter((a) => openingOf(a.openingId)?.roleId === opening.roleId && a.reached > 0).length;
    const base = {
      openingId,
      openingTitle: opening.title,
      roleId: opening.roleId,
      headcount: opening.headcount,
      hiredSoFar: opening.applicationCounts.hired,
      targetDate: opening.targetDate,
      daysToTarget: opening.targetDate ? Math.round((dayMs(opening.targetDate) - dayMs(today())) / DAY_MS) : null,
      activeByStage: opening.loop.stages.map((s) => ({ stageId: s.id, name: s.name, position: s.position, active: s.activeApplications })),
      history: { applications: history, minimum: 30 },
    };
    const body: ForecastReport = !opening.targetDate
      ? { ...base, enoughData: false, reason: 'no_target_date', message: 'The opening has no target date to forecast against.' }
      : {
          ...base,
          enoughData: false,
          reason: 'too_little_history',
          message: `The role has ${history} applications that left a stage; a forecast needs at least 30.`,
        };
    return { status: 200, body };
  }

  function adverseImpact(scope: AnalyticsScope): AdverseImpactReport {
    return {
      scope,
      definitions: {
        selected: 'reached the final stage of the loop or was hired',
        scored: 'raw composite of 3 or more',
        test: 'two-sided Fisher exact test against the highest-rate group',
      },
      minGroupSize: 5,
      threshold: 0.8,
      dimensions: structuredClone(adverseDimensions),
    };
  }

  function handle(call: Call, actor: User): Answer | undefined {
    if (!call.path.startsWith('/api/analytics/')) return undefined;
    if (call.method !== 'GET') return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    const report = call.path.slice('/api/analytics/'.length);
    if (!['funnel', 'sources', 'forecast', 'interviewer-load', 'adverse-impact'].includes(report))
      return error(404, ErrorCode.ROUTE_NOT_FOUND, 'No such API route');
    if (!READERS.has(actor.role) || (report === 'adverse-impact' && actor.role !== 'admin'))
      return error(403, ErrorCode.FORBIDDEN, 'Your role does not allow this');
    if (report === 'forecast') return forecast(call.search);
    const resolved = resolve(call.search, report === 'funnel' ? ['staleDays'] : []);
    if ('status' in resolved) return resolved;
    const { scope, staleDays } = resolved;
    if (report === 'funnel') return { status: 200, body: funnel(scope, staleDays) };
    if (report === 'sources') return { status: 200, body: sources(scope) };
    if (report === 'interviewer-load') return { status: 200, body: interviewerLoad(scope) };
    return { status: 200, body: adverseImpact(scope) };
  }

  return {
    handle,
    controls: {
      /** An application as the analytics will count it (the pipeline's own fakes do not see it). */
      seedAnalyticsApplication(seed: AnalyticsApplicationSeed): string {
        const id = `f0000000-0000-4000-8000-${String(applications.length + 1).padStart(12, '0')}`;
        applications.push({ ...structuredClone(seed), id });
        return id;
      },
      seedAnalyticsInterview(seed: AnalyticsInterviewSeed) {
        interviews.push({ ...seed });
      },
      /** The forecast the API answers for this opening (by default: not enough data, with the reason). */
      setForecast(report: ForecastReport) {
        forecasts.set(report.openingId, structuredClone(report));
      },
      setAdverseImpact(dimensions: AdverseImpactDimension[]) {
        adverseDimensions = structuredClone(dimensions);
      },
    },
  };
}
