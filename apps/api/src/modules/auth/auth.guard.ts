import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ErrorCode } from '@loopboard/contracts';
import type { FastifyRequest } from 'fastify';
import { timingSafeEqual } from 'node:crypto';
import { DomainError } from '../../common/errors/domain-error.js';
import { ACCESS_KEY, type AccessRule } from './access.decorator.js';
import { SESSION_COOKIE } from './auth.config.js';
import { SessionsService } from './sessions.service.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The one place that decides who may call what: resolves the session cookie,
 * checks the endpoint's declared roles and, for writes, the CSRF token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    const lookup = token ? await this.sessions.resolve(token) : undefined;
    if (lookup?.status === 'valid') {
      request.actor = lookup.session.actor;
      request.session = lookup.session;
    }
    if (rule && 'public' in rule) return true;

    if (!lookup) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to continue');
    if (lookup.status === 'expired') throw new DomainError(ErrorCode.SESSION_EXPIRED, 'Your session has expired; sign in again');
    const { actor, csrfToken } = lookup.session;
    if (!rule || !rule.roles.includes(actor.role)) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Your role does not have access to this');
    }
    if (!SAFE_METHODS.has(request.method) && !sameToken(request.headers['x-csrf-token'], csrfToken)) {
      throw new DomainError(ErrorCode.CSRF_TOKEN_INVALID, 'Missing or wrong X-CSRF-Token header; reload the page and try again');
    }
    return true;
  }
}

function sameToken(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
