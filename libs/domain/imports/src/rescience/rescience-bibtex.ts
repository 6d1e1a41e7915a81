import { httpUrls, normaliseDoi } from '../bibtex/identifiers.js';
import { yearOf } from '../bibtex/parse-bibtex.js';
import { readBibtex, type BibEntry } from '../bibtex/read.js';
import { ImportFormatError, type ImportedReimplementation, type ImportSkip, type Link, type ParseOptions, type ParseResult } from '../model.js';
import { frameworkFromKeywords, normaliseRepoUrl, normaliseSwhid, swhArchiveUrl } from './code-links.js';
import { originalTitleFromReplication, replicationVerdict } from './replication-title.js';

function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/** Journal, volume(issue), article number and the report's own title: what names the report itself. */
export function articleLabel(parts: { journal?: string; volume?: string; issue?: string; number?: string; title?: string }): string {
  const issue = parts.issue ? `(${parts.issue})` : '';
  const where = [parts.journal, parts.volume ? `${parts.volume}${issue}` : '', parts.number].filter(Boolean).join(' ');
  return [where, parts.title ? `"${parts.title}"` : ''].filter(Boolean).join(' ');
}

export function addLink(links: Link[], url: string | null | undefined, kind: Link['kind']): void {
  if (url && !links.some((link) => link.url === url)) links.push({ url, kind });
}

function linksOf(entry: BibEntry, swhid: string | null): Link[] {
  const { url, doi, review_url: reviewUrl, code_doi: codeDoi, data_url: dataUrl } = entry.fields;
  const links: Link[] = [];
  for (const articleUrl of httpUrls(url)) addLink(links, articleUrl, 'page');
  const articleDoi = normaliseDoi(doi);
  if (articleDoi) addLink(links, doiUrl(articleDoi), 'page');
  for (const review of httpUrls(reviewUrl)) addLink(links, review, 'review');
  const softwareDoi = normaliseDoi(codeDoi);
  if (softwareDoi) addLink(links, doiUrl(softwareDoi), 'code');
  if (swhid) addLink(links, swhArchiveUrl(swhid), 'code');
  for (const data of httpUrls(dataUrl)) addLink(links, data, 'other');
  return links;
}

function whyNotAReplication(entry: BibEntry): string | null {
  const { type, title, code_url: codeUrl } = entry.fields;
  if (type && !/replication/i.test(type)) return `entry ${entry.ref}: ${type.toLowerCase()}, not a replication`;
  if (!title) return `entry ${entry.ref}: no title`;
  if (!entry.authors.length) return `entry ${entry.ref}: no authors`;
  if (!codeUrl) return `entry ${entry.ref}: no code_url`;
  if (!normaliseRepoUrl(codeUrl)) return `entry ${entry.ref}: code_url "${codeUrl}" is not a repository URL`;
  return null;
}

function toReimplementation(entry: BibEntry): ImportedReimplementation {
  const { title, code_url: codeUrl, code_swh: codeSwh, journal, volume, number, pages, keywords } = entry.fields;
  const repoUrl = normaliseRepoUrl(codeUrl) as string;
  const swhid = normaliseSwhid(codeSwh);
  const notes = [
    articleLabel({ journal, volume, issue: number, number: pages, title }),
    codeUrl.trim() !== repoUrl ? `code_url normalised from "${codeUrl.trim()}"` : '',
    swhid ? `Software Heritage ${swhid}` : codeSwh ? `unreadable code_swh "${codeSwh}"` : '',
  ];
  return {
    kind: 'reimplementation',
    sourceRef: entry.ref,
    repoUrl,
    paper: { title: originalTitleFromReplication(title), ids: {}, url: null },
    official: false,
    reproduced: replicationVerdict(title),
    framework: frameworkFromKeywords(keywords),
    authors: entry.authors.map((name) => ({ name, ids: {}, affiliations: [] })),
    year: yearOf(entry),
    links: linksOf(entry, swhid),
    notes: notes.filter(Boolean).join('; ') || null,
  };
}

function looksLikeRescience(entry: BibEntry): boolean {
  return Boolean(entry.fields.code_url || entry.fields.review_url || /rescience/i.test(entry.fields.journal ?? ''));
}

/**
 * Re-implementations listed in a ReScience / ML Reproducibility Challenge
 * article list (all_articles.bib, published.bib): one per replication article,
 * by the article's authors, for the repository in `code_url`. Editorials and
 * articles without a usable code URL are skipped with the reason.
 */
export function parseResearchReimplementationsBibtex(text: string, options: ParseOptions = {}): ParseResult {
  const { entries, skipped: unreadable, warnings } = readBibtex(text, options);
  if (entries.length && !entries.some(looksLikeRescience)) {
    throw new ImportFormatError('not a ReScience article list: no entry has a code_url, a review_url or the journal ReScience');
  }
  const records: ImportedReimplementation[] = [];
  const skipped: ImportSkip[] = [...unreadable];
  for (const entry of entries) {
    const reason = whyNotAReplication(entry);
    if (reason) skipped.push({ sourceRef: entry.ref, reason });
    else records.push(toReimplementation(entry));
  }
  return { format: 'rescience-bibtex', records, skipped, warnings };
}
