/**
 * OpenAPI 3.0 schemas → fast-check arbitraries (valid values), plus the hostile
 * values and mutations the fuzzer mixes in. Shared by test/api/fuzz.test.ts and
 * scripts/fuzz-api.ts.
 */
import fc from 'fast-check';

export type Schema = Record<string, any>;
export interface OpenApiDoc {
  paths: Record<string, Record<string, any>>;
  components: { schemas: Record<string, Schema> };
}

/** Real values the generator prefers for some names, so valid requests reach the handlers. */
export interface Pools {
  /** uuid pools by kind: candidate, opening, role, application, interview, user, interviewer, import, scorecard. */
  ids: Record<string, string[]>;
  /** Plain values by parameter/property name (interview type keys, venues, stage keys …). */
  named: Record<string, unknown[]>;
}

export function resolve(doc: OpenApiDoc, schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 10 && s && typeof s.$ref === 'string'; i++) {
    s = doc.components.schemas[s.$ref.replace('#/components/schemas/', '')] ?? {};
  }
  return s ?? {};
}

const HUGE = 'x'.repeat(10_000);
/** Values that have broken real systems: traversal, NUL, injection, long, RTL, emoji, numbers at type edges. */
export const HOSTILE_STRINGS: string[] = [
  '',
  ' ',
  '../../../etc/passwd',
  '..%2F..%2F',
  '%00',
  '\u0000',
  'a\u0000b',
  HUGE,
  '😀🙈💥'.repeat(50),
  '\u202Egnp.exe',
  'שלום עולם',
  "' OR 1=1--",
  '"; DROP TABLE candidate; --',
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
  '\\',
  '\ud800',
  'NaN',
  'Infinity',
  '-1',
  '2147483648',
  '1e400',
  '2026-13-45T25:61:00Z',
  'null',
  'true',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
];
export const HOSTILE_NUMBERS: number[] = [
  0,
  -0,
  -1,
  1.5,
  2147483647,
  2147483648,
  -2147483649,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
];
export const HOSTILE_OTHERS: unknown[] = [null, true, false, [], {}, [null], { $ne: null }, { __proto__: { admin: true } }, [HUGE]];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_OTHERS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 50 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer({ min: -(2 ** 40), max: 2 ** 40 }) },
);

function poolFor(name: string, pools: Pools): string[] {
  const n = name.toLowerCase();
  const kinds: string[] = [];
  if (/candidate|keep|merge|duplicate|winner|loser|source|target/.test(n)) kinds.push('candidate');
  if (n.includes('opening')) kinds.push('opening');
  if (n.includes('role')) kinds.push('role');
  if (n.includes('application')) kinds.push('application');
  if (n.includes('interviewer') || n.includes('manager') || n.includes('recruiter') || n.includes('user') || n.includes('actor')) {
    kinds.push('interviewer', 'user');
  } else if (n.includes('interview')) kinds.push('interview');
  if (n.includes('import')) kinds.push('import');
  if (n.includes('scorecard')) kinds.push('scorecard');
  const ids = kinds.flatMap((k) => pools.ids[k] ?? []);
  return ids.length ? ids : Object.values(pools.ids).flat();
}

const date = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });

function stringArb(schema: Schema, name: string, pools: Pools): fc.Arbitrary<unknown> {
  const named = pools.named[name];
  const min = schema.minLength ?? 0;
  const max = Math.max(min, Math.min(schema.maxLength ?? 40, 60));
  let base: fc.Arbitrary<string>;
  switch (schema.format) {
    case 'uuid': {
      const ids = poolFor(name, pools);
      base = ids.length ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ids) }, { weight: 1, arbitrary: fc.uuid() }) : fc.uuid();
      break;
    }
    case 'date-time':
      base = date.map((d) => d.toISOString());
      break;
    case 'date':
      base = date.map((d) => d.toISOString().slice(0, 10));
      break;
    case 'email':
      base = fc.emailAddress();
      break;
    case 'uri':
    case 'url':
      base = fc.webUrl();
      break;
    default:
      if (schema.pattern) {
        try {
          base = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? Infinity));
          break;
        } catch {
          /* fall through to a plain string */
        }
      }
      base = fc.oneof(
        { weight: 3, arbitrary: fc.string({ minLength: min, maxLength: max }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: min, maxLength: max }) },
      );
  }
  return named?.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...named) }, { weight: 1, arbitrary: base }) : base;
}

function numberArb(schema: Schema, name: string, pools: Pools, integer: boolean): fc.Arbitrary<unknown> {
  const named = pools.named[name];
  const min: number = schema.minimum ?? -1000;
  const max = schema.maximum ?? Math.max(min + 1000, 1000);
  const ints = fc.integer({ min: Math.ceil(min), max: Math.floor(Math.max(Math.ceil(min), max)) });
  const base: fc.Arbitrary<number> =
    integer || Number.isInteger(min) ? fc.oneof({ weight: 4, arbitrary: ints }, { weight: 1, arbitrary: fc.constantFrom(min, max) }) : ints;
  const withDoubles = integer
    ? base
    : fc.oneof({ weight: 3, arbitrary: base }, { weight: 1, arbitrary: fc.double({ min, max, noNaN: true }) });
  return named?.length ? fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...named) }, { weight: 1, arbitrary: withDoubles }) : withDoubles;
}

