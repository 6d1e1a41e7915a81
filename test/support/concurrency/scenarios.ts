/**
 * Concurrency scenarios (issue 8): N clients in parallel, several rounds, on the same records,
 * each as the role that may do it. Every answer must be 2xx or a documented 409 naming the
 * conflict, never 5xx; a stale version must never be accepted; the final state must be the
 * last successful write, the version initial + successes, and the events, audit rows and
 * derived tables must count exactly the successful changes.
 * Shared by test/api/concurrency.test.ts (short) and scripts/concurrency.ts (full).
 */
import { COMPETENCY_KEYS, RECOMMENDATIONS } from '@loopboard/contracts';
import { checkVersionChain, inRounds, pick, sample, Tally, type Client, type ScenarioOptions, type ScenarioResult, type World } from './harness.js';
import { createApplications, createCandidate, createOpening, must, type OpeningFixture } from './fixture.js';

/** A short random wait (0–20 ms) before a re-read, so some clients see another's write and more than one may win a round. */
const pause = (rng: () => number) => new Promise<true>((done) => setTimeout(() => done(true), rng() * 20));

export interface Scenario {
  name: string;
  run(world: World, options: ScenarioOptions): Promise<ScenarioResult>;
}

async function sessions(world: World, n: number, roles: Parameters<World['session']>[0][]): Promise<Client[]> {
  return Promise.all(Array.from({ length: n }, (_, i) => world.session(roles[i % roles.length]!)));
}

const stageConflictCodes = ['APPLICATION_STAGE_CONFLICT', 'WRITE_CONFLICT'];

function versionConflict(code: string, sent: () => number) {
  return {
    conflictCodes: [code, 'WRITE_CONFLICT'],
    checkConflict: (body: any) => {
      if (body.code === 'WRITE_CONFLICT') return null;
      if (typeof body.currentVersion !== 'number') return 'without currentVersion';
      if (body.currentVersion === sent()) return `currentVersion ${body.currentVersion} equals the version sent: the write was not stale`;
      return null;
    },
  };
}

/** One successful move of an application, as answered. */
interface AppSuccess {
  applicationId: string;
  to: string;
  version: number;
}

/**
 * Per application: versions form a chain, the moved events and audit rows count the successes,
 * each event starts where the previous one ended, the last success is where it is now, and the
 * derived stays/reach tables agree with the events.
 */
