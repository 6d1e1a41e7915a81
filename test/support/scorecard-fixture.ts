import type { ApplicationDetail, OpeningDetail, Recommendation, Role, Scorecard } from '@loopboard/contracts';
import { startApi, type ApiClient, type ApiResponse, type TestApi } from './api-app.js';

/**
 * One ML-researcher opening with three interviewers on its team, a hiring manager, and a few
 * applications; interviews of any interview type on an application's current stage, with any
 * of the interviewers; scorecards filed through the API.
 */
export interface ScorecardFixture {
  api: TestApi;
  admin: ApiClient;
  recruiter: ApiClient;
  manager: ApiClient;
  interviewers: { id: string; name: string; client: ApiClient }[];
  role: Role;
  opening: OpeningDetail;
  applications: ApplicationDetail[];
  /** Focus competencies of each interview type, in order. */
  focus: Record<string, string[]>;
}

const PASSWORD = 'a-long-enough-password';
const DAY = 24 * 3600_000;
let counter = 0;

export async function startScorecardFixture(
  options: { applications?: number; channels?: string[]; tag?: string } = {},
): Promise<ScorecardFixture> {
  const api = await startApi();
  const admin = await api.as('admin');
  const recruiter = await api.as('recruiter');
  const manager = await api.as('hiring_manager');
  const interviewers = [{ id: api.users.interviewer.id, name: api.users.interviewer.name, client: await api.as('interviewer') }];
  for (const name of ['Ivy Second', 'Ian Third']) {
    const email = `${name.split(' ')[0]!.toLowerCase()}@test.loopboard.dev`;
    const created = await admin.post('/api/users', { email, name, role: 'interviewer', password: PASSWORD });
    if (created.status !== 201) throw new Error(`could not create ${name}: ${JSON.stringify(created.body)}`);
    const { client } = await api.signIn(email, PASSWORD);
    interviewers.push({ id: created.body.id, name, client: client! });
  }
  const role = (await admin.get<Role[]>('/api/roles')).body.find((r) => r.key === 'ml-researcher')!;
  const opening = await recruiter.post<OpeningDetail>('/api/openings', {
    title: `ML researcher ${options.tag ?? ''}`.trim(),
    roleId: role.id,
    level: 'senior',
    headcount: 1,
    hiringManagerId: api.users.hiring_manager.id,
    interviewerIds: interviewers.map((i) => i.id),
  });
  if (opening.status !== 201) throw new Error(`could not create the opening: ${JSON.stringify(opening.body)}`);
  const channels = options.channels ?? ['paper', 'referral', 'conference'];
  const applications: ApplicationDetail[] = [];
  for (let i = 0; i < (options.applications ?? 3); i++) {
    const candidate = await admin.post('/api/candidates', {
      name: `Cara Candidate ${++counter}`,
      primaryChannel: channels[i % channels.length],
    });
    if (candidate.status !== 201) throw new Error(`could not create a candidate: ${JSON.stringify(candidate.body)}`);
    const app = await recruiter.post<ApplicationDetail>('/api/applications', {
      candidateId: candidate.body.id,
      openingId: opening.body.id,
    });
    if (app.status !== 201) throw new Error(`could not create an application: ${JSON.stringify(app.body)}`);
    applications.push(app.body);
  }
  const focusRows = await api.sql<{ key: string; keys: string[] }>(
    `SELECT interview_type_key AS key, array_agg(competency_key ORDER BY position) AS keys FROM interview_type_competency GROUP BY 1`,
  );
  const focus = Object.fromEntries(focusRows.map((r) => [r.key, r.keys]));
  return { api, admin, recruiter, manager, interviewers, role, opening: opening.body, applications, focus };
}

/**
 * An interview of `typeKey` on the application's current stage with these interviewers. The
 * first stage's types go through the API; others are written directly (the scorecard rules
 * look at the interview's type, not at the stage, and moving stages is not what is tested here).
 */
export async function scheduleInterview(
  f: ScorecardFixture,
  applicationId: string,
  typeKey: string,
  interviewerIds: string[],
): Promise<string> {
  const stageTypes = await f.api.sql<{ key: string }>(
    `SELECT st.interview_type_key AS key FROM application a JOIN opening_stage_type st ON st.stage_id = a.current_stage_id WHERE a.id = $1`,
    [applicationId],
  );
  if (stageTypes.some((t) => t.key === typeKey)) {
    const res = await f.recruiter.post(`/api/applications/${applicationId}/interviews`, {
      interviewTypeKey: typeKey,
      interviewerIds,
      startsAt: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    if (res.status !== 201) throw new Error(`could not schedule: ${JSON.stringify(res.body)}`);
    return res.body.id;
  }
  const [row] = await f.api.sql<{ id: string }>(
    `INSERT INTO interview (application_id, stage_id, interview_type_key, starts_at, duration_minutes, scorecard_due_at)
     SELECT a.id, a.current_stage_id, $2, now() + interval '2 days', 45, now() + interval '3 days' FROM application a WHERE a.id = $1
     RETURNING id`,
    [applicationId, typeKey],
  );
  await f.api.sql(
    `INSERT INTO interview_interviewer (interview_id, user_id, position) SELECT $1, u.id, u.ord - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS u(id, ord)`,
    [row!.id, interviewerIds],
  );
  return row!.id;
}

/** Drafts and submits a complete scorecard: `ratings` per focus competency (null = not assessed). */
export async function fileScorecard(
  client: ApiClient,
  interviewId: string,
  ratings: Record<string, number | null>,
  recommendation: Recommendation,
): Promise<Scorecard> {
  const draft = await client.request<Scorecard>('PUT', `/api/interviews/${interviewId}/scorecard`, {
    version: 0,
    ratings: Object.entries(ratings).map(([competency, rating]) => ({
      competency,
      rating,
      evidence: rating === null ? '' : `Evidence for ${competency}: ${rating}`,
    })),
    recommendation,
  });
  if (draft.status !== 200) throw new Error(`draft failed: ${JSON.stringify(draft.body)}`);
  const submitted = await client.post<Scorecard>(`/api/interviews/${interviewId}/scorecard/submit`, { version: draft.body.version });
  if (submitted.status !== 200) throw new Error(`submit failed: ${JSON.stringify(submitted.body)}`);
  return submitted.body;
}

export function put<T = any>(client: ApiClient, path: string, body: unknown): Promise<ApiResponse<T>> {
  return client.request<T>('PUT', path, body);
}
