/**
 * The blind rule, model-based (issue 6 "Proof"): random sequences of actions — assign (schedule
 * an interview with some interviewers), draft, submit, amend, and reads of every read endpoint —
 * by random users; after every step, what reached the caller is checked against a model of what
 * they may see: an interviewer sees no other scorecard on an application (nor its evidence,
 * ratings, recommendation, amendments or any score) until their own there is submitted, and
 * nobody sees another person's draft.
 *
 * BLIND_RUNS sets the number of sequences (default 200). The full proof:
 *   BLIND_RUNS=10000 npx vitest run --project api test/api/scorecards-blind.property.test.ts
 */
import type { ApplicationScorecards, Scorecard } from '@loopboard/contracts';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startScorecardFixture, type ScorecardFixture } from '../support/scorecard-fixture.js';

const RUNS = Number(process.env.BLIND_RUNS ?? 200);
const TYPE = 'recruiter-screen';
const FOCUS = ['comms', 'product'];
const RECS = ['definitely_not', 'no', 'yes', 'strong_yes', 'no_decision'] as const;

interface Caller {
  name: string;
  id: string;
  interviewer: boolean;
  cookie: string;
  csrf: string;
}

interface Card {
  id: string;
  interviewId: string;
  appIndex: number;
  author: number;
  status: 'draft' | 'submitted';
  version: number;
  set: Set<string>;
  recommendation: string | null;
  /** Evidence now on the card. */
  current: Set<string>;
  /** Every evidence and reason token ever written for it (old ones live on only in amendments). */
  tokens: Set<string>;
}

interface Model {
  interviews: { id: string; appIndex: number; interviewers: number[] }[];
  cards: Card[];
}

let f: ScorecardFixture;
let callers: Caller[]; // 0–2 the interviewers, 3 the hiring manager, 4 admin, 5 recruiter
let tokenSeq = 0;
let timings: { runs: number; ms: number; steps: number } | undefined;
/** How often the interesting cases came up: a blinded reader while someone else's scorecard on the application was submitted. */
const coverage = { submits: 0, amendments: 0, blindedReadsWithOthersSubmitted: 0, openReadsOfOthers: 0 };

async function inject(c: Caller | null, method: string, url: string, body?: unknown): Promise<{ status: number; body: any; text: string }> {
  const headers: Record<string, string> = {};
  if (c) {
    headers.cookie = c.cookie;
    if (method !== 'GET') headers['x-csrf-token'] = c.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await f.api.app.inject({
    method: method as 'GET',
    url,
    headers,
    payload: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = res.body;
  let parsed: unknown = text;
  if ((res.headers['content-type'] ?? '').toString().includes('json') && text) parsed = JSON.parse(text);
  return { status: res.statusCode, body: parsed, text };
}

async function signIn(name: string, id: string, email: string, password: string, interviewer: boolean): Promise<Caller> {
  const res = await f.api.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify({ email, password }),
  });
  expect(res.statusCode, res.body).toBe(200);
  const setCookie = res.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? '']).map((c) => c.split(';')[0]).join('; ');
  return { name, id, interviewer, cookie, csrf: JSON.parse(res.body).csrfToken };
}

beforeAll(async () => {
  f = await startScorecardFixture({ applications: 3, tag: 'blind property' });
  const users = await f.api.sql<{ id: string; email: string }>(`SELECT id, email FROM app_user`);
  const email = (id: string) => users.find((u) => u.id === id)!.email;
  callers = [];
  for (const [i, iv] of f.interviewers.entries()) {
    callers.push(
      await signIn(`interviewer${i}`, iv.id, email(iv.id), i === 0 ? f.api.users.interviewer.password : 'a-long-enough-password', true),
    );
  }
  for (const role of ['hiring_manager', 'admin', 'recruiter'] as const) {
    const u = f.api.users[role];
    callers.push(await signIn(role, u.id, u.email, u.password, false));
  }
}, 60_000);
afterAll(async () => {
  if (timings)
    console.log(
      `[blind property] ${timings.runs} sequences, ${timings.steps} steps in ${(timings.ms / 1000).toFixed(1)} s; ${JSON.stringify(coverage)}`,
    );
  await f?.api.close();
});

