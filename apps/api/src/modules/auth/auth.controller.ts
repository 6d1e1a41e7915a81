import { Body, Controller, Get, Headers, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ErrorCode, type SessionResponse } from '@loopboard/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../common/errors/domain-error.js';
import type { RequestContext } from './actor.js';
import { Public, SignedIn } from './access.decorator.js';
import { AUTH_CONFIG, SESSION_COOKIE, type AuthConfig } from './auth.config.js';
import { SessionResponseDto, SignInDto } from './auth.dto.js';
import { AuthService } from './auth.service.js';
import { Ctx } from './request-context.decorator.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(AUTH_CONFIG) private readonly config: AuthConfig,
  ) {}

  @Post('sign-in')
  @Public()
  @HttpCode(200)
  @ApiOkResponse({ type: SessionResponseDto, description: 'Sets the httpOnly session cookie' })
  @ApiUnauthorizedResponse({ description: 'INVALID_CREDENTIALS (same for an unknown email and a wrong password)' })
  @ApiTooManyRequestsResponse({ description: 'SIGN_IN_THROTTLED, with Retry-After' })
  async signIn(
    @Ctx() ctx: RequestContext,
    @Body() body: SignInDto,
    @Headers('user-agent') userAgent: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { token, session } = await this.auth.signIn(ctx, body, userAgent);
    void reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.config.cookieSecure,
      path: '/',
      expires: new Date(session.expiresAt),
    });
    return session;
  }

  @Get('session')
  @Public()
  @ApiOkResponse({ type: SessionResponseDto })
  @ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED (no session) or SESSION_EXPIRED' })
  session(@Req() request: FastifyRequest): SessionResponse {
    // The guard has already looked the session up; answer from that.
    const session = request.session;
    if (session) {
      return {
        user: session.user,
        csrfToken: session.csrfToken,
        expiresAt: session.expiresAt.toISOString(),
        idleTimeoutSeconds: this.config.idleTimeoutSeconds,
      };
    }
    if (request.cookies?.[SESSION_COOKIE]) throw new DomainError(ErrorCode.SESSION_EXPIRED, 'Your session has expired; sign in again');
    throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Not signed in');
  }

  @Post('sign-out')
  @SignedIn()
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The session is ended and the cookie cleared' })
  async signOut(@Ctx() ctx: RequestContext, @Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply) {
    await this.auth.signOut(ctx, request.session!.tokenHash);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
