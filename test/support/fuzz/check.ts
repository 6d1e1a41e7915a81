/** Response checks: documented JSON schema (ajv), the error shape, and the status being documented at all. */
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { OpenApiDoc, Schema } from './schema.js';
import type { Operation } from './request.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/** OpenAPI 3.0 → JSON Schema: `nullable` becomes a null alternative, refs point into the registered document. */
function toJsonSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toJsonSchema);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'nullable' || key === 'example' || key === 'examples') continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = value.replace('#/components/schemas/', 'openapi#/components/schemas/');
    else if (key === 'properties' && value && typeof value === 'object') {
      out.properties = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonSchema(v)]));
    } else out[key] = toJsonSchema(value);
  }
  return (schema as Schema).nullable ? { anyOf: [{ type: 'null' }, out] } : out;
}

export class ResponseChecker {
  private readonly ajv: Ajv;
  private readonly cache = new Map<string, ValidateFunction | null>();

  constructor(doc: OpenApiDoc) {
    this.ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addSchema({ $id: 'openapi', components: { schemas: toJsonSchema(doc.components.schemas) } });
  }

  private validator(op: Operation, status: number): ValidateFunction | null {
    const key = `${op.id} ${status}`;
    if (!this.cache.has(key)) {
      const schema = op.spec.responses?.[String(status)]?.content?.['application/json']?.schema;
      this.cache.set(key, schema ? this.ajv.compile(toJsonSchema(schema) as object) : null);
    }
    return this.cache.get(key)!;
  }

  isDocumented(op: Operation, status: number): boolean {
    return String(status) in (op.spec.responses ?? {});
  }

  /** null when the body matches the documented schema (or none is documented), else what is wrong. */
  schemaProblem(op: Operation, status: number, body: unknown): string | null {
    const validate = this.validator(op, status);
    if (!validate || validate(body)) return null;
    return this.ajv.errorsText(validate.errors, { separator: '; ' }).slice(0, 400);
  }
}

/** Every error answer is `{ code, message, fields?, requestId }` (extra detail fields such as currentVersion allowed). */
export function errorShapeProblem(body: unknown): string | null {
  if (!body || typeof body !== 'object' || Array.isArray(body))
    return `error body is not a JSON object: ${JSON.stringify(body)?.slice(0, 100)}`;
  const b = body as Record<string, unknown>;
  if (typeof b.code !== 'string' || !b.code) return 'error body without a code';
  if (typeof b.message !== 'string') return 'error body without a message';
  if (typeof b.requestId !== 'string' || !b.requestId) return 'error body without a requestId';
  if (b.fields !== undefined) {
    if (!Array.isArray(b.fields)) return 'error fields is not an array';
    for (const f of b.fields) {
      if (!f || typeof f.field !== 'string' || typeof f.reason !== 'string')
        return `error field entry is not {field, reason}: ${JSON.stringify(f)}`;
    }
  }
  return null;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Every uuid that appears anywhere in a response body (keys and values). */
export function uuidsIn(body: unknown): Set<string> {
  const text = typeof body === 'string' ? body : JSON.stringify(body ?? null);
  return new Set((text.match(UUID) ?? []).map((s) => s.toLowerCase()));
}