// ---- the model's view of visibility ----

const hasSubmitted = (m: Model, user: number, appIndex: number) =>
  m.cards.some((c) => c.author === user && c.appIndex === appIndex && c.status === 'submitted');
const assignedTo = (m: Model, user: number, appIndex: number) =>
  m.interviews.some((i) => i.appIndex === appIndex && i.interviewers.includes(user));

/** The scorecards of an application the caller may see. */
function visibleCards(m: Model, user: number, appIndex: number): Card[] {
  const onApp = m.cards.filter((c) => c.appIndex === appIndex);
  if (!callers[user]!.interviewer) return onApp.filter((c) => c.status === 'submitted');
  if (!hasSubmitted(m, user, appIndex)) return onApp.filter((c) => c.author === user);
  return onApp.filter((c) => c.author === user || c.status === 'submitted');
}

/** Tokens that must not appear anywhere in a response to this caller. */
function forbiddenTokens(m: Model, user: number): string[] {
  const out: string[] = [];
  for (const card of m.cards) {
    if (card.author === user) continue;
    const visible = card.status === 'submitted' && (!callers[user]!.interviewer || hasSubmitted(m, user, card.appIndex));
    if (!visible) out.push(...card.tokens);
    // An interviewer sees amendments only on their own scorecards: replaced evidence and reasons stay hidden.
    else if (callers[user]!.interviewer) out.push(...[...card.tokens].filter((t) => !card.current.has(t)));
  }
  return out;
}

function checkNoLeak(m: Model, user: number, text: string, what: string): void {
  for (const token of forbiddenTokens(m, user)) {
    if (text.includes(token)) throw new Error(`${what}: ${callers[user]!.name} received ${token}, which they may not see`);
  }
}

// ---- actions ----

type Action =
  | { kind: 'assign'; app: number; who: number[] }
  | { kind: 'draft'; user: number; interview: number; aim: number; ratings: (number | null | undefined)[]; rec: number | null }
  | { kind: 'submit'; user: number; interview: number; aim: number }
  | { kind: 'amend'; user: number; card: number; aim: number; rating: number | null; rec: number | null }
  | { kind: 'read'; user: number; endpoint: number; app: number; aim: number; interview: number };

/** Mostly (aim < 4) pick among the candidates that make the action meaningful; else among all, to hit the refusals too. */
function pick<T>(all: T[], aimed: T[], index: number, aim: number): T | undefined {
  const from = aim < 4 && aimed.length ? aimed : all;
  return from.length ? from[index % from.length] : undefined;
}

const ENDPOINTS = [
  'scorecards',
  'score',
  'opening-leaderboard',
  'role-leaderboard',
  'calibration',
  'me-interviews',
  'application',
  'interviews',
  'own-scorecard',
] as const;
const user = fc.integer({ min: 0, max: 5 });
const interviewerUser = fc.integer({ min: 0, max: 2 });
const actionArb: fc.Arbitrary<Action> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('assign' as const),
      app: fc.integer({ min: 0, max: 2 }),
      who: fc.uniqueArray(interviewerUser, { minLength: 1, maxLength: 3 }),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('draft' as const),
      user: fc.oneof({ weight: 5, arbitrary: interviewerUser }, { weight: 1, arbitrary: user }),
      interview: fc.nat(),
      aim: fc.integer({ min: 0, max: 4 }),
      ratings: fc.array(
        fc.oneof(
          { weight: 1, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: fc.constant(null) },
          { weight: 6, arbitrary: fc.integer({ min: 1, max: 4 }) },
        ),
        { minLength: 2, maxLength: 2 },
      ),
      rec: fc.option(fc.integer({ min: 0, max: 4 }), { freq: 4 }),
    }),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('submit' as const),
      user: interviewerUser,
      interview: fc.nat(),
      aim: fc.integer({ min: 0, max: 4 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('amend' as const),
      user: interviewerUser,
      card: fc.nat(),
      aim: fc.integer({ min: 0, max: 4 }),
      rating: fc.option(fc.integer({ min: 1, max: 4 })),
      rec: fc.option(fc.integer({ min: 0, max: 4 })),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('read' as const),
      user,
      endpoint: fc.integer({ min: 0, max: ENDPOINTS.length - 1 }),
      app: fc.integer({ min: 0, max: 2 }),
      aim: fc.integer({ min: 0, max: 4 }),
      interview: fc.nat(),
    }),
  },
);

