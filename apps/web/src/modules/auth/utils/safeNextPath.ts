export const DEFAULT_SIGNED_IN_PATH = '/roles';

const BASE = 'http://loopboard.invalid';

/**
 * Where to go after signing in: `next` if it is a path on this site, else /roles.
 * "//evil.example" or "/\evil.example" would leave the site (browsers read a
 * backslash as a slash), so only a single leading "/" that still resolves to
 * this origin is accepted.
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return DEFAULT_SIGNED_IN_PATH;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return DEFAULT_SIGNED_IN_PATH;
  }
  if (url.origin !== BASE) return DEFAULT_SIGNED_IN_PATH;
  const path = `${url.pathname}${url.search}${url.hash}`;
  return url.pathname === '/sign-in' ? DEFAULT_SIGNED_IN_PATH : path;
}
