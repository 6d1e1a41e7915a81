import { unescapeVerbatim } from '../bibtex/identifiers.js';

const FORGES = /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)$/i;

/**
 * The https URL of a code repository, repaired where obviously broken: a
 * missing slash ("https:/github.com/…"), a missing scheme ("github.com/…"),
 * http on a forge that serves https; trailing ".git" and "/" dropped. Null when
 * empty or not a web URL.
 */
export function normaliseRepoUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let text = unescapeVerbatim(raw)
    .replace(/^(https?):\/*(?=[^/])/i, '$1://')
    .replace(/^(?=(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org)\/)/i, 'https://');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol) || !url.hostname.includes('.') || /\s/.test(text)) return null;
  if (FORGES.test(url.hostname)) url.protocol = 'https:';
  text = url.href;
  while (/(?:\/|\.git)$/i.test(text) && url.pathname !== '/') text = text.replace(/(?:\/|\.git)$/i, '');
  return text;
}

const SWHID = /^swh:1:(?:dir|rev|rel|snp|cnt):[0-9a-f]{40}(?:;[a-z_]+=[^;\s]+)*$/;

/**
 * A Software Heritage id, repaired where obviously broken: the missing "swh:"
 * ("1:dir:…") and a trailing ";". Null when it is not one.
 */
export function normaliseSwhid(raw: string | null | undefined): string | null {
  if (!raw) return null;
  const id = raw
    .trim()
    .replace(/;+$/, '')
    .replace(/^(?=1:(?:dir|rev|rel|snp|cnt):)/, 'swh:');
  return SWHID.test(id) ? id : null;
}

/** Where a Software Heritage id resolves in the archive. */
export function swhArchiveUrl(swhid: string): string {
  return `https://archive.softwareheritage.org/${swhid}`;
}

const FRAMEWORKS: [RegExp, string][] = [
  [/\bpytorch\b|\btorch\b/, 'pytorch'],
  [/\btensorflow\b/, 'tensorflow'],
  [/\bjax\b|\bflax\b/, 'jax'],
  [/\bkeras\b/, 'keras'],
  [/\bmxnet\b/, 'mxnet'],
];

/** The deep-learning framework named in a keyword list ("rescience c, python, pytorch"), if any. */
export function frameworkFromKeywords(keywords: string | null | undefined): string | null {
  if (!keywords) return null;
  const text = keywords.toLowerCase();
  return FRAMEWORKS.find(([pattern]) => pattern.test(text))?.[1] ?? null;
}
