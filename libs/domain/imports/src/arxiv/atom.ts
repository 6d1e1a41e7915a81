import { XMLParser, XMLValidator } from 'fast-xml-parser';
import {
  ImportFormatError,
  type ImportedAuthor,
  type ImportedPaper,
  type ImportSkip,
  type Link,
  type PaperIds,
  type ParseResult,
} from '../model.js';
import { canonicalVenue } from '../venues/index.js';
import { parseArxivId } from './arxiv-id.js';
import { arxivPublication } from './publication.js';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const REPEATED = new Set(['entry', 'author', 'link', 'category', 'affiliation']);

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep "1201.4869" and "0412498" as text, never numbers.
  parseTagValue: false,
  parseAttributeValue: false,
  // Numeric character references (&#233;) as well as the XML entities.
  htmlEntities: true,
  isArray: (name) => REPEATED.has(localName(name)),
});

/**
 * An arXiv API response (Atom 1.0) → one paper per entry. Reads both layouts
 * seen in the wild: 2016 (xmlns:arxiv declared on each arxiv:* element) and
 * 2025+ (namespaces on <feed>). The API's error feed (an entry titled "Error"
 * by "arXiv api core") yields no paper and one skip; an empty search yields
 * nothing at all. Anything that is not a well-formed Atom feed is refused.
 */
export function parseArxivAtom(text: string): ParseResult {
  const feed = readFeed(text);
  const records: ImportedPaper[] = [];
  const skipped: ImportSkip[] = [];
  const entries = children(feed, 'entry').filter(isNode);
  entries.forEach((entry, index) => {
    const outcome = readEntry(entry, index);
    if ('reason' in outcome) skipped.push(outcome);
    else records.push(outcome);
  });
  return { format: 'arxiv-atom', records, skipped, warnings: pagingWarnings(feed, entries.length) };
}

function readFeed(text: string): XmlNode {
  const body = text.replace(/^\uFEFF/, '');
  if (!body.trim()) throw new ImportFormatError('the file is empty; expected an arXiv API Atom feed');
  if (!body.trimStart().startsWith('<')) throw new ImportFormatError('not XML, so not an arXiv API Atom feed', 1);
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { msg, line } = valid.err;
    if (/^Unclosed tag|^Invalid '\[/.test(msg)) {
      throw new ImportFormatError('the arXiv feed ends early: an element is never closed (truncated download?)', body.split('\n').length);
    }
    throw new ImportFormatError(`malformed XML in the arXiv feed: ${msg}`, line);
  }
  let document: XmlNode;
  try {
    document = parser.parse(body) as XmlNode;
  } catch (error) {
    // fast-xml-parser refuses what an API feed never holds, e.g. external entities in a DOCTYPE.
    throw new ImportFormatError(`the arXiv feed could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const feed = document['feed'];
  const rootName = Object.keys(document).find((key) => !key.startsWith('?') && !key.startsWith('#'));
  if (!isNode(feed) || feed['@_xmlns'] !== ATOM_NS) {
    throw new ImportFormatError(
      `not an Atom feed (the document's root is <${rootName ?? '?'}>${rootName === 'feed' ? ' outside the Atom namespace' : ''})`,
    );
  }
  return feed;
}

function readEntry(entry: XmlNode, index: number): ImportedPaper | ImportSkip {
  const rawId = text(child(entry, 'id'));
  const arxiv = parseArxivId(rawId);
  const sourceRef = arxiv ? `entry ${index + 1} (arXiv:${arxiv.id}${arxiv.version ?? ''})` : `entry ${index + 1}`;
  const title = collapse(text(child(entry, 'title')));
  const authors = children(entry, 'author')
    .filter(isNode)
    .map(readAuthor)
    .filter((a): a is ImportedAuthor => a !== null);

  if (isApiError(rawId, title, authors)) {
    const summary = collapse(text(child(entry, 'summary')));
    return { sourceRef, reason: `arXiv API error: ${summary || 'no details given'}` };
  }
  if (!arxiv) return { sourceRef, reason: rawId ? `not an arXiv paper (id "${rawId}")` : 'the entry has no id' };
  if (!title) return { sourceRef, reason: 'the entry has no title' };
  if (authors.length === 0) return { sourceRef, reason: 'the entry names no authors' };

  const published = text(child(entry, 'published')) ?? text(child(entry, 'updated'));
  const year = published && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : null;
  const publication = arxivPublication(
    collapse(text(child(entry, 'journal_ref'))) || null,
    collapse(text(child(entry, 'comment'))) || null,
  );

  const ids: PaperIds = { arxiv: arxiv.id };
  const doi = collapse(text(child(entry, 'doi')));
  if (doi) ids.doi = doi;
  return {
    kind: 'paper',
    sourceRef,
    title,
    venue: publication?.venue ?? canonicalVenue('arXiv') ?? 'arXiv',
    year,
    acceptance: publication?.acceptance ?? 'preprint',
    authors,
    authorsTruncated: false,
    ids,
    links: readLinks(entry),
  };
}

/** The API reports bad requests as a feed with one entry titled "Error" by "arXiv api core". */
function isApiError(rawId: string | null, title: string, authors: ImportedAuthor[]): boolean {
  return /\/api\/errors/.test(rawId ?? '') || (title === 'Error' && authors.some((a) => /^arxiv api core$/i.test(a.name)));
}

function readAuthor(node: XmlNode): ImportedAuthor | null {
  const name = collapse(text(child(node, 'name')));
  if (!name) return null;
  const affiliations = children(node, 'affiliation')
    .map((a) => collapse(text(a)))
    .filter(Boolean);
  return { name, ids: {}, affiliations };
}

function readLinks(entry: XmlNode): Link[] {
  const links: Link[] = [];
  for (const link of children(entry, 'link').filter(isNode)) {
    const url = attr(link, 'href');
    if (!url || links.some((l) => l.url === url)) continue;
    const rel = attr(link, 'rel');
    const title = attr(link, 'title');
    if (title === 'pdf' || attr(link, 'type') === 'application/pdf') links.push({ url, kind: 'pdf' });
    else if (rel === 'alternate') links.push({ url, kind: 'page' });
    else links.push({ url, kind: 'other' });
  }
  return links;
}

/** A feed that holds one page of a larger result says so, so nobody takes 10 papers for the whole list. */
function pagingWarnings(feed: XmlNode, entries: number): string[] {
  const total = Number(text(child(feed, 'totalResults')));
  const start = Number(text(child(feed, 'startIndex')) ?? 0) || 0;
  if (!Number.isFinite(total) || total <= start + entries) return [];
  return [`this feed holds results ${start + 1}–${start + entries} of ${total}; import the other pages to get the rest`];
}

// --- XML helpers: elements by local name, whichever prefix the feed binds ---

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function children(node: XmlNode, name: string): unknown[] {
  const out: unknown[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith('@_') || localName(key) !== name) continue;
    if (Array.isArray(value)) out.push(...value);
    else out.push(value);
  }
  return out;
}

function child(node: XmlNode, name: string): unknown {
  return children(node, name)[0];
}

function text(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return null;
}

function attr(node: XmlNode, name: string): string | null {
  const value = node[`@_${name}`];
  return typeof value === 'string' ? value : null;
}

function collapse(value: string | null): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}
