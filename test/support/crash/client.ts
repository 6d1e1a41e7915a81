import type { SessionResponse } from '@loopboard/contracts';

export interface Reply<T = any> {
  status: number;
  body: T;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A signed-in HTTP client of one user, re-signing in after a restart only if its session is gone (sessions live in the database). */
export class Client {
  private cookie = '';
  private csrf = '';

  constructor(
    private readonly baseUrl: string,
    readonly email: string,
    private readonly password: string,
  ) {}

  async signIn(): Promise<this> {
    const res = await fetch(`${this.baseUrl}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: this.email, password: this.password }),
    });
    if (res.status !== 200) throw new Error(`sign-in of ${this.email} failed: ${res.status} ${await res.text()}`);
    this.cookie = res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    this.csrf = ((await res.json()) as SessionResponse).csrfToken;
    return this;
  }

  async request<T = any>(method: string, path: string, body?: unknown, timeoutMs = 120_000): Promise<Reply<T>> {
    const headers: Record<string, string> = { cookie: this.cookie };
    if (!SAFE.has(method)) headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    const json = (res.headers.get('content-type') ?? '').includes('json') && text ? JSON.parse(text) : text;
    return { status: res.status, body: json as T };
  }

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body ?? {});
  }

  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }

  /** Like request, but a request cut off by the kill (connection reset) is `null` instead of an error. */
  async attempt<T = any>(method: string, path: string, body?: unknown): Promise<Reply<T> | null> {
    try {
      return await this.request<T>(method, path, body);
    } catch {
      return null;
    }
  }
}

/** Throws unless the reply has the expected status. */
export function expectStatus<T>(reply: Reply<T>, status: number, what: string): T {
  if (reply.status !== status) throw new Error(`${what}: expected ${status}, got ${reply.status} ${JSON.stringify(reply.body).slice(0, 500)}`);
  return reply.body;
}