const token = (kind: string) => `TOK${kind}${++tokenSeq}X`;

/** Runs one action and checks its answer; returns the application index a successful write touched. */
async function step(m: Model, a: Action): Promise<number | undefined> {
  const apps = f.applications;
  switch (a.kind) {
    case 'assign': {
      if (m.interviews.length >= 6) return;
      const res = await inject(callers[5]!, 'POST', `/api/applications/${apps[a.app]!.id}/interviews`, {
        interviewTypeKey: TYPE,
        interviewerIds: a.who.map((w) => callers[w]!.id),
        startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      });
      expect(res.status, res.text).toBe(201);
      checkNoLeak(m, 5, res.text, 'assign');
      m.interviews.push({ id: res.body.id, appIndex: a.app, interviewers: a.who });
      return a.app;
    }
    case 'draft': {
      if (a.aim < 4) {
        // Mostly an assigned interviewer working on their own scorecard.
        const slots = m.interviews
          .flatMap((i) => i.interviewers.map((u) => ({ i, u })))
          .filter(({ i, u }) => !m.cards.some((c) => c.interviewId === i.id && c.author === u && c.status === 'submitted'));
        if (slots.length) {
          const slot = slots[a.interview % slots.length]!;
          a.user = slot.u;
          a.interview = m.interviews.indexOf(slot.i);
        }
      }
      const interview = pick(
        m.interviews,
        m.interviews.filter(
          (i) =>
            i.interviewers.includes(a.user) &&
            !m.cards.some((c) => c.interviewId === i.id && c.author === a.user && c.status === 'submitted'),
        ),
        a.interview,
        a.aim,
      );
      if (!interview) return;
      const card = m.cards.find((c) => c.interviewId === interview.id && c.author === a.user);
      const ratings = FOCUS.flatMap((competency, i) =>
        a.ratings[i] === undefined ? [] : [{ competency, rating: a.ratings[i], evidence: token('E') }],
      );
      const body: Record<string, unknown> = { version: card?.version ?? 0, ratings };
      if (a.rec !== null) body.recommendation = RECS[a.rec];
      const res = await inject(callers[a.user]!, 'PUT', `/api/interviews/${interview.id}/scorecard`, body);
      checkNoLeak(m, a.user, res.text, 'draft');
      const expected = !callers[a.user]!.interviewer
        ? 403
        : !interview.interviewers.includes(a.user)
          ? 403
          : card?.status === 'submitted'
            ? 409
            : 200;
      expect(res.status, res.text).toBe(expected);
      if (res.status !== 200) return;
      const saved = res.body as Scorecard;
      const target: Card =
        card ??
        (m.cards[
          m.cards.push({
            id: saved.id,
            interviewId: interview.id,
            appIndex: interview.appIndex,
            author: a.user,
            status: 'draft',
            version: 0,
            set: new Set(),
            recommendation: null,
            current: new Set(),
            tokens: new Set(),
          }) - 1
        ] as Card);
      target.version = saved.version;
      for (const r of ratings) {
        target.set.add(r.competency);
        target.tokens.add(r.evidence);
      }
      if (a.rec !== null) target.recommendation = RECS[a.rec]!;
      target.current = new Set(saved.ratings.map((r) => r.evidence).filter(Boolean));
      return interview.appIndex;
    }
    case 'submit': {
      if (a.aim < 4) {
        const drafts = m.cards.filter((c) => c.status === 'draft');
        if (drafts.length) a.user = drafts[a.interview % drafts.length]!.author;
      }
      const drafts = m.cards
        .filter((c) => c.author === a.user && c.status === 'draft')
        .map((c) => m.interviews.find((i) => i.id === c.interviewId)!);
      const interview = pick(m.interviews, drafts, a.interview, a.aim);
      if (!interview) return;
      const card = m.cards.find((c) => c.interviewId === interview.id && c.author === a.user);
      const res = await inject(callers[a.user]!, 'POST', `/api/interviews/${interview.id}/scorecard/submit`, {
        version: card?.version ?? 1,
      });
      checkNoLeak(m, a.user, res.text, 'submit');
      const complete = card && FOCUS.every((c) => card.set.has(c)) && card.recommendation !== null;
      const expected = !interview.interviewers.includes(a.user)
        ? 403
        : !card
          ? 404
          : card.status === 'submitted'
            ? 409
            : complete
              ? 200
              : 400;
      expect(res.status, res.text).toBe(expected);
      if (res.status === 200) {
        coverage.submits++;
        card!.status = 'submitted';
        card!.version = res.body.version;
        return interview.appIndex;
      }
      return;
    }
    case 'amend': {
      if (a.aim < 4) {
        const done = m.cards.filter((c) => c.status === 'submitted');
        if (done.length) a.user = done[a.card % done.length]!.author;
      }
      const card = pick(
        m.cards,
        m.cards.filter((c) => c.author === a.user && c.status === 'submitted'),
        a.card,
        a.aim,
      );
      if (!card) return;
      const reason = token('R');
      const body: Record<string, unknown> = { version: card.version, reason };
      if (a.rating !== null) body.ratings = [{ competency: 'comms', rating: a.rating, evidence: token('A') }];
      if (a.rec !== null) body.recommendation = RECS[a.rec];
      const res = await inject(callers[a.user]!, 'POST', `/api/scorecards/${card.id}/amendments`, body);
      checkNoLeak(m, a.user, res.text, 'amend');
      const expected = card.author !== a.user ? 403 : card.status !== 'submitted' ? 409 : 201;
      expect(res.status, res.text).toBe(expected);
      if (res.status !== 201) return;
      coverage.amendments++;
      card.tokens.add(reason);
      if (a.rating !== null) card.tokens.add((body.ratings as { evidence: string }[])[0]!.evidence);
      card.version = res.body.version;
      card.current = new Set((res.body as Scorecard).ratings.map((r) => r.evidence).filter(Boolean));
      return card.appIndex;
    }
    case 'read':
      await read(m, a);
      return undefined;
  }
}

