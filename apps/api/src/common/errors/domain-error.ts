import type { ErrorCode, FieldError } from '@loopboard/contracts';

/** An expected failure with a stable code; the global filter turns it into an HTTP answer. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldError[],
    /** Extra machine-readable context, e.g. the current state on a conflict. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