async function checkApplications(
  t: Tally,
  world: World,
  opening: OpeningFixture | null,
  initial: Map<string, number>,
  successes: AppSuccess[],
) {
  for (const [id, v0] of initial) {
    const mine = successes.filter((s) => s.applicationId === id);
    const [row] = await world.sql<{ version: number; current_stage_id: string; status: string }>(
      `SELECT version, current_stage_id, status FROM application WHERE id = $1`,
      [id],
    );
    checkVersionChain(t, `application ${id.slice(0, 8)}`, v0, mine, row!.version);
    const last = mine.sort((a, b) => a.version - b.version).at(-1);
    if (last) t.same(`application ${id.slice(0, 8)}: current stage is the last successful move's`, row!.current_stage_id, last.to);
    const events = await world.sql<{ kind: string; from_stage_id: string | null; to_stage_id: string }>(
      `SELECT kind, from_stage_id, to_stage_id FROM application_event WHERE application_id = $1 ORDER BY id`,
      [id],
    );
    t.same(`application ${id.slice(0, 8)}: moved events`, events.filter((e) => e.kind === 'moved').length, mine.length);
    for (let i = 1; i < events.length; i++) {
      if (events[i]!.from_stage_id !== events[i - 1]!.to_stage_id)
        t.lost(`application ${id.slice(0, 8)}: event ${i} starts in ${events[i]!.from_stage_id}, the previous one ended in ${events[i - 1]!.to_stage_id}`);
    }
    t.same(`application ${id.slice(0, 8)}: last event's stage is the current stage`, events.at(-1)?.to_stage_id, row!.current_stage_id);
    const [audit] = await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'application' AND entity_id = $1 AND action = 'application.moved'`,
      [id],
    );
    t.same(`application ${id.slice(0, 8)}: audit rows of moves`, audit!.n, mine.length);
    const stays = await world.sql<{ stage_id: string; left_at: string | null }>(
      `SELECT stage_id, left_at FROM application_stay WHERE application_id = $1 ORDER BY event_id`,
      [id],
    );
    t.same(`application ${id.slice(0, 8)}: stays (one per entry into a stage)`, stays.length, events.length);
    const open = stays.filter((s) => s.left_at === null);
    t.same(`application ${id.slice(0, 8)}: the open stay`, open.map((s) => s.stage_id), [row!.current_stage_id]);
    // Reach is the furthest position reached; with the loop fixed (opening given) it follows from the events.
    if (opening) {
      const [reach] = await world.sql<{ max_position: number }>(`SELECT max_position FROM application_reach WHERE application_id = $1`, [id]);
      const positions = events.map((e) => opening.stages.find((s) => s.id === e.to_stage_id)!.position);
      t.same(`application ${id.slice(0, 8)}: reach`, reach?.max_position, Math.max(...positions));
    }
  }
}

async function readApplication(client: Client, id: string): Promise<{ stage: string; version: number }> {
  const app = await must(client.request('GET', `/api/applications/${id}`), 200, 'read application');
  return { stage: app.currentStage.id, version: app.version };
}

function checkStageConflict(from: string[]) {
  return (body: any) => {
    if (body.code === 'WRITE_CONFLICT') return null;
    if (body.current) return body.current.status === 'active' && from.includes(body.current.currentStage?.id) ? 'current state is the stage sent' : null;
    if (Array.isArray(body.stale) && body.stale.length) {
      const bad = body.stale.find((s: any) => !s.current || (s.current.status === 'active' && s.current.currentStage.id === s.fromStageId));
      return bad ? `stale item ${bad.applicationId} is in fact where the client saw it` : null;
    }
    return 'names neither current nor stale';
  };
}

/** Recruiters and admins move the same few applications between stages, each from the stage they read. */
const stageMoves: Scenario = {
  name: 'stage moves (same applications)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const recruiter = await world.session('recruiter');
    const opening = await createOpening(world, recruiter, 'moves');
    const apps = await createApplications(recruiter, opening, 3, 'moves');
    const initial = new Map(await Promise.all(apps.map(async (id) => [id, (await readApplication(recruiter, id)).version] as const)));
    const cs = await sessions(world, clients, ['recruiter', 'admin']);
    const successes: AppSuccess[] = [];
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        async (i) => {
          const id = pick(rng, apps);
          return { id, ...(await readApplication(cs[i]!, id)) };
        },
        async (i, seen) => {
          const to = pick(rng, opening.stages.filter((s) => s.id !== seen.stage)).id;
          const res = await cs[i]!.request('POST', `/api/applications/${seen.id}/move`, { fromStageId: seen.stage, toStageId: to });
          const kind = t.record(`move ${seen.id.slice(0, 8)}`, res, { conflictCodes: stageConflictCodes, checkConflict: checkStageConflict([seen.stage]) });
          if (kind === 'ok') {
            if (res.body.currentStage?.id !== to) t.problem(`move answered stage ${res.body.currentStage?.id}, asked ${to}`);
            successes.push({ applicationId: seen.id, to, version: res.body.version });
          }
        },
      );
    }
    await checkApplications(t, world, opening, initial, successes);
    return t.result();
  },
};

/** Overlapping bulk moves (all or nothing) racing single moves on the same applications. */
const bulkMoves: Scenario = {
  name: 'bulk moves (overlapping sets) + single moves',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const recruiter = await world.session('recruiter');
    const opening = await createOpening(world, recruiter, 'bulk');
    const apps = await createApplications(recruiter, opening, 6, 'bulk');
    const initial = new Map(await Promise.all(apps.map(async (id) => [id, (await readApplication(recruiter, id)).version] as const)));
    const cs = await sessions(world, clients, ['recruiter', 'admin']);
    const successes: AppSuccess[] = [];
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        async (i) => {
          const ids = sample(rng, apps, i % 3 === 2 ? 1 : 2 + Math.floor(rng() * 3));
          return Promise.all(ids.map(async (id) => ({ applicationId: id, ...(await readApplication(cs[i]!, id)) })));
        },
        async (i, seen) => {
          const from = seen.map((s) => s.stage);
          const targets = opening.stages.filter((s) => !from.includes(s.id));
          if (!targets.length) return;
          const to = pick(rng, targets).id;
          if (seen.length === 1) {
            const s = seen[0]!;
            const res = await cs[i]!.request('POST', `/api/applications/${s.applicationId}/move`, { fromStageId: s.stage, toStageId: to });
            const kind = t.record('single move', res, { conflictCodes: stageConflictCodes, checkConflict: checkStageConflict(from) });
            if (kind === 'ok') successes.push({ applicationId: s.applicationId, to, version: res.body.version });
            return;
          }
          const res = await cs[i]!.request('POST', '/api/applications/bulk-move', {
            items: seen.map((s) => ({ applicationId: s.applicationId, fromStageId: s.stage })),
            toStageId: to,
          });
          const kind = t.record(`bulk move of ${seen.length}`, res, { conflictCodes: stageConflictCodes, checkConflict: checkStageConflict(from) });
          if (kind === 'ok') {
            for (const item of res.body.items as { id: string; version: number; currentStage: { id: string } }[]) {
              if (item.currentStage.id !== to) t.problem(`bulk move answered stage ${item.currentStage.id} for ${item.id}, asked ${to}`);
              successes.push({ applicationId: item.id, to, version: item.version });
            }
          }
        },
      );
    }
    await checkApplications(t, world, opening, initial, successes);
    return t.result();
  },
};

/**
 * Recruiters and admins edit different fields of the same candidate from the version they read;
 * folding the successful edits in version order over the initial state must give the final state.
 */
const candidateEdits: Scenario = {
  name: 'candidate edits (PATCH with version)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const admin = await world.session('admin');
    const created = await createCandidate(admin, 'Concurrent Carla', { location: 'Start', notes: 'start', tags: ['start'] });
    const cs = await sessions(world, clients, ['recruiter', 'admin']);
    const successes: { base: number; version: number; patch: Record<string, unknown> }[] = [];
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        async (i) => (await must(cs[i]!.request('GET', `/api/candidates/${created.id}`), 200, 'read candidate')).version as number,
        async (i, version) => {
          // A third of the clients re-read just before writing: a fresher version, so more than one may win a round.
          if (rng() < 0.3 && (await pause(rng))) version = (await must(cs[i]!.request('GET', `/api/candidates/${created.id}`), 200, 'read candidate')).version;
          const field = pick(rng, ['notes', 'location', 'tags'] as const);
          const value = `c${i}-r${r}`;
          const patch = { [field]: field === 'tags' ? [value] : value };
          const res = await cs[i]!.request('PATCH', `/api/candidates/${created.id}`, { version, ...patch });
          if (t.record('candidate PATCH', res, versionConflict('CANDIDATE_VERSION_CONFLICT', () => version)) === 'ok')
            successes.push({ base: version, version: res.body.version, patch });
        },
      );
    }
    const final = await must(admin.request('GET', `/api/candidates/${created.id}`), 200, 'read candidate');
    checkVersionChain(t, 'candidate', created.version, successes, final.version);
    const expected: Record<string, unknown> = { notes: 'start', location: 'Start', tags: ['start'] };
    for (const s of [...successes].sort((a, b) => a.version - b.version)) Object.assign(expected, s.patch);
    t.same('candidate fields = the successful edits applied in order', { notes: final.notes, location: final.location, tags: final.tags }, expected);
    const [audit] = await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'candidate' AND entity_id = $1 AND action = 'candidate.updated'`,
      [created.id],
    );
    t.same('candidate.updated audit rows', audit!.n, successes.length);
    return t.result();
  },
};

