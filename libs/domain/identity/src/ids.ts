/**
 * Strong person identifiers, as sources write them (bare ids, profile URLs,
 * URLs with a missing slash or a trailing ".html"), reduced to one canonical
 * form each, or null when the value is not a valid id of that kind.
 */

const URL_SUFFIX = /[?#].*$/;

function decodeUriSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Lower-cased address, "mailto:" and angle brackets removed; null unless it looks like local@domain.tld. */
export function normalizeEmail(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const email = raw
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^<(.*)>$/, '$1')
    .trim()
    .normalize('NFC')
    .toLowerCase();
  // Mailboxes are case-sensitive on paper only: every real provider folds case, and sources disagree.
  return /^[^\s@<>()[\]",;:]+@[^\s@<>()[\]",;:.]+(?:\.[^\s@<>()[\]",;:.]+)+$/u.test(email) ? email : null;
}

/** ISO 7064 MOD 11-2 check character of the first 15 digits of an ORCID iD. */
export function orcidCheckDigit(first15: string): string {
  let total = 0;
  for (const d of first15) total = (total + Number(d)) * 2;
  const result = (12 - (total % 11)) % 11;
  return result === 10 ? 'X' : String(result);
}

/**
 * "https://orcid.org/0000-0002-1825-0097", "orcid.org/…", "0000000218250097"
 * or "0000 0002 1825 0097" → "0000-0002-1825-0097"; null when the check digit is wrong.
 */
export function normalizeOrcid(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const bare = raw
    .trim()
    .replace(/^orcid(?:\s*id)?\s*:\s*/i, '')
    .replace(/^(?:https?:\/\/)?(?:www\.|sandbox\.)?orcid\.org\//i, '')
    .replace(URL_SUFFIX, '')
    .replace(/\/$/, '');
  if (!/^\d{4}([- ]?)\d{4}\1\d{4}\1\d{3}[\dXx]$/.test(bare)) return null;
  const compact = bare.replace(/[- ]/g, '').toUpperCase();
  if (orcidCheckDigit(compact.slice(0, 15)) !== compact[15]) return null;
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}-${compact.slice(8, 12)}-${compact.slice(12)}`;
}

/** Paths on github.com that are not accounts. */
const GITHUB_RESERVED = new Set([
  'about',
  'apps',
  'collections',
  'contact',
  'customer-stories',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'join',
  'login',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'organizations',
  'pricing',
  'pulls',
  'search',
  'security',
  'settings',
  'site',
  'sponsors',
  'topics',
  'trending',
]);

const GITHUB_LOGIN = /^[a-z\d](?:[a-z\d-]{0,38})$/i;

/**
 * "https://github.com/Cyanogenoid/vqa-counting", "https:/github.com/x" (a
 * slash lost), "git@github.com:x/y.git", "x.github.io", "@x" or "x" → "x",
 * lower-cased (logins are case-insensitive). null for anything else,
 * including a bare "owner/repo".
 */
export function normalizeGithubLogin(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  let login: string | undefined;
  const url = /^(?:(?:git\+)?(?:https?|ssh|git):\/{0,2})?(?:git@)?(?:www\.|gist\.)?github\.com[/:]+([^/?#\s]+)/i.exec(text);
  const pages = /^(?:https?:\/{0,2})?([a-z\d-]+)\.github\.io(?:[/?#]|$)/i.exec(text);
  if (url) {
    login = url[1];
    if (GITHUB_RESERVED.has((login ?? '').toLowerCase())) return null;
  } else if (pages) {
    login = pages[1];
  } else if (!/[/:.\s]/.test(text)) {
    login = text.replace(/^@/, '');
  }
  return login && GITHUB_LOGIN.test(login) ? login.toLowerCase() : null;
}

/**
 * "https://dblp.org/pid/12/345.html", "dblp.uni-trier.de/pid/12/345-1",
 * "homepages/12/345" or "12/345" → "12/345"; old-style "h/GeoffreyEHinton"
 * too. null for anything else (Semantic Scholar's "DBLP" names are not pids).
 */
export function normalizeDblpPid(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const pid = raw
    .trim()
    .replace(/^(?:https?:\/{0,2})?(?:www\.)?dblp\.(?:org|uni-trier\.de|dagstuhl\.de)\/pid\//i, '')
    .replace(/^homepages\//, '')
    .replace(URL_SUFFIX, '')
    .replace(/\.(?:html|xml|bib|rdf|nt|ttl)$/i, '')
    .replace(/\/$/, '');
  return /^\d+\/\d+(?:-\d+)?$/.test(pid) || /^[a-z]\/[A-Za-z][A-Za-z\d]*(?:-\d+)?$/.test(pid) ? pid : null;
}

/**
 * "~First_Last1", "https://openreview.net/profile?id=~First_Last1" (also
 * URL-encoded) → "~First_Last1". Case is kept. An email (which OpenReview
 * uses for authors without a profile) is not a profile id: null.
 */
export function normalizeOpenReviewId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let id = raw.trim();
  const url = /openreview\.net\/profile\?(?:[^#]*&)?id=([^&#]+)/i.exec(id);
  if (url) id = url[1] ?? '';
  id = decodeUriSafely(id).normalize('NFC');
  return /^~[\p{L}\p{M}\d_.'-]*\p{L}[\p{L}\p{M}\d_.'-]*\d+$/u.test(id) ? id : null;
}

/**
 * Semantic Scholar author id: "2262347", "https://www.semanticscholar.org/author/A-Turing/2262347"
 * or an API URL → "2262347". Paper ids (40 hex digits) are not person ids: null.
 */
export function normalizeSemanticScholarId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const text = raw.trim();
  const url = /semanticscholar\.org\/(?:graph\/v1\/)?author\/(?:[^/?#]*\/)?(\d+)\/?(?:[?#]|$)/i.exec(text);
  const id = url ? url[1] : text;
  return id && /^\d{1,12}$/.test(id) ? id : null;
}

/** OpenAlex author id: "https://openalex.org/A1969205032", "a1969205032" → "A1969205032". */
export function normalizeOpenAlexId(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const match = /^(?:(?:https?:\/\/)?(?:api\.)?openalex\.org\/(?:authors\/)?)?(A\d{4,12})\/?$/i.exec(raw.trim());
  return match ? `A${(match[1] ?? '').slice(1)}` : null;
}
