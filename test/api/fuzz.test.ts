/**
 * API fuzzing from the OpenAPI document, short version (issue 8; the full one is `npm run fuzz`).
 * For every operation of GET /api/openapi.json, as every caller (anonymous and one user per role), a few
 * seeded generated requests — valid, boundary and hostile values, wrong types, huge strings and arrays,
 * unicode, missing and extra fields, malformed JSON, wrong content types, hostile path and query values —
 * and for each answer:
 *   - no 5xx;
 *   - the status is one the document lists for the operation; a 2xx JSON body matches the schema the document gives
 *     for that status; an error is {code, message, fields?, requestId};
 *   - where authorization-matrix.json says "denied", 401 (anonymous) or 403 (signed in), whatever the input;
 *   - an interviewer never gets ids of candidates or applications they are not assigned to (checked against SQL).
 * What the fuzzer keeps out of its requests, and why, is at the top of test/support/fuzz/runner.ts.
 * FUZZ_SEED=<n> replays a run (FUZZ_OPS=<regex> only some operations); FUZZ_PER_OP=<n> changes the number of requests
 * per operation and caller.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type TestApi } from '../support/api-app.js';
import { describeFinding, Fuzzer, HASHING_OPERATIONS, type Access, type Caller, type OpStats } from '../support/fuzz/runner.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const PER_OP = Number(process.env.FUZZ_PER_OP ?? 4);
/** FUZZ_OPS=<regex>: only the matching operations ("METHOD /path"), to replay a finding. */
const FUZZ_OPS = process.env.FUZZ_OPS ? new RegExp(process.env.FUZZ_OPS) : undefined;
// A sign-in (fuzzed, or the re-sign-in after a sign-out) or a new password costs an argon2 hash: fewer of those.
const countFor = (op: string) => (HASHING_OPERATIONS.test(op) ? Math.min(PER_OP, 2) : PER_OP);
const matrix: Record<string, Record<Caller, Access>> = JSON.parse(
  readFileSync(new URL('./authorization-matrix.json', import.meta.url), 'utf8'),
);
delete (matrix as Record<string, unknown>)['$comment'];

let api: TestApi;
let fuzzer: Fuzzer;
const all: OpStats[] = [];

beforeAll(async () => {
  api = await startApi();
  fuzzer = await Fuzzer.create(api, matrix);
});
afterAll(async () => {
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify({ stats: all, findings: fuzzer?.findings }, null, 1));
  if (all.length) {
    const requests = all.reduce((n, s) => n + s.requests, 0);
    const ms = all.reduce((n, s) => Math.max(n, s.ms), 0);
    console.log(
      `[fuzz] seed ${SEED}: ${requests} requests over ${new Set(all.map((s) => s.op)).size} operations × ${new Set(all.map((s) => s.caller)).size} callers (slowest operation ${ms.toFixed(0)} ms)`,
    );
  }
  await api?.close();
});

describe('API fuzzing (short version)', () => {
  it('covers every operation of the document, and the matrix lists each one', () => {
    const ops = fuzzer.operations.map((o) => o.id);
    expect(ops.length).toBeGreaterThan(50);
    expect(ops.filter((op) => !matrix[op])).toEqual([]);
  });

  it(
    `gives no 5xx, keeps to the documented schemas and the authorization matrix, and leaks nothing (seed ${SEED})`,
    { timeout: 240_000 },
    async () => {
      for (const op of fuzzer.ordered(FUZZ_OPS)) all.push(...(await fuzzer.fuzzAllCallers(op, countFor(op.id), SEED, { maxResignIns: 3 })));
      const findings = fuzzer.findings.map(describeFinding);
      expect(findings, `replay with FUZZ_SEED=${SEED}`).toEqual([]);
      // The generator did reach the handlers: some requests of every kind of answer.
      const total = (cls: keyof OpStats['status']) => all.reduce((n, s) => n + s.status[cls], 0);
      expect(total('2xx')).toBeGreaterThan(200);
      expect(total('4xx')).toBeGreaterThan(1000);
    },
  );
});
