import { ErrorCode, type Competency, type CreateRoleWeightsVersionRequest, type Role, type RoleWeightsVersion, type Weights } from '@loopboard/contracts';
import { validateWeights } from '@loopboard/domain-scoring';
import { vi } from 'vitest';

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

export const ML_ENGINEER_WEIGHTS: Weights = { ml: 0.25, math: 0.1, swe: 0.25, data: 0.05, ops: 0.15, research: 0.05, comms: 0.1, product: 0.05 };
export const ML_RESEARCHER_WEIGHTS: Weights = { ml: 0.25, math: 0.2, swe: 0.1, data: 0, ops: 0, research: 0.3, comms: 0.15, product: 0 };

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
  body: unknown;
}

type Override = (call: FetchCall) => { status: number; body: unknown } | undefined;

/**
 * An in-memory stand-in for the Loopboard API behind `fetch`, with the same
 * rules that matter to the dashboard: versions count up, a stale baseVersion
 * is a 409 with the current version, invalid weights are a 400.
 */
export function createFakeApi(options: { roles?: 'seeded' | 'none' } = {}) {
  const roles: StoredRole[] =
    options.roles === 'none'
      ? []
      : [
          seedRole(ML_ENGINEER_ID, 'ml-engineer', 'ML engineer', 'Builds and ships ML systems.', ML_ENGINEER_WEIGHTS),
          seedRole(ML_RESEARCHER_ID, 'ml-researcher', 'ML researcher', 'Advances the state of the art.', ML_RESEARCHER_WEIGHTS),
        ];
  const calls: FetchCall[] = [];
  const overrides: Override[] = [];

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

  function handle(call: FetchCall): { status: number; body: unknown } {
    for (const override of overrides) {
      const answer = override(call);
      if (answer) return answer;
    }
    const notFound = { status: 404, body: { code: ErrorCode.ROLE_NOT_FOUND, message: 'No such role' } };
    if (call.method === 'GET' && call.path === '/api/competencies') return { status: 200, body: COMPETENCIES };
    if (call.method === 'GET' && call.path === '/api/roles') return { status: 200, body: roles.map(toRole) };
    const match = /^\/api\/roles\/([^/]+)(\/weights(?:\/(\d+))?)?$/.exec(call.path);
    const role = match && roles.find((r) => r.id === decodeURIComponent(match[1]));
    if (!match || !role) return match ? notFound : { status: 404, body: { code: ErrorCode.ROUTE_NOT_FOUND, message: 'No such API route' } };
    if (call.method === 'GET' && !match[2]) return { status: 200, body: toRole(role) };
    if (call.method === 'GET' && match[3]) {
      const version = role.versions.find((v) => v.version === Number(match[3]));
      return version ? { status: 200, body: version } : { status: 404, body: { code: ErrorCode.ROLE_VERSION_NOT_FOUND, message: 'No such version' } };
    }
    if (call.method === 'GET') {
      const summaries = [...role.versions].reverse().map(({ version, note, createdAt }) => ({ version, note, createdAt }));
      return { status: 200, body: summaries };
    }
    const request = call.body as CreateRoleWeightsVersionRequest;
    const problems = validateWeights(request.weights);
    if (problems.length) return { status: 400, body: { code: ErrorCode.WEIGHTS_INVALID, message: 'Weights are invalid', fields: problems } };
    const current = role.versions.length;
    if (request.baseVersion !== current) {
      return {
        status: 409,
        body: { code: ErrorCode.WEIGHTS_VERSION_CONFLICT, message: 'A newer version was saved', currentVersion: current },
      };
    }
    return { status: 201, body: addVersion(role, request.weights, request.note ?? null) };
  }

  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://loopboard.test');
    const call: FetchCall = {
      method: init?.method ?? 'GET',
      path: url.pathname,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    calls.push(call);
    const { status, body } = handle(call);
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
    writes: () => calls.filter((c) => c.method !== 'GET'),
  };

  function seedRole(id: string, key: string, name: string, description: string, weights: Weights): StoredRole {
    const role: StoredRole = { id, key, name, description, versions: [] };
    addVersion(role, weights, 'Seeded defaults');
    return role;
  }
}

export type FakeApi = ReturnType<typeof createFakeApi>;
