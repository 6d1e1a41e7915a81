import type { ImportFormat } from '../model.js';
import { isObject } from './read-json.js';

/** How far into a file the sniffers look; every format shows itself in its first records. */
const SNIFF_CHARS = 64 * 1024;

/**
 * Which parser reads this file, judged by its content; the file extension only
 * breaks ties (a one-column CSV, a YAML file with only `authors:`). Null when
 * nothing fits. A detected file may still be refused by its parser: a CSV
 * without a name or email column is candidates-csv, so that its parser can
 * say what is missing.
 */
export function detectFormat(fileName: string | null, text: string): ImportFormat | null {
  const body = text.replace(/^\uFEFF/, '').trimStart();
  const head = body.slice(0, SNIFF_CHARS);
  const extension = extensionOf(fileName);
  if (!head) return null;
  switch (head[0]) {
    case '<':
      return sniffXml(head);
    case '{':
    case '[':
      return sniffJson(body, head);
    default:
      return sniffBibtex(head) ?? sniffYaml(head, extension) ?? sniffCsv(head, extension);
  }
}

function extensionOf(fileName: string | null): string {
  const match = fileName?.toLowerCase().match(/\.([a-z0-9]+)$/);
  return match ? match[1] : '';
}

function sniffXml(head: string): ImportFormat | null {
  const isAtomFeed = /<feed\b[^>]*xmlns\s*=\s*["']http:\/\/www\.w3\.org\/2005\/Atom["']/.test(head);
  const isArxiv = head.includes('http://arxiv.org/schemas/atom') || /https?:\/\/(?:export\.)?arxiv\.org\/(?:api|abs)\b/.test(head);
  return isAtomFeed && isArxiv ? 'arxiv-atom' : null;
}

function sniffJson(body: string, head: string): ImportFormat | null {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    // Cut off or broken: judge by the keys in the first records, so the parser
    // can then say "truncated" instead of the import saying "unknown format".
    return sniffJsonKeys(head);
  }
  const first = Array.isArray(value) ? value.find(isObject) : value;
  if (!isObject(first)) return null;
  if (Array.isArray(value)) {
    if ('repo_url' in first && 'paper_url' in first) return 'pwc-links';
    if ('title' in first && ('status' in first || 'author' in first)) return 'paperlists-json';
    if ('paperId' in first) return 'semantic-scholar';
    return null;
  }
  if ('authorId' in first && ('papers' in first || 'name' in first)) return 'semantic-scholar';
  if (Array.isArray(first['data']) && isObject(first['data'][0]) && 'paperId' in first['data'][0]) return 'semantic-scholar';
  if (typeof first['id'] === 'string' && /^https:\/\/openalex\.org\/A\d+$/i.test(first['id'])) return 'openalex';
  if (Array.isArray(first['results']) && isObject(first['results'][0]) && /openalex\.org\/A\d+/i.test(String(first['results'][0]['id']))) {
    return 'openalex';
  }
  return null;
}

function sniffJsonKeys(head: string): ImportFormat | null {
  const has = (key: string) => head.includes(`"${key}"`);
  if (has('repo_url') && has('paper_url')) return 'pwc-links';
  if (has('authorId') && (has('papers') || has('paperId'))) return 'semantic-scholar';
  if (/"id"\s*:\s*"https:\/\/openalex\.org\/A\d+"/.test(head)) return 'openalex';
  if (has('title') && has('status') && has('author')) return 'paperlists-json';
  return null;
}

function sniffBibtex(head: string): ImportFormat | null {
  if (!/^[ \t]*@[ \t]*[a-z]+[ \t]*[{(]/im.test(head)) return null;
  // ReScience/MLRC lists carry the code of each replication.
  return /^[ \t]*code_url[ \t]*=/im.test(head) ? 'rescience-bibtex' : 'bibtex';
}

function sniffYaml(head: string, extension: string): ImportFormat | null {
  const replication = /^replication[ \t]*:/m.test(head);
  const authors = /^authors[ \t]*:/m.test(head);
  if (replication || (authors && (extension === 'yaml' || extension === 'yml' || /^title[ \t]*:/m.test(head)))) return 'rescience-yaml';
  return null;
}

function sniffCsv(head: string, extension: string): ImportFormat | null {
  const headerLine = head.slice(0, head.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].find((d) => headerLine.includes(d));
  const isCsvFile = extension === 'csv' || extension === 'tsv';
  if (!delimiter && !isCsvFile) return null;
  const headers = headerLine.split(delimiter ?? ',').map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase());
  // A header names columns: short cells, not sentences (a prose file with a comma is not a CSV).
  if (!isCsvFile && headers.some((h) => h.length > 64 || h.split(/\s+/).length > 5)) return null;
  if (headers.includes('decision') && headers.includes('ratings')) return 'openreview-csv';
  return 'candidates-csv';
}