async function read(m: Model, a: Extract<Action, { kind: 'read' }>): Promise<void> {
  const c = callers[a.user]!;
  if (c.interviewer && a.aim < 4) {
    // Mostly read applications the interviewer works on, where the blind rule has something to hide.
    const mine = [...new Set(m.interviews.filter((i) => i.interviewers.includes(a.user)).map((i) => i.appIndex))];
    if (mine.length) a.app = mine[a.interview % mine.length]!;
  }
  const app = f.applications[a.app]!;
  const endpoint = ENDPOINTS[a.endpoint]!;
  const mayReadApp = !c.interviewer || assignedTo(m, a.user, a.app);
  let url: string;
  let expected: number;
  switch (endpoint) {
    case 'scorecards':
      url = `/api/applications/${app.id}/scorecards`;
      expected = mayReadApp ? 200 : 403;
      break;
    case 'score':
      url = `/api/applications/${app.id}/score`;
      expected = mayReadApp && (!c.interviewer || hasSubmitted(m, a.user, a.app)) ? 200 : 403;
      break;
    case 'opening-leaderboard':
      url = `/api/openings/${f.opening.id}/leaderboard?view=${a.interview % 2 ? 'calibrated' : 'raw'}`;
      expected = c.interviewer ? 403 : 200;
      break;
    case 'role-leaderboard':
      url = `/api/roles/${f.role.id}/leaderboard`;
      expected = c.interviewer ? 403 : 200;
      break;
    case 'calibration':
      url = `/api/calibration/interviewers`;
      expected = c.interviewer || c.name === 'recruiter' ? 403 : 200;
      break;
    case 'me-interviews':
      url = `/api/me/interviews`;
      expected = 200;
      break;
    case 'application':
      url = `/api/applications/${app.id}`;
      expected = mayReadApp ? 200 : 403;
      break;
    case 'interviews':
      url = `/api/applications/${app.id}/interviews`;
      expected = mayReadApp ? 200 : 403;
      break;
    case 'own-scorecard': {
      const interview = pick(
        m.interviews,
        m.interviews.filter((i) => i.interviewers.includes(a.user)),
        a.interview,
        a.aim,
      );
      if (!interview) return;
      url = `/api/interviews/${interview.id}/scorecard`;
      const own = m.cards.find((x) => x.interviewId === interview.id && x.author === a.user);
      expected = !c.interviewer || !interview.interviewers.includes(a.user) ? 403 : own ? 200 : 404;
      const res = await inject(c, 'GET', url);
      expect(res.status, `${c.name} GET ${url}: ${res.text}`).toBe(expected);
      checkNoLeak(m, a.user, res.text, endpoint);
      if (res.status === 200) expect(res.body.id).toBe(own!.id);
      return;
    }
  }
  const res = await inject(c, 'GET', url);
  expect(res.status, `${c.name} GET ${url}: ${res.text}`).toBe(expected);
  checkNoLeak(m, a.user, res.text, endpoint);
  if (res.status !== 200) return;
  if (c.interviewer && ['scorecards', 'application', 'interviews', 'me-interviews'].includes(endpoint)) {
    const othersSubmitted = m.cards.some((x) => x.appIndex === a.app && x.author !== a.user && x.status === 'submitted');
    if (othersSubmitted && !hasSubmitted(m, a.user, a.app)) coverage.blindedReadsWithOthersSubmitted++;
    if (othersSubmitted && hasSubmitted(m, a.user, a.app)) coverage.openReadsOfOthers++;
  }
  if (endpoint === 'scorecards') {
    const body = res.body as ApplicationScorecards;
    const want = visibleCards(m, a.user, a.app);
    expect(body.blinded, `${c.name} blinded on app ${a.app}`).toBe(c.interviewer && !hasSubmitted(m, a.user, a.app));
    expect(body.scorecards.map((s) => s.id).sort(), `${c.name} scorecards of app ${a.app}`).toEqual(want.map((x) => x.id).sort());
    for (const s of body.scorecards) {
      if (c.interviewer && s.interviewer.id !== c.id) expect(s.amendments).toEqual([]);
    }
  }
  if (endpoint === 'score') {
    const submitted = m.cards.filter((x) => x.appIndex === a.app && x.status === 'submitted').length;
    expect(res.body.submittedScorecards).toBe(submitted);
  }
}

