import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { USER_ROLES, type SessionResponse, type UserRole } from '@loopboard/contracts';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '@loopboard/api/app-factory';
import { hashPassword } from '@loopboard/api/auth';
import { createDatabase, dropDatabase, uniqueName } from './pg-server.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface RequestInit {
  headers?: Record<string, string>;
  rawBody?: string;
  /** Leave out the X-CSRF-Token header a signed-in client otherwise sends on writes. */
  withoutCsrf?: boolean;
}

/** An HTTP client: anonymous, or carrying one signed-in session's cookie and CSRF token. */
export interface ApiClient {
  session: SessionResponse | null;
  request<T = any>(method: string, path: string, body?: unknown, init?: RequestInit): Promise<ApiResponse<T>>;
  get<T = any>(path: string): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  patch<T = any>(path: string, body?: unknown): Promise<ApiResponse<T>>;
}

export interface TestUser {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  password: string;
}

export interface TestApi extends ApiClient {
  baseUrl: string;
  app: NestFastifyApplication;
  /** One active user per role, created with the database. */
  users: Record<UserRole, TestUser>;
  /** A client signed in as that role's user (a fresh session each call). */
  as(role: UserRole): Promise<ApiClient>;
  /** Signs in through the API; the client is null when sign-in failed. */
  signIn(email: string, password: string): Promise<{ response: ApiResponse<any>; client: ApiClient | null }>;
  /** Direct SQL on this file's database, to assert what was (not) written. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

function client(baseUrl: string, cookie: string | null, session: SessionResponse | null): ApiClient {
  const request: ApiClient['request'] = async (method, path, body, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (cookie) headers.cookie = cookie;
    if (session && !SAFE.has(method) && !init.withoutCsrf) headers['x-csrf-token'] ??= session.csrfToken;
    let payload: string | undefined = init.rawBody;
    if (body !== undefined) {
      payload = JSON.stringify(body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(baseUrl + path, { method, headers, body: payload });
    const text = await res.text();
    let parsed: unknown = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as any, headers: res.headers };
  };
  return {
    session,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    patch: (path, body) => request('PATCH', path, body),
  };
}

/**
 * Starts the real HTTP API on its own database, cloned from the migrated
 * template, with one user per role, listening on a free port; tests talk to it
 * with fetch, as a browser or script would.
 */
export async function startApi(options: { webDist?: string } = {}): Promise<TestApi> {
  const adminUrl = inject('pgAdminUrl');
  const name = uniqueName('loopboard_test');
  const databaseUrl = await createDatabase(adminUrl, name, inject('templateDatabase'));
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const hash = await passwordHash;
  const users = {} as Record<UserRole, TestUser>;
  for (const role of USER_ROLES) {
    const email = `${role.replace('_', '-')}@test.loopboard.dev`;
    const display = `Test ${role.replace('_', ' ')}`;
    const { rows } = await pool.query(`INSERT INTO app_user (email, name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id`, [email, display, role, hash]);
    users[role] = { id: rows[0].id, email, name: display, role, password: TEST_PASSWORD };
  }

  const app = await createApp({
    databaseUrl,
    embeddedDatabase: false,
    logLevel: process.env.TEST_LOG_LEVEL ?? 'silent',
    prettyLogs: false,
    webDist: options.webDist,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const anonymous = client(baseUrl, null, null);

  const signIn: TestApi['signIn'] = async (email, password) => {
    const response = await anonymous.post('/api/auth/sign-in', { email, password });
    if (response.status !== 200) return { response, client: null };
    const cookie = response.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return { response, client: client(baseUrl, cookie, response.body) };
  };

  return {
    ...anonymous,
    baseUrl,
    app,
    users,
    signIn,
    as: async (role) => {
      const { response, client: signedIn } = await signIn(users[role].email, users[role].password);
      if (!signedIn) throw new Error(`could not sign in as ${role}: ${response.status} ${JSON.stringify(response.body)}`);
      return signedIn;
    },
    sql: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    close: async () => {
      await app.close();
      await pool.end();
      await dropDatabase(adminUrl, name);
    },
  };
}
