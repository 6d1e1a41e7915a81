import { ValidationPipe, type ValidationError } from '@nestjs/common';
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

/** Global pipe: transform to DTO classes, reject unknown fields, report every bad field. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
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
