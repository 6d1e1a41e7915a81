/** Hosts whose URLs name a code repository as /owner/name. */
const REPO_HOSTS = ['github.com', 'gitlab.com', 'bitbucket.org', 'codeberg.org'];

/**
 * One spelling per repository so links from different sources compare equal:
 * https, host lower-cased, no "www.", no ".git", no trailing slash, no query or
 * fragment. Repairs the breakages seen in real lists ("https:/github.com/…",
 * "http://", a bare "github.com/…"). Returns null when the text is not a URL.
 *
 * Paths below the repository (…/tree/master/research/pcl_rl) are kept: they
 * point at a sub-project that the repository root would lose.
 */
export function normalizeRepoUrl(raw: string | null | undefined): string | null {
  let value = raw?.trim();
  if (!value) return null;
  value = value.replace(/^git\+/i, '').replace(/^(https?):\/*/i, '$1://');
  if (!/^https?:\/\//i.test(value)) {
    if (!/^(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)+\//i.test(value)) return null;
    value = `https://${value}`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  const path = url.pathname.replace(/\/+$/, '').replace(/\.git$/i, '');
  const protocol = REPO_HOSTS.includes(host) ? 'https:' : url.protocol;
  return `${protocol}//${host}${url.port ? `:${url.port}` : ''}${path}`;
}

/** True for a URL on a known code host that names at least owner and repository. */
export function isRepoUrl(url: string): boolean {
  const match = url.match(/^https?:\/\/(?:www\.)?([^/]+)\/[^/\s]+\/[^/\s]+/i);
  return !!match && REPO_HOSTS.includes(match[1].toLowerCase());
}
