/** Session and sign-in policy, overridable by environment for operators. */
export interface AuthConfig {
  sessionTtlSeconds: number;
  idleTimeoutSeconds: number;
  cookieSecure: boolean;
  /** Failed sign-ins per account within the window before 429. */
  maxFailuresPerAccount: number;
  /** Failed sign-ins per client address within the window before 429. */
  maxFailuresPerAddress: number;
  throttleWindowSeconds: number;
}

export const AUTH_CONFIG = Symbol('AUTH_CONFIG');

export const SESSION_COOKIE = 'lb_session';

export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const num = (name: string, fallback: number) => {
    const value = env[name];
    if (value === undefined || value === '') return fallback;
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`${name} must be a positive number, got "${value}"`);
    return parsed;
  };
  return {
    sessionTtlSeconds: num('SESSION_TTL_HOURS', 12) * 3600,
    idleTimeoutSeconds: num('SESSION_IDLE_MINUTES', 30) * 60,
    cookieSecure: env.COOKIE_SECURE === 'true',
    maxFailuresPerAccount: 10,
    maxFailuresPerAddress: num('SIGN_IN_MAX_FAILURES_PER_ADDRESS', 50),
    throttleWindowSeconds: 15 * 60,
  };
}