/** The opening's team edits its title and headcount concurrently. */
const openingEdits: Scenario = {
  name: 'opening edits (PATCH with version)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const recruiter = await world.session('recruiter');
    const opening = await createOpening(world, recruiter, 'edits');
    const start = await must(recruiter.request('GET', `/api/openings/${opening.id}`), 200, 'read opening');
    const cs = await sessions(world, clients, ['recruiter', 'admin']);
    const successes: { base: number; version: number; patch: Record<string, unknown> }[] = [];
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        async (i) => (await must(cs[i]!.request('GET', `/api/openings/${opening.id}`), 200, 'read opening')).version as number,
        async (i, version) => {
          if (rng() < 0.3 && (await pause(rng))) version = (await must(cs[i]!.request('GET', `/api/openings/${opening.id}`), 200, 'read opening')).version;
          const patch = rng() < 0.5 ? { title: `Opening c${i}-r${r}` } : { headcount: 1 + ((i + r) % 9) };
          const res = await cs[i]!.request('PATCH', `/api/openings/${opening.id}`, { version, ...patch });
          if (t.record('opening PATCH', res, versionConflict('OPENING_VERSION_CONFLICT', () => version)) === 'ok')
            successes.push({ base: version, version: res.body.version, patch });
        },
      );
    }
    const final = await must(recruiter.request('GET', `/api/openings/${opening.id}`), 200, 'read opening');
    checkVersionChain(t, 'opening', start.version, successes, final.version);
    const expected: Record<string, unknown> = { title: start.title, headcount: start.headcount };
    for (const s of [...successes].sort((a, b) => a.version - b.version)) Object.assign(expected, s.patch);
    t.same('opening fields = the successful edits applied in order', { title: final.title, headcount: final.headcount }, expected);
    const [audit] = await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'opening' AND entity_id = $1 AND action = 'opening.updated'`,
      [opening.id],
    );
    t.same('opening.updated audit rows', audit!.n, successes.length);
    return t.result();
  },
};

function randomWeights(rng: () => number): Record<string, number> {
  // 20 units of 0.05 spread over the competencies: sums to 1 and stays readable.
  const units = Object.fromEntries(COMPETENCY_KEYS.map((k) => [k, 0]));
  for (let u = 0; u < 20; u++) units[pick(rng, COMPETENCY_KEYS)]! += 1;
  return Object.fromEntries(Object.entries(units).map(([k, n]) => [k, Math.round(n * 5) / 100]));
}

/** Admins save new role-weight versions from the version they read; kept scores must follow the current one. */
const roleWeights: Scenario = {
  name: 'role weights (baseVersion)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const admin = await world.session('admin');
    const roles = await must(admin.request('GET', '/api/roles'), 200, 'list roles');
    const role = (roles as any[]).find((r) => r.key === 'ml-researcher')!;
    const [{ n: versionsBefore }] = (await world.sql<{ n: number }>(`SELECT count(*)::int AS n FROM role_weights_version WHERE role_id = $1`, [role.id])) as [
      { n: number },
    ];
    const auditsBefore = await weightAudits(world, role.id);
    const cs = await sessions(world, clients, ['admin']);
    const successes: { base: number; version: number; weights: Record<string, number> }[] = [];
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        async (i) => (await must(cs[i]!.request('GET', `/api/roles/${role.id}`), 200, 'read role')).current.version as number,
        async (i, base) => {
          if (rng() < 0.3 && (await pause(rng))) base = (await must(cs[i]!.request('GET', `/api/roles/${role.id}`), 200, 'read role')).current.version;
          const weights = randomWeights(rng);
          const res = await cs[i]!.request('POST', `/api/roles/${role.id}/weights`, { baseVersion: base, weights, note: `c${i}-r${r}` });
          if (t.record('weights', res, versionConflict('WEIGHTS_VERSION_CONFLICT', () => base)) === 'ok') successes.push({ base, version: res.body.version, weights });
        },
      );
    }
    const final = await must(admin.request('GET', `/api/roles/${role.id}`), 200, 'read role');
    checkVersionChain(t, 'role weights', role.current.version, successes, final.current.version);
    const last = [...successes].sort((a, b) => a.version - b.version).at(-1);
    if (last) t.same('current weights = the last successful save', final.current.weights, last.weights);
    const [{ n: versionsAfter }] = (await world.sql<{ n: number }>(`SELECT count(*)::int AS n FROM role_weights_version WHERE role_id = $1`, [role.id])) as [
      { n: number },
    ];
    t.same('weights version rows added', versionsAfter - versionsBefore, successes.length);
    t.same('role.weights_changed audit rows added', (await weightAudits(world, role.id)) - auditsBefore, successes.length);
    const stale = await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM application_score s JOIN application a ON a.id = s.application_id JOIN opening o ON o.id = a.opening_id
        WHERE o.role_id = $1 AND s.weights_version <> $2`,
      [role.id, final.current.version],
    );
    t.same('kept scores of the role on another weights version', stale[0]!.n, 0);
    return t.result();
  },
};

