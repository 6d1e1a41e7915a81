import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import { ErrorCode, type ApiError } from '@loopboard/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from './domain-error.js';
import { ERROR_STATUS } from './error-status.js';

/** Fastify's own request errors (body parsing, size, media type) mapped to our codes. */
const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: ErrorCode.MALFORMED_BODY,
  FST_ERR_CTP_EMPTY_JSON_BODY: ErrorCode.MALFORMED_BODY,
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ErrorCode.MALFORMED_BODY,
  FST_ERR_CTP_BODY_TOO_LARGE: ErrorCode.PAYLOAD_TOO_LARGE,
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
};

/** Turns every error into `{ code, message, fields?, requestId }`; only unexpected ones are 500s. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const request = host.switchToHttp().getRequest<FastifyRequest>();
    const { status, body } = toApiError(exception);
    body.requestId = String(request.id);
    if (typeof body.retryAfterSeconds === 'number') void reply.header('retry-after', String(body.retryAfterSeconds));
    if (status >= 500) this.logger.error({ err: exception, requestId: body.requestId }, 'unhandled error');
    void reply.status(status).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

const PG_DEADLOCK_DETECTED = '40P01';
const PG_SERIALIZATION_FAILURE = '40001';

export function toApiError(exception: unknown): { status: number; body: ApiError } {
  if (exception instanceof DomainError) {
    const body: ApiError = { code: exception.code, message: exception.message };
    if (exception.fields?.length) body.fields = exception.fields;
    if (exception.details) Object.assign(body, exception.details);
    return { status: ERROR_STATUS[exception.code], body };
  }
  // Nest wraps Fastify's parser errors in an HttpException with the original as `cause`.
  const fastifyError = fastifyErrorOf(exception);
  if (fastifyError) {
    const code = FASTIFY_CODES[fastifyError.code];
    return { status: ERROR_STATUS[code], body: { code, message: readableFastifyMessage(code, fastifyError) } };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    if (status === 404) return { status, body: { code: ErrorCode.ROUTE_NOT_FOUND, message: 'No such API route' } };
    if (status === 413) return { status, body: { code: ErrorCode.PAYLOAD_TOO_LARGE, message: 'Request body is too large' } };
    if (status < 500) return { status, body: { code: ErrorCode.VALIDATION_FAILED, message: exception.message } };
  }
  const pgCode = (exception as { code?: unknown })?.code;
  if (pgCode === PG_DEADLOCK_DETECTED || pgCode === PG_SERIALIZATION_FAILURE) {
    // The transaction was rolled back whole: nothing was written, and the same request may simply be sent again.
    return {
      status: ERROR_STATUS[ErrorCode.WRITE_CONFLICT],
      body: {
        code: ErrorCode.WRITE_CONFLICT,
        message: 'Another change to the same records happened at the same time; nothing was written, try again',
      },
    };
  }
  return {
    status: 500,
    body: { code: ErrorCode.INTERNAL_ERROR, message: 'Something went wrong on our side; the request id helps us find it' },
  };
}

function fastifyErrorOf(exception: unknown): (Error & { code: string }) | undefined {
  for (const candidate of [exception, (exception as { cause?: unknown })?.cause]) {
    const code = (candidate as { code?: unknown })?.code;
    if (typeof code === 'string' && code in FASTIFY_CODES) return candidate as Error & { code: string };
  }
  return undefined;
}

function readableFastifyMessage(code: ErrorCode, error: Error): string {
  switch (code) {
    case ErrorCode.MALFORMED_BODY:
      return `Request body is not valid JSON (${error.message})`;
    case ErrorCode.PAYLOAD_TOO_LARGE:
      return 'Request body is too large';
    default:
      return 'Unsupported Content-Type; send application/json';
  }
}
