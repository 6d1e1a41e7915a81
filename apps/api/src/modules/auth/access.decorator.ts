import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiCookieAuth, ApiExtension, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@loopboard/contracts';

export const ACCESS_KEY = 'loopboard:access';

export type AccessRule = { public: true } | { roles: readonly UserRole[] };

/**
 * Every endpoint declares who may call it; the global AuthGuard enforces it and
 * denies any endpoint that declares nothing. Object-level rules (own records
 * only) live in the services' queries, which take the acting user.
 */
export function Allow(...roles: UserRole[]) {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { roles } satisfies AccessRule),
    ApiCookieAuth('session'),
    ApiExtension('x-allowed-roles', roles),
    ApiUnauthorizedResponse({ description: 'UNAUTHENTICATED or SESSION_EXPIRED' }),
    ApiForbiddenResponse({ description: 'FORBIDDEN for other roles; CSRF_TOKEN_INVALID without the X-CSRF-Token header on writes' }),
  );
}

/** Any signed-in user. */
export const SignedIn = () => Allow(...USER_ROLES);

/** No session needed (health, sign-in). */
export function Public() {
  return applyDecorators(
    SetMetadata(ACCESS_KEY, { public: true } satisfies AccessRule),
    ApiExtension('x-allowed-roles', ['anonymous', ...USER_ROLES]),
  );
}