async function reset(): Promise<void> {
  const ids = f.applications.map((a) => a.id);
  await f.api.sql(`DELETE FROM scorecard WHERE application_id = ANY($1::uuid[])`, [ids]);
  await f.api.sql(`DELETE FROM interview WHERE application_id = ANY($1::uuid[])`, [ids]);
  await f.api.sql(`DELETE FROM application_competency_score WHERE application_id = ANY($1::uuid[])`, [ids]);
  await f.api.sql(`DELETE FROM calibration_contribution WHERE application_id = ANY($1::uuid[])`, [ids]);
  await f.api.sql(`DELETE FROM application_score WHERE application_id = ANY($1::uuid[])`, [ids]);
  await f.api.sql(`DELETE FROM interviewer_calibration`);
}

describe('the blind rule, model-based', () => {
  it(
    `holds over ${RUNS} random sequences of assign, draft, submit, amend and every read, by random users`,
    async () => {
      const started = Date.now();
      let steps = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(actionArb, { minLength: 8, maxLength: 24, size: 'max' }), async (actions) => {
          await reset();
          const m: Model = { interviews: [], cards: [] };
          for (const action of actions) {
            // A copy: steps retarget their action, and fast-check replays the originals when it shrinks.
            const a = structuredClone(action);
            const touched = await step(m, a);
            steps++;
            // After every write, every interviewer on that application reads its scorecards and score.
            if (touched !== undefined) {
              for (const u of [0, 1, 2]) {
                if (!assignedTo(m, u, touched)) continue;
                await read(m, { kind: 'read', user: u, endpoint: 0, app: touched, aim: 4, interview: 0 });
                await read(m, { kind: 'read', user: u, endpoint: 1, app: touched, aim: 4, interview: 0 });
              }
            }
          }
        }),
        { numRuns: RUNS },
      );
      timings = { runs: RUNS, ms: Date.now() - started, steps };
    },
    Math.max(120_000, RUNS * 1_000),
  );
});
