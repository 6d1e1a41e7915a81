import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '@loopboard/api/app-factory';
import { createDatabase, dropDatabase, uniqueName } from './pg-server.js';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export interface TestApi {
  baseUrl: string;
  app: NestFastifyApplication;
  request<T = any>(method: string, path: string, body?: unknown, init?: { headers?: Record<string, string>; rawBody?: string }): Promise<ApiResponse<T>>;
  get<T = any>(path: string): Promise<ApiResponse<T>>;
  post<T = any>(path: string, body?: unknown): Promise<ApiResponse<T>>;
  /** Direct SQL on this file's database, to assert what was (not) written. */
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface StartApiOptions {
  webDist?: string;
}

/**
 * Starts the real HTTP API on its own database, cloned from the migrated
 * template, listening on a free port; tests talk to it with fetch.
 */
export async function startApi(options: StartApiOptions = {}): Promise<TestApi> {
  const adminUrl = inject('pgAdminUrl');
  const name = uniqueName('loopboard_test');
  const databaseUrl = await createDatabase(adminUrl, name, inject('templateDatabase'));
  const app = await createApp({ databaseUrl, embeddedDatabase: false, logLevel: process.env.TEST_LOG_LEVEL ?? 'silent', prettyLogs: false, webDist: options.webDist });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });

  const request: TestApi['request'] = async (method, path, body, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
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
    baseUrl,
    app,
    request,
    get: (path) => request('GET', path),
    post: (path, body) => request('POST', path, body),
    sql: async (text, params) => (await pool.query(text, params as unknown[])).rows,
    close: async () => {
      await app.close();
      await pool.end();
      await dropDatabase(adminUrl, name);
    },
  };
}
