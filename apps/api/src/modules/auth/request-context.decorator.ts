import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { Actor, RequestContext } from './actor.js';
import type { ResolvedSession } from './sessions.service.js';

declare module 'fastify' {
  interface FastifyRequest {
    actor?: Actor;
    session?: ResolvedSession;
  }
}

export function requestContextOf(request: FastifyRequest): RequestContext {
  return { actor: request.actor ?? null, requestId: String(request.id), ip: request.ip };
}

/** The acting user, request id and address, as services take them. */
export const Ctx = createParamDecorator((_: unknown, context: ExecutionContext): RequestContext =>
  requestContextOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
