/**
 * Strong person keys as sources write them, reduced to one spelling each so the
 * identity step can compare them with `===`: an ORCID given as a URL and the
 * same ORCID given bare are one key. Anything that does not look like the key
 * it claims to be returns null rather than a guess.
 */

const ORCID = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i;

/** "https://orcid.org/0000-0003-1613-5981", "orcid:0000-…", "0000-…-000x" → "0000-0003-1613-5981". */
export function normalizeOrcid(raw: string | null | undefined): string | null {
  const match = raw?.trim().match(ORCID);
  return match ? match[1].toUpperCase() : null;
}

/** "https://openalex.org/A1969205032" or "A1969205032" → "A1969205032" (authors only). */
export function normalizeOpenAlexAuthorId(raw: string | null | undefined): string | null {
  const match = raw?.trim().match(/^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?)?(A\d+)$/i);
  return match ? match[1].toUpperCase() : null;
}

/** "https://github.com/octocat", "github.com/octocat/", "@octocat", "octocat" → "octocat". */
export function normalizeGithubLogin(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const fromUrl = value.match(/^(?:https?:\/*)?(?:www\.)?github\.com\/([^/?#\s]+)/i);
  const login = fromUrl ? fromUrl[1] : value.replace(/^@/, '');
  // GitHub logins: alphanumerics and single inner hyphens, at most 39 characters.
  return /^[a-z\d](?:[a-z\d-]{0,37}[a-z\d])?$/i.test(login) ? login : null;
}

/** "https://scholar.google.com/citations?user=AbC123xyzAAAAJ&hl=en" or the bare id → "AbC123xyzAAAAJ". */
export function normalizeGoogleScholarId(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const fromUrl = value.match(/[?&]user=([\w-]{12})/);
  if (fromUrl) return fromUrl[1];
  return /^[\w-]{12}$/.test(value) ? value : null;
}

/** "https://dblp.org/pid/12/3456.html", "dblp.uni-trier.de/pid/12/3456" or "12/3456" → "12/3456". */
export function normalizeDblpPid(raw: string | null | undefined): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const fromUrl = value.match(/dblp\.(?:org|uni-trier\.de)\/pid\/([^?#\s]+?)(?:\.html|\.xml|\.bib)?\/?$/i);
  if (fromUrl) return fromUrl[1];
  return /^(?:[a-z]\/[\w-]+|\d+\/[\w-]+)$/i.test(value) ? value : null;
}

/** OpenReview profile ids look like "~First_Last1". */
export function isOpenReviewProfileId(raw: string): boolean {
  return /^~[^\s;]+\d+$/.test(raw.trim());
}

const EMAIL = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

export function isEmail(raw: string): boolean {
  return EMAIL.test(raw.trim());
}

/**
 * Every address in a cell that may hold several ("a@x.org; b@y.org", "a@x.org, b@y.org"),
 * de-duplicated. Case is kept: folding keys is the identity step's job.
 */
export function splitEmails(raw: string | null | undefined): string[] {
  if (!raw) return [];
  const found = raw
    .split(/[\s,;]+/)
    .map((part) => part.replace(/^mailto:/i, '').replace(/^<|>$/g, ''))
    .filter(isEmail);
  return [...new Set(found)];
}
