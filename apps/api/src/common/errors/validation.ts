import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@loopboard/contracts';
import { DomainError } from './domain-error.js';

/** class-validator's nested errors flattened to `a.b.c: reason` pairs. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    for (const message of Object.values(error.constraints ?? {})) {
      out.push({ field, reason: stripPropertyName(message, error.property) });
    }
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

// class-validator messages start with the property name ("ml must not be greater than 1");
// the field is reported separately, so the reason reads on its own.
function stripPropertyName(message: string, property: string): string {
  return message.startsWith(`${property} `) ? message.slice(property.length + 1) : message;
}

/** Deeper than any request DTO; class-transformer would recurse until the stack overflows (a 500). */
const MAX_DEPTH = 32;

/**
 * What no handler can take, found before the DTO transform: a NUL character in a string or key
 * (PostgreSQL text and jsonb refuse it, so it would surface as a 500), or nesting deeper than MAX_DEPTH.
 */
export function unacceptableInput(value: unknown, field: string, depth = 0): FieldError | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { field, reason: 'must not contain NUL characters' } : null;
  if (!value || typeof value !== 'object') return null;
  if (depth >= MAX_DEPTH) return { field, reason: `is nested more than ${MAX_DEPTH} levels deep` };
  for (const [key, item] of Object.entries(value)) {
    const at = field ? `${field}.${key}` : key;
    if (key.includes('\u0000')) return { field: at, reason: 'must not contain NUL characters' };
    const problem = unacceptableInput(item, at, depth + 1);
    if (problem) return problem;
  }
  return null;
}

class ApiValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const problem = unacceptableInput(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
      if (problem) {
        throw new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${problem.field || metadata.type} ${problem.reason}`, [
          problem,
        ]);
      }
    }
    return super.transform(value, metadata);
  }
}

/** Global pipe: transform to DTO classes, reject unknown fields, report every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ApiValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fields = flattenValidationErrors(errors);
      const summary = fields.map((f) => `${f.field} ${f.reason}`).join('; ');
      return new DomainError(ErrorCode.VALIDATION_FAILED, `Invalid request: ${summary}`, fields);
    },
  });
}
