import { ImportFormatError, type ImportedReimplementation, type ImportSkip, type Link, type PaperIds, type ParseResult } from '../model.js';
import { isObject, readJson, str } from '../detect/read-json.js';
import { normalizeRepoUrl } from './repo-url.js';

const WHAT = 'a Papers-with-Code links-between-papers-and-code JSON list';

/**
 * Papers with Code `links-between-papers-and-code.json`: one repository per
 * paper link. PwC names nobody who wrote the code, so `authors` stays empty and
 * these records only attach code to papers already known by arXiv id or title.
 */
export function parsePwcLinks(text: string): ParseResult {
  const data = readJson(text, WHAT);
  if (!Array.isArray(data)) throw new ImportFormatError(`expected ${WHAT} (a JSON array of links)`);
  if (data.length > 0 && !data.some((item) => isObject(item) && ('repo_url' in item || 'paper_url' in item))) {
    throw new ImportFormatError(`expected ${WHAT}: no element has "repo_url" or "paper_url"`);
  }
  const records: ImportedReimplementation[] = [];
  const skipped: ImportSkip[] = [];
  data.forEach((item, index) => {
    const sourceRef = `link ${index + 1}`;
    const outcome = isObject(item) ? readLink(item, sourceRef) : { reason: 'not a link object' };
    if ('reason' in outcome) skipped.push({ sourceRef, reason: outcome.reason });
    else records.push(outcome);
  });
  return { format: 'pwc-links', records, skipped, warnings: [] };
}

function readLink(item: Record<string, unknown>, sourceRef: string): ImportedReimplementation | { reason: string } {
  const rawRepo = str(item['repo_url']);
  if (!rawRepo) return { reason: 'no repository URL' };
  const repoUrl = normalizeRepoUrl(rawRepo);
  if (!repoUrl) return { reason: `repository URL is not a URL: "${rawRepo}"` };

  const ids: PaperIds = {};
  const arxiv = str(item['paper_arxiv_id']);
  if (arxiv) ids.arxiv = arxiv.replace(/v\d+$/, '');
  const abs = str(item['paper_url_abs']);
  const pdf = str(item['paper_url_pdf']);
  const pwcPage = str(item['paper_url']);

  const links: Link[] = [{ url: repoUrl, kind: 'code' }];
  if (abs) links.push({ url: abs, kind: 'page' });
  if (pdf) links.push({ url: pdf, kind: 'pdf' });
  if (pwcPage) links.push({ url: pwcPage, kind: 'other' });

  const framework = str(item['framework']);
  return {
    kind: 'reimplementation',
    sourceRef,
    repoUrl,
    paper: { title: str(item['paper_title']), ids, url: abs ?? pwcPage },
    official: item['is_official'] === true,
    reproduced: null,
    framework: framework && framework.toLowerCase() !== 'none' ? framework : null,
    authors: [],
    year: null,
    links,
    notes: mentionNote(item),
  };
}

/** Where PwC found the link, which is how it decided the code is the paper's own. */
function mentionNote(item: Record<string, unknown>): string | null {
  const places = [
    item['mentioned_in_paper'] === true ? 'the paper' : null,
    item['mentioned_in_github'] === true ? 'the repository README' : null,
  ].filter((place): place is string => place !== null);
  return places.length ? `link mentioned in ${places.join(' and ')}` : null;
}