async function weightAudits(world: World, roleId: string): Promise<number> {
  const [row] = await world.sql<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'role' AND entity_id = $1 AND action = 'role.weights_changed'`,
    [roleId],
  );
  return row!.n;
}

/** Admins replace the same interview kit from the kit version they read. */
const interviewKit: Scenario = {
  name: 'interview kit edits (version)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const admin = await world.session('admin');
    const key = 'ml-theory';
    const start = await must(admin.request('GET', `/api/interview-types/${key}`), 200, 'read kit');
    const [{ n: auditsBefore }] = (await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'interview_type' AND entity_id = $1 AND action = 'interview_type.kit_changed'`,
      [key],
    )) as [{ n: number }];
    const cs = await sessions(world, clients, ['admin']);
    const successes: { base: number; version: number; instructions: string }[] = [];
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        async (i) => (await must(cs[i]!.request('GET', `/api/interview-types/${key}`), 200, 'read kit')).kitVersion as number,
        async (i, version) => {
          if (rng() < 0.3 && (await pause(rng))) version = (await must(cs[i]!.request('GET', `/api/interview-types/${key}`), 200, 'read kit')).kitVersion;
          const instructions = `Kit edited by client ${i} in round ${r}.`;
          const res = await cs[i]!.request('PUT', `/api/interview-types/${key}/kit`, {
            version,
            instructions,
            questions: start.kit.questions,
            rubric: start.kit.rubric,
          });
          if (t.record('kit PUT', res, versionConflict('INTERVIEW_KIT_VERSION_CONFLICT', () => version)) === 'ok')
            successes.push({ base: version, version: res.body.kitVersion, instructions });
        },
      );
    }
    const final = await must(admin.request('GET', `/api/interview-types/${key}`), 200, 'read kit');
    checkVersionChain(t, 'kit', start.kitVersion, successes, final.kitVersion);
    const last = [...successes].sort((a, b) => a.version - b.version).at(-1);
    if (last) t.same('kit instructions = the last successful save', final.kit.instructions, last.instructions);
    t.same('kit questions kept', final.kit.questions.length, start.kit.questions.length);
    const [{ n: auditsAfter }] = (await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'interview_type' AND entity_id = $1 AND action = 'interview_type.kit_changed'`,
      [key],
    )) as [{ n: number }];
    t.same('interview_type.kit_changed audit rows added', auditsAfter - auditsBefore, successes.length);
    return t.result();
  },
};

/**
 * One interviewer with the scorecard open in several tabs: creates racing on version 0, draft
 * saves, one submission, then amendments; the locked card, its amendments and the derived
 * submitted_rating rows must follow the successful writes exactly.
 */
const scorecardTabs: Scenario = {
  name: 'scorecard drafts/submit/amend (same interviewer, many tabs)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const recruiter = await world.session('recruiter');
    const opening = await createOpening(world, recruiter, 'scorecards');
    const [applicationId] = await createApplications(recruiter, opening, 1, 'scorecards');
    const typeKey = opening.stages[0]!.interviewTypes[0]!;
    const interview = await must(
      recruiter.request('POST', `/api/applications/${applicationId}/interviews`, {
        interviewTypeKey: typeKey,
        interviewerIds: [world.userId('interviewer')],
        startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      }),
      201,
      'schedule interview',
    );
    const [{ keys: focus }] = (await world.sql<{ keys: string[] }>(
      `SELECT array_agg(competency_key ORDER BY position) AS keys FROM interview_type_competency WHERE interview_type_key = $1`,
      [typeKey],
    )) as [{ keys: string[] }];
    const tabs = await sessions(world, clients, ['interviewer']);
    const ratingsFor = (tag: string) => focus.map((competency) => ({ competency, rating: 1 + Math.floor(rng() * 4), evidence: `Evidence ${tag}` }));
    const path = `/api/interviews/${interview.id}/scorecard`;
    const conflict = (version: () => number) => ({
      conflictCodes: ['SCORECARD_VERSION_CONFLICT', 'SCORECARD_EXISTS', 'SCORECARD_SUBMITTED', 'SCORECARD_NOT_SUBMITTED', 'WRITE_CONFLICT'],
      checkConflict: (body: any) => (body.code === 'SCORECARD_VERSION_CONFLICT' ? versionConflict(body.code, version).checkConflict(body) : null),
    });
    type Write = { base: number; version: number; ratings: { competency: string; rating: number }[]; recommendation: string };
    const writes: Write[] = [];

    // Every tab creates the card (version 0) at once: exactly one may.
    let created = 0;
    await Promise.all(
      tabs.map(async (tab, i) => {
        const ratings = ratingsFor(`create ${i}`);
        const recommendation = pick(rng, RECOMMENDATIONS);
        const res = await tab.request('PUT', path, { version: 0, ratings, recommendation });
        if (t.record('create draft', res, conflict(() => 0)) === 'ok') {
          created++;
          writes.push({ base: 0, version: res.body.version, ratings, recommendation });
        }
      }),
    );
    t.same('drafts created from version 0', created, 1);
    const first = await must(tabs[0]!.request('GET', path), 200, 'read scorecard');
    const createdVersion = first.version as number;

    const race = async (phase: string, write: (tab: Client, i: number, version: number) => Promise<void>) =>
      inRounds(
        clients,
        async (i) => (await must(tabs[i]!.request('GET', path), 200, 'read scorecard')).version as number,
        async (i, version) => {
          if (rng() < 0.3 && (await pause(rng))) version = (await must(tabs[i]!.request('GET', path), 200, 'read scorecard')).version;
          await write(tabs[i]!, i, version);
        },
      ).catch((e: Error) => t.problem(`${phase}: ${e.message}`));

    for (let r = 0; r < rounds; r++) {
      await race('draft', async (tab, i, version) => {
        const ratings = ratingsFor(`draft ${i}/${r}`);
        const recommendation = pick(rng, RECOMMENDATIONS);
        const res = await tab.request('PUT', path, { version, ratings, recommendation });
        if (t.record('save draft', res, conflict(() => version)) === 'ok') writes.push({ base: version, version: res.body.version, ratings, recommendation });
      });
    }
    let submitted = 0;
    let scorecardId = '';
    await race('submit', async (tab, _i, version) => {
      const res = await tab.request('POST', `${path}/submit`, { version });
      if (t.record('submit', res, conflict(() => version)) === 'ok') {
        submitted++;
        scorecardId = res.body.id;
        const last = [...writes].sort((a, b) => a.version - b.version).at(-1)!;
        writes.push({ ...last, base: version, version: res.body.version });
      }
    });
    t.same('successful submissions', submitted, 1);
    let amendments = 0;
    if (scorecardId) {
      for (let r = 0; r < rounds; r++) {
        await race('amend', async (tab, i, version) => {
          const ratings = ratingsFor(`amend ${i}/${r}`);
          const recommendation = pick(rng, RECOMMENDATIONS.filter((x) => x !== 'no_decision'));
          const res = await tab.request('POST', `/api/scorecards/${scorecardId}/amendments`, { version, reason: `tab ${i} round ${r}`, ratings, recommendation });
          if (t.record('amend', res, conflict(() => version)) === 'ok') {
            amendments++;
            writes.push({ base: version, version: res.body.version, ratings, recommendation });
          }
        });
      }
    }
    const final = await must(tabs[0]!.request('GET', path), 200, 'read scorecard');
    checkVersionChain(t, 'scorecard', createdVersion, writes.filter((w) => w.base !== 0), final.version);
    const last = [...writes].sort((a, b) => a.version - b.version).at(-1)!;
    const strip = (rs: { competency: string; rating: number | null }[]) => rs.map((x) => `${x.competency}:${x.rating}`).sort();
    t.same('scorecard ratings = the last successful write', strip(final.ratings), strip(last.ratings));
    t.same('scorecard recommendation = the last successful write', final.recommendation, last.recommendation);
    t.same('amendments kept', final.amendments.length, amendments);
    const audits = await world.sql<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE entity_type = 'scorecard' AND entity_id = $1 GROUP BY action ORDER BY action`,
      [final.id],
    );
    t.same('scorecard audit rows', Object.fromEntries(audits.map((a) => [a.action, a.n])), {
      ...(amendments ? { 'scorecard.amended': amendments } : {}),
      'scorecard.submitted': 1,
    });
    const derived = await world.sql<{ competency_key: string; rating: number }>(
      `SELECT competency_key, rating FROM submitted_rating WHERE scorecard_id = $1`,
      [final.id],
    );
    t.same('submitted_rating rows = the final ratings', strip(derived.map((d) => ({ competency: d.competency_key, rating: d.rating }))), strip(last.ratings));
    return t.result();
  },
};

