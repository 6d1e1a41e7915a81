import type { Client, World } from './harness.js';

export interface Stage {
  id: string;
  name: string;
  position: number;
  interviewTypes: string[];
}

export interface OpeningFixture {
  id: string;
  roleId: string;
  stages: Stage[];
}

let counter = 0;

export async function must(res: Promise<{ status: number; body: any }>, expected: number, what: string): Promise<any> {
  const r = await res;
  if (r.status !== expected) throw new Error(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 500)}`);
  return r.body;
}

/** An ML-researcher opening with the seeded recruiter, hiring manager and interviewer on its team. */
export async function createOpening(world: World, recruiter: Client, tag: string, roleKey = 'ml-researcher'): Promise<OpeningFixture> {
  const roles = await must(recruiter.request('GET', '/api/roles'), 200, 'list roles');
  const role = (roles as { id: string; key: string }[]).find((r) => r.key === roleKey)!;
  const opening = await must(
    recruiter.request('POST', '/api/openings', {
      title: `Concurrency ${tag} ${++counter}`,
      roleId: role.id,
      level: 'senior',
      headcount: 2,
      hiringManagerId: world.userId('hiring_manager'),
      recruiterIds: [world.userId('recruiter')],
      interviewerIds: [world.userId('interviewer')],
    }),
    201,
    'create opening',
  );
  return { id: opening.id, roleId: role.id, stages: opening.loop.stages };
}

export async function createCandidate(client: Client, name: string, extra: Record<string, unknown> = {}): Promise<any> {
  return must(client.request('POST', '/api/candidates', { name, primaryChannel: 'referral', ...extra }), 201, `create candidate ${name}`);
}

export async function createApplications(recruiter: Client, opening: OpeningFixture, n: number, tag: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const candidate = await createCandidate(recruiter, `Conc ${tag} Applicant ${++counter}`);
    const app = await must(
      recruiter.request('POST', '/api/applications', { candidateId: candidate.id, openingId: opening.id }),
      201,
      'create application',
    );
    ids.push(app.id);
  }
  return ids;
}
