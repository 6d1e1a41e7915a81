/** One operation of the OpenAPI document → an arbitrary of concrete HTTP requests to it. */
import fc from 'fast-check';
import { arbitraryFor, hostileValue, mutatedBody, resolve, type OpenApiDoc, type Pools, type Schema } from './schema.js';

export interface Operation {
  /** "METHOD /path/{param}", as in authorization-matrix.json. */
  id: string;
  method: string;
  path: string;
  spec: Record<string, any>;
}

export interface FuzzRequest {
  method: string;
  /** Path with the query string, percent-encoded. */
  url: string;
  headers: Record<string, string>;
  body?: string;
  /** What was done to the input, for the report. */
  mutation: string;
  /** Leave out the CSRF header a signed-in client sends on writes. */
  withoutCsrf: boolean;
}

export function operationsOf(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, spec]) => ({ id: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, spec })),
  );
}

/** encodeURIComponent, but lone surrogates (which it refuses) become U+FFFD's bytes. */
export function encode(value: unknown): string {
  const text = typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
  const encoded = encodeURIComponent(text.replace(/[\ud800-\udfff]/g, (c, i: number, s: string) => (isPaired(s, i) ? c : '\ufffd')));
  // A WHATWG URL (fetch, every browser) resolves "." and ".." segments away, even written %2E: no client can
  // send them as a path parameter, so send their percent-encoded text ("%2E") as the value instead.
  return encoded === '' ? '%20' : encoded === '.' || encoded === '..' ? encoded.replace(/\./g, '%252E') : encoded;
}

function isPaired(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff;
  return i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff;
}

const MALFORMED_JSON = [
  '{',
  '{"a":',
  '[1,2',
  'nul',
  '\u0000',
  '{"a":1}garbage',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '['.repeat(5_000) + ']'.repeat(5_000),
  '1e999999',
  '"\\ud800"',
  '{"a":"\\u0000"}',
  '',
];
const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'application/xml',
  'application/json; charset=utf-16',
];

const MAX_URL = 12_000;

type Param = { name: string; in: string; required?: boolean; schema?: Schema };

export function requestArbitrary(doc: OpenApiDoc, op: Operation, pools: Pools): fc.Arbitrary<FuzzRequest> {
  const params: Param[] = op.spec.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');

  const pathArb = fc.tuple(
    ...pathParams.map((p) =>
      fc.oneof(
        { weight: 8, arbitrary: arbitraryFor(doc, p.schema ?? { type: 'string' }, pools, p.name).map((v) => ({ v, hostile: false })) },
        { weight: 1, arbitrary: fc.uuid().map((v) => ({ v: v as unknown, hostile: false })) },
        { weight: 2, arbitrary: hostileValue.map((v) => ({ v, hostile: true })) },
      ),
    ),
  );

  const queryArb = fc.tuple(
    fc.tuple(
      ...queryParams.map((p) =>
        fc.oneof(
          { weight: p.required ? 0 : 6, arbitrary: fc.constant({ v: undefined as unknown, hostile: false }) },
          { weight: 10, arbitrary: arbitraryFor(doc, p.schema ?? { type: 'string' }, pools, p.name).map((v) => ({ v, hostile: false })) },
          { weight: 2, arbitrary: hostileValue.map((v) => ({ v, hostile: true })) },
          { weight: 1, arbitrary: fc.array(hostileValue, { minLength: 2, maxLength: 3 }).map((v) => ({ v: v as unknown, hostile: true })) },
        ),
      ),
    ),
    // One request in eight with a parameter the operation does not have (or a second copy of one it has).
    fc.oneof(
      { weight: 7, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('extra', 'limit', '__proto__', 'constructor', 'role', 'q[]'), hostileValue) },
    ),
  );

  const bodySchema: Schema | undefined = op.spec.requestBody?.content?.['application/json']?.schema;
  const canHaveBody = op.method !== 'GET' && op.method !== 'HEAD';
  type Body = { mutation: string; body?: string; contentType?: string };
  let bodyArb: fc.Arbitrary<Body>;
  if (!canHaveBody) {
    bodyArb = fc.constant({ mutation: 'valid' });
  } else {
    const valid = bodySchema ? arbitraryFor(doc, resolve(doc, bodySchema), pools) : fc.constant({});
    bodyArb = fc.oneof(
      {
        weight: 16,
        arbitrary: mutatedBody(valid).map(({ mutation, value }) => ({
          mutation,
          body: JSON.stringify(value) ?? 'null',
          contentType: 'application/json',
        })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...MALFORMED_JSON)
          .map((body) => ({ mutation: 'malformed-json', body, contentType: 'application/json' })),
      },
      {
        weight: 1,
        arbitrary: fc
          .tuple(valid, fc.constantFrom(...WRONG_CONTENT_TYPES))
          .map(([value, contentType]) => ({ mutation: 'wrong-content-type', body: JSON.stringify(value) ?? 'null', contentType })),
      },
      { weight: 1, arbitrary: fc.constant({ mutation: 'no-body' }) },
    );
  }

  // One in 40 writes goes without the CSRF header.
  return fc.record({ path: pathArb, query: queryArb, body: bodyArb, n: fc.nat(39) }).map((r) => {
    const n = r.n;
    let url = op.path;
    pathParams.forEach((p, i) => (url = url.replace(`{${p.name}}`, encode(r.path[i]!.v))));
    const parts: string[] = [];
    queryParams.forEach((p, i) => {
      const v = r.query[0][i]!.v;
      if (v === undefined) return;
      for (const one of Array.isArray(v) && p.schema?.type !== 'array' ? v : [v]) parts.push(`${encode(p.name)}=${encode(one)}`);
    });
    const extra = r.query[1];
    if (extra) parts.push(`${encode(extra[0])}=${encode(extra[1])}`);
    // Node refuses a request line past 16 KB (431, before the app): keep the URL under that.
    let query = '';
    for (const part of parts) if (url.length + query.length + part.length + 1 < MAX_URL) query += `${query ? '&' : '?'}${part}`;
    url += query;
    const headers: Record<string, string> = {};
    if (r.body.contentType && r.body.body !== undefined) headers['content-type'] = r.body.contentType;
    const hostilePath = r.path.some((p) => p.hostile);
    const hostileQuery = r.query[0].some((q) => q.hostile) || r.query[1] !== null;
    const mutation = [hostilePath ? 'hostile-path' : null, hostileQuery ? 'hostile-query' : null, r.body.mutation]
      .filter(Boolean)
      .join('+');
    return { method: op.method, url, headers, body: r.body.body, mutation, withoutCsrf: canHaveBody && n === 0 };
  });
}