/**
 * Recruiters and admins merge overlapping pairs of one group of duplicates: a pair whose member
 * changed is a 409, a member already merged away a 404; every encounter must survive on the
 * remaining candidates, and every removed candidate must be the source of exactly one merge.
 */
const merges: Scenario = {
  name: 'duplicate merges (overlapping pairs)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const admin = await world.session('admin');
    const cs = await sessions(world, clients, ['recruiter', 'admin']);
    const perRound = Math.max(3, Math.ceil(clients / 2));
    const removedBy = new Map<string, number>();
    let mergeSuccesses = 0;
    const all: string[] = [];
    for (let r = 0; r < rounds; r++) {
      const ids: string[] = [];
      for (let k = 0; k < perRound; k++) {
        const c = await createCandidate(admin, `Dup Dana ${r}-${k}`);
        await must(admin.request('POST', `/api/candidates/${c.id}/encounters`, { event: `NeurIPS ${r}-${k}`, year: 2025, kind: 'poster' }), 201, 'encounter');
        ids.push(c.id);
      }
      all.push(...ids);
      await inRounds(
        clients,
        async (i) => {
          const [targetId, sourceId] = sample(rng, ids, 2) as [string, string];
          const read = async (id: string) => {
            const res = await cs[i]!.request('GET', `/api/candidates/${id}`);
            return res.status === 200 ? (res.body.version as number) : null;
          };
          return { targetId, sourceId, targetVersion: await read(targetId), sourceVersion: await read(sourceId) };
        },
        async (i, seen) => {
          if (seen.targetVersion === null || seen.sourceVersion === null) return;
          const res = await cs[i]!.request('POST', '/api/candidates/merge', seen);
          const kind = t.record('merge', res, {
            conflictCodes: ['CANDIDATE_VERSION_CONFLICT', 'WRITE_CONFLICT'],
            checkConflict: (body) => (body.code === 'CANDIDATE_VERSION_CONFLICT' && typeof body.currentVersion !== 'number' ? 'without currentVersion' : null),
            goneCodes: ['CANDIDATE_NOT_FOUND'],
          });
          if (kind === 'ok') {
            mergeSuccesses++;
            removedBy.set(seen.sourceId, (removedBy.get(seen.sourceId) ?? 0) + 1);
          }
          if (kind === 'gone') {
            const [left] = await world.sql<{ n: number }>(`SELECT count(*)::int AS n FROM candidate WHERE id = ANY($1::uuid[])`, [[seen.targetId, seen.sourceId]]);
            if (left!.n === 2) t.problem(`merge answered 404 though both candidates exist`);
          }
        },
      );
    }
    const remaining = await world.sql<{ id: string }>(`SELECT id FROM candidate WHERE id = ANY($1::uuid[])`, [all]);
    const left = new Set(remaining.map((x) => x.id));
    t.same('candidates removed = successful merges', all.length - left.size, mergeSuccesses);
    for (const [id, n] of removedBy) {
      if (n !== 1) t.lost(`candidate ${id.slice(0, 8)} was the source of ${n} successful merges`);
      if (left.has(id)) t.lost(`candidate ${id.slice(0, 8)} was merged away but still exists`);
    }
    for (const id of all) if (!left.has(id) && !removedBy.has(id)) t.lost(`candidate ${id.slice(0, 8)} vanished without a successful merge`);
    const [enc] = await world.sql<{ n: number }>(`SELECT count(*)::int AS n FROM encounter WHERE candidate_id = ANY($1::uuid[])`, [[...left]]);
    t.same('encounters kept on the remaining candidates', enc!.n, all.length);
    const [audit] = await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'candidate.merged' AND entity_id = ANY($1::text[])`,
      [all],
    );
    t.same('candidate.merged audit rows', audit!.n, mergeSuccesses);
    return t.result();
  },
};

/**
 * The opening's loop is edited (an extra stage added, or removed again) while applications are
 * moved between its stages, into the extra one too. A loop edit that would drop a stage holding
 * an application is a 409 (OPENING_STAGE_IN_USE); a move into a stage removed meanwhile is the
 * documented 400 naming toStageId (counted as "gone", checked to be really removed). No active
 * application may end up in a removed stage.
 */
const loopEditsAndMoves: Scenario = {
  name: 'opening loop edits racing moves',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const recruiter = await world.session('recruiter');
    const opening = await createOpening(world, recruiter, 'loop');
    const apps = await createApplications(recruiter, opening, 3, 'loop');
    const initial = new Map(await Promise.all(apps.map(async (id) => [id, (await readApplication(recruiter, id)).version] as const)));
    const start = await must(recruiter.request('GET', `/api/openings/${opening.id}`), 200, 'read opening');
    const base = (start.loop.stages as { name: string; interviewTypes: string[] }[]).map((s) => ({ name: s.name, interviewTypes: s.interviewTypes }));
    const cs = await sessions(world, clients, ['recruiter', 'admin']);
    const successes: AppSuccess[] = [];
    const loopWrites: { base: number; version: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        async (i) => {
          const o = await must(cs[i]!.request('GET', `/api/openings/${opening.id}`), 200, 'read opening');
          const id = pick(rng, apps);
          return { loop: o.loop as { version: number; stages: { id: string; name: string; interviewTypes: string[] }[] }, id, ...(await readApplication(cs[i]!, id)) };
        },
        async (i, seen) => {
          if (i % 3 === 0) {
            // Toggle an extra stage at the end of the loop.
            const hasExtra = seen.loop.stages.some((s) => s.name.startsWith('Extra'));
            const stages = hasExtra ? base : [...base, { name: `Extra ${r}-${i}`, interviewTypes: base[0]!.interviewTypes }];
            const res = await cs[i]!.request('PUT', `/api/openings/${opening.id}/loop`, { version: seen.loop.version, stages });
            const kind = t.record('loop PUT', res, {
              conflictCodes: ['LOOP_VERSION_CONFLICT', 'OPENING_STAGE_IN_USE', 'WRITE_CONFLICT'],
              checkConflict: (body) => (body.code === 'LOOP_VERSION_CONFLICT' ? versionConflict(body.code, () => seen.loop.version).checkConflict(body) : null),
            });
            if (kind === 'ok') loopWrites.push({ base: seen.loop.version, version: res.body.loop.version });
            return;
          }
          const to = pick(rng, seen.loop.stages.filter((s) => s.id !== seen.stage)).id;
          const res = await cs[i]!.request('POST', `/api/applications/${seen.id}/move`, { fromStageId: seen.stage, toStageId: to });
          const removed = res.status === 400 && res.body?.fields?.some((f: { field: string }) => f.field === 'toStageId');
          if (removed) {
            const [stage] = await world.sql<{ removed: boolean }>(`SELECT removed_at IS NOT NULL AS removed FROM opening_stage WHERE id = $1`, [to]);
            if (stage?.removed) {
              t.attempts++;
              t.gone++;
              return;
            }
          }
          const kind = t.record(`move ${seen.id.slice(0, 8)}`, res, { conflictCodes: stageConflictCodes, checkConflict: checkStageConflict([seen.stage]) });
          if (kind === 'ok') successes.push({ applicationId: seen.id, to, version: res.body.version });
        },
      );
    }
    await checkApplications(t, world, null, initial, successes);
    const final = await must(recruiter.request('GET', `/api/openings/${opening.id}`), 200, 'read opening');
    checkVersionChain(t, 'loop', start.loop.version, loopWrites, final.loop.version);
    const [stray] = await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM application a JOIN opening_stage s ON s.id = a.current_stage_id
        WHERE a.opening_id = $1 AND a.status = 'active' AND s.removed_at IS NOT NULL`,
      [opening.id],
    );
    t.same('active applications in a removed stage', stray!.n, 0);
    const [audit] = await world.sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE entity_type = 'opening' AND entity_id = $1 AND action = 'opening.loop_changed'`,
      [opening.id],
    );
    t.same('opening.loop_changed audit rows', audit!.n, loopWrites.length);
    return t.result();
  },
};

/** Recruiters reschedule the same interview from the version they read, then all cancel it at once. */
const interviewReschedules: Scenario = {
  name: 'interview reschedule + cancel (version)',
  async run(world, { clients, rounds, rng }) {
    const t = new Tally(this.name);
    const recruiter = await world.session('recruiter');
    const opening = await createOpening(world, recruiter, 'interviews');
    const [applicationId] = await createApplications(recruiter, opening, 1, 'interviews');
    const day = 86_400_000;
    const created = await must(
      recruiter.request('POST', `/api/applications/${applicationId}/interviews`, {
        interviewTypeKey: opening.stages[0]!.interviewTypes[0]!,
        interviewerIds: [world.userId('interviewer')],
        startsAt: new Date(Date.now() + 2 * day).toISOString(),
      }),
      201,
      'schedule interview',
    );
    const read = async (c: Client) => {
      const list = await must(c.request('GET', `/api/applications/${applicationId}/interviews`), 200, 'list interviews');
      return (list as { id: string; version: number }[]).find((x) => x.id === created.id)!.version;
    };
    const cs = await sessions(world, clients, ['recruiter', 'admin']);
    const writes: { base: number; version: number; startsAt: string }[] = [];
    const conflict = (sent: () => number) => ({
      conflictCodes: ['INTERVIEW_VERSION_CONFLICT', 'INTERVIEW_CLOSED', 'WRITE_CONFLICT'],
      checkConflict: (body: any) => (body.code === 'INTERVIEW_VERSION_CONFLICT' ? versionConflict(body.code, sent).checkConflict(body) : null),
    });
    for (let r = 0; r < rounds; r++) {
      await inRounds(
        clients,
        (i) => read(cs[i]!),
        async (i, version) => {
          if (rng() < 0.3 && (await pause(rng))) version = await read(cs[i]!);
          const at = Date.now() + (3 + r) * day + (i + 1) * 3_600_000 + Math.floor(rng() * 60) * 60_000;
          const startsAt = new Date(at - (at % 60_000)).toISOString();
          const res = await cs[i]!.request('PATCH', `/api/interviews/${created.id}`, { version, startsAt, scorecardDueAt: new Date(at - (at % 60_000) + day).toISOString() });
          if (t.record('reschedule', res, conflict(() => version)) === 'ok') writes.push({ base: version, version: res.body.version, startsAt });
        },
      );
    }
    let cancelled = 0;
    await inRounds(
      clients,
      (i) => read(cs[i]!),
      async (i, version) => {
        const res = await cs[i]!.request('DELETE', `/api/interviews/${created.id}?version=${version}`);
        if (t.record('cancel', res, conflict(() => version)) === 'ok') {
          cancelled++;
          writes.push({ base: version, version: res.body.version, startsAt: res.body.startsAt });
        }
      },
    );
    t.same('successful cancellations', cancelled, 1);
    const [row] = await world.sql<{ version: number; starts_at: Date; status: string }>(`SELECT version, starts_at, status FROM interview WHERE id = $1`, [created.id]);
    checkVersionChain(t, 'interview', created.version, writes, row!.version);
    const last = [...writes].sort((a, b) => a.version - b.version).at(-1)!;
    t.same('interview start = the last successful reschedule', row!.starts_at.toISOString(), new Date(last.startsAt).toISOString());
    t.same('interview status', row!.status, 'cancelled');
    const audits = await world.sql<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_log WHERE entity_type = 'interview' AND entity_id = $1 GROUP BY action ORDER BY action`,
      [created.id],
    );
    t.same('interview audit rows', Object.fromEntries(audits.map((a) => [a.action, a.n])), {
      'interview.cancelled': 1,
      'interview.scheduled': 1,
      ...(writes.length > 1 ? { 'interview.updated': writes.length - 1 } : {}),
    });
    const slots = await world.sql<{ starts_at: Date; scheduled: boolean }>(`SELECT starts_at, scheduled FROM interviewer_slot WHERE interview_id = $1`, [created.id]);
    t.same('interviewer slot (derived): start and not scheduled', slots.map((x) => [x.starts_at.toISOString(), x.scheduled]), [[row!.starts_at.toISOString(), false]]);
    return t.result();
  },
};

export const SCENARIOS: Scenario[] = [
  stageMoves,
  bulkMoves,
  loopEditsAndMoves,
  candidateEdits,
  openingEdits,
  interviewReschedules,
  scorecardTabs,
  roleWeights,
  interviewKit,
  merges,
];

/** The audit log is a hash chain appended under one lock: after all the racing writes it must still verify. */
export async function verifyAuditChain(world: World): Promise<string | null> {
  const admin = await world.session('admin');
  const res = await admin.request('GET', '/api/audit/verify');
  if (res.status !== 200) return `GET /api/audit/verify: ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`;
  return res.body.ok !== true ? `audit chain broken: ${JSON.stringify(res.body).slice(0, 300)}` : null;
}