/** A valid value for the schema (as far as the document says what valid is). */
export function arbitraryFor(doc: OpenApiDoc, raw: Schema, pools: Pools, name = '', depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(doc, raw);
  let arb: fc.Arbitrary<unknown>;
  if (schema.allOf?.length) {
    arb = arbitraryFor(doc, schema.allOf[0], pools, name, depth);
  } else if (schema.oneOf?.length || schema.anyOf?.length) {
    arb = fc.oneof(...(schema.oneOf ?? schema.anyOf).map((s: Schema) => arbitraryFor(doc, s, pools, name, depth)));
  } else if (schema.enum?.length) {
    arb = fc.constantFrom(...schema.enum);
  } else if (schema.type === 'string') {
    arb = stringArb(schema, name, pools);
  } else if (schema.type === 'integer' || schema.type === 'number') {
    arb = numberArb(schema, name, pools, schema.type === 'integer');
  } else if (schema.type === 'boolean') {
    arb = fc.boolean();
  } else if (schema.type === 'array') {
    const items = arbitraryFor(doc, schema.items ?? {}, pools, name, depth + 1);
    const minLength = schema.minItems ?? 0;
    arb = fc.array(items, { minLength, maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, depth > 1 ? 2 : 4)) });
  } else if (schema.type === 'object' || schema.properties) {
    const props = schema.properties ?? {};
    const required: string[] = schema.required ?? [];
    const model: Record<string, fc.Arbitrary<unknown>> = {};
    for (const [key, sub] of Object.entries(props)) {
      // Past a few levels only required properties, so the values stay small.
      if (depth > 3 && !required.includes(key)) continue;
      model[key] = arbitraryFor(doc, sub as Schema, pools, key, depth + 1);
    }
    arb = fc.record(model, { requiredKeys: required.filter((k) => k in model) });
  } else {
    arb = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean());
  }
  return schema.nullable ? fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : arb;
}

/** Every path into a JSON value (object keys and array indexes), the root excluded. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      pathsOf(v, [...prefix, i], out);
    });
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      pathsOf(v, [...prefix, k], out);
    }
  }
  return out;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function setAt(root: unknown, path: (string | number)[], value: unknown, remove = false): unknown {
  const copy = clone(root);
  let node: any = copy;
  for (const step of path.slice(0, -1)) node = node[step];
  const last = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

export type BodyMutation =
  'valid' | 'hostile-field' | 'missing-field' | 'extra-field' | 'null-field' | 'wrong-type-field' | 'huge-array' | 'hostile-body';

/** A JSON body: valid, or valid with one mutation applied at a random place. */
export function mutatedBody(valid: fc.Arbitrary<unknown>): fc.Arbitrary<{ mutation: BodyMutation; value: unknown }> {
  const at = <T>(extra: fc.Arbitrary<T>) => fc.tuple(valid, fc.nat(), extra);
  const pick = (v: unknown, i: number) => {
    const paths = pathsOf(v);
    return paths.length ? paths[i % paths.length]! : null;
  };
  return fc.oneof(
    { weight: 6, arbitrary: valid.map((value) => ({ mutation: 'valid' as const, value })) },
    {
      weight: 4,
      arbitrary: at(hostileValue).map(([v, i, h]) => {
        const p = pick(v, i);
        return { mutation: 'hostile-field' as const, value: p ? setAt(v, p, h) : h };
      }),
    },
    {
      weight: 2,
      arbitrary: at(fc.constant(0)).map(([v, i]) => {
        const p = pick(v, i);
        return { mutation: 'missing-field' as const, value: p ? setAt(v, p, undefined, true) : v };
      }),
    },
    {
      weight: 1,
      arbitrary: at(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'id', 'role', 'isAdmin', 'version'), hostileValue)).map(
        ([v, , [k, h]]) => ({
          mutation: 'extra-field' as const,
          value: v && typeof v === 'object' && !Array.isArray(v) ? { ...(v as object), [k]: h } : { [k]: h },
        }),
      ),
    },
    {
      weight: 1,
      arbitrary: at(fc.constant(null)).map(([v, i]) => {
        const p = pick(v, i);
        return { mutation: 'null-field' as const, value: p ? setAt(v, p, null) : null };
      }),
    },
    {
      weight: 2,
      arbitrary: at(fc.constantFrom<unknown>(42, -1, 'text', true, [], {}, [1, 2], '1', 3.7)).map(([v, i, w]) => {
        const p = pick(v, i);
        return { mutation: 'wrong-type-field' as const, value: p ? setAt(v, p, w) : w };
      }),
    },
    {
      weight: 1,
      arbitrary: at(fc.integer({ min: 1_000, max: 20_000 })).map(([v, i, n]) => {
        const paths = pathsOf(v).filter((p) => Array.isArray(pathValue(v, p)));
        if (!paths.length) return { mutation: 'huge-array' as const, value: Array.from({ length: n }, (_, k) => k) };
        const p = paths[i % paths.length]!;
        const arr = pathValue(v, p) as unknown[];
        return {
          mutation: 'huge-array' as const,
          value: setAt(
            v,
            p,
            Array.from({ length: n }, (_, k) => arr[k % Math.max(arr.length, 1)] ?? k),
          ),
        };
      }),
    },
    { weight: 1, arbitrary: hostileValue.map((value) => ({ mutation: 'hostile-body' as const, value })) },
  );
}

function pathValue(root: unknown, path: (string | number)[]): unknown {
  let node: any = root;
  for (const step of path) node = node?.[step];
  return node;
}
