import { parse as parseYaml, YAMLParseError } from 'yaml';
import { arxivIdFromUrl, arxivIdIn, httpUrls, normaliseDoi } from '../bibtex/identifiers.js';
import { latexToText, readBibtex } from '../bibtex/read.js';
import { ImportFormatError, type ImportedAuthor, type ImportedReimplementation, type Link, type PaperIds, type ParseResult } from '../model.js';
import { frameworkFromKeywords, normaliseRepoUrl, normaliseSwhid, swhArchiveUrl } from './code-links.js';
import { originalTitleFromReplication, replicationVerdict } from './replication-title.js';
import { addLink, articleLabel } from './rescience-bibtex.js';

/**
 * ReScience C article metadata (the journal's metadata.yaml): one report, its
 * authors with ORCID, email and affiliation codes, its code, and the paper it
 * replicates. Sections such as `code:` are lists of one-key maps
 * (`- url: …`, `- doi: …`), read here as one map.
 */

type Yaml = Record<string, unknown>;

const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CONTACT_MARK = '*';

function isMap(value: unknown): value is Yaml {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A scalar as trimmed text ('' for null, lists and maps). */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

/** `[{url: a}, {doi: b}]` or `{url: a, doi: b}` → `{url: a, doi: b}`. */
function section(value: unknown): Yaml {
  if (isMap(value)) return value;
  if (Array.isArray(value)) return Object.assign({}, ...value.filter(isMap));
  return {};
}

const OPENS_QUOTED_VALUE = /^[A-Za-z_][\w-]*:[ \t]*"(.*)$/;
const UNESCAPED_QUOTE = /(?:^|[^\\])(?:\\\\)*"/;

/**
 * ReScience's template asks for the abstract in double quotes, and authors paste
 * paragraphs starting at column 0. PyYAML, which the journal's tooling uses,
 * accepts that; the YAML spec (and the `yaml` package) wants continuation lines
 * indented. Indents them; returns the line of the first one repaired, or null.
 */
export function indentQuotedContinuations(source: string): { text: string; firstLine: number | null } {
  const lines = source.split('\n');
  let open = false;
  let firstLine: number | null = null;
  lines.forEach((line, index) => {
    if (!open) {
      const start = OPENS_QUOTED_VALUE.exec(line);
      open = Boolean(start && !UNESCAPED_QUOTE.test(start[1]));
      return;
    }
    if (/^\S/.test(line)) {
      lines[index] = `  ${line}`;
      firstLine ??= index + 1;
    }
    if (UNESCAPED_QUOTE.test(line)) open = false;
  });
  return { text: lines.join('\n'), firstLine };
}

function yamlError(error: YAMLParseError): ImportFormatError {
  const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return new ImportFormatError(`not valid YAML: ${message}`, error.linePos?.[0].line);
}

function readYaml(source: string, warnings: string[]): Yaml {
  let document: unknown;
  try {
    document = parseYaml(source);
  } catch (error) {
    // An alias with no anchor (`*x`) or too many aliases is a ReferenceError, not a parse error: still a bad file
    // (the API fuzzer found it answering 500).
    if (!(error instanceof YAMLParseError)) throw new ImportFormatError(`not valid YAML: ${(error as Error).message}`);
    const repaired = indentQuotedContinuations(source);
    if (repaired.firstLine === null) throw yamlError(error);
    try {
      document = parseYaml(repaired.text);
    } catch {
      throw yamlError(error);
    }
    warnings.push(`line ${repaired.firstLine}: quoted value continues unindented (accepted as PyYAML does)`);
  }
  if (!isMap(document) || !text(document.title) || !Array.isArray(document.authors)) {
    throw new ImportFormatError('not ReScience metadata: expected a title and a list of authors');
  }
  return document;
}

function affiliationNames(document: Yaml): Map<string, string> {
  const names = new Map<string, string>();
  for (const affiliation of Array.isArray(document.affiliations) ? document.affiliations.filter(isMap) : []) {
    const code = text(affiliation.code);
    const name = text(affiliation.name);
    if (code && name) names.set(code, name);
  }
  return names;
}

interface ReadAuthors {
  authors: ImportedAuthor[];
  contacts: string[];
  warnings: string[];
}

function readAuthors(document: Yaml): ReadAuthors {
  const names = affiliationNames(document);
  const result: ReadAuthors = { authors: [], contacts: [], warnings: [] };
  for (const entry of (document.authors as unknown[]).filter(isMap)) {
    const name = latexToText(text(entry.name));
    if (!name) continue;
    const codes = text(entry.affiliations)
      .split(',')
      .map((code) => code.trim())
      .filter(Boolean);
    const affiliations: string[] = [];
    for (const code of codes.filter((code) => code !== CONTACT_MARK)) {
      const affiliation = names.get(code);
      if (affiliation) affiliations.push(affiliation);
      else result.warnings.push(`author ${name}: affiliation code "${code}" is not listed`);
    }
    const orcid = text(entry.orcid).replace(/^https?:\/\/orcid\.org\//i, '');
    const email = text(entry.email);
    result.authors.push({
      name,
      ids: { ...(ORCID.test(orcid) && { orcid }), ...(EMAIL.test(email) && { emails: [email] }) },
      affiliations,
    });
    if (codes.includes(CONTACT_MARK)) result.contacts.push(name);
  }
  return result;
}

/**
 * The replicated paper's title from `replication.cite`, which authors fill with
 * whatever they had: BibTeX fields without the `@type{` ("chen2020end, title={…}, …")
 * or an APA reference ("Luo, D., … (2020). Parameterized explainer for graph neural network. arXiv …").
 */
export function titleFromCitation(cite: string): string | null {
  if (/\btitle\s*=\s*[{"]/i.test(cite)) {
    try {
      const bib = /^\s*@/.test(cite) ? cite : `@misc{${cite}}`;
      const title = readBibtex(bib).entries[0]?.fields.title;
      if (title) return title;
    } catch (error) {
      if (!(error instanceof ImportFormatError)) throw error;
    }
  }
  const apa = /\(\d{4}[a-z]?\)\.\s+(.+?[^A-Z])[.?!]\s/.exec(cite);
  if (apa) return apa[1].trim();
  const quoted = /[“"](.{8,}?)[,.]?[”"]/.exec(cite);
  return quoted ? quoted[1].trim() : null;
}

function replicatedPaper(document: Yaml): ImportedReimplementation['paper'] {
  const replication = section(document.replication);
  const cite = text(replication.cite);
  const url = httpUrls(text(replication.url))[0] ?? null;
  const doi = normaliseDoi(text(replication.doi)) ?? normaliseDoi(url);
  const arxiv = arxivIdFromUrl(url) ?? (/arxiv/i.test(cite) ? arxivIdIn(cite.slice(cite.search(/arxiv/i))) : null);
  const ids: PaperIds = { ...(arxiv && { arxiv }), ...(doi && { doi }) };
  const title = (cite && titleFromCitation(cite)) || originalTitleFromReplication(latexToText(text(document.title)));
  return { title, ids, url };
}

function yearOf(document: Yaml): number | null {
  const dates = section(document.dates);
  for (const key of ['published', 'accepted', 'received']) {
    const year = /\b(19|20)\d\d\b/.exec(text(dates[key]))?.[0];
    if (year) return Number(year);
  }
  return null;
}

function linksOf(article: Yaml, code: Yaml, document: Yaml, swhid: string | null): Link[] {
  const links: Link[] = [];
  for (const url of httpUrls(text(article.url))) addLink(links, url, 'page');
  const articleDoi = normaliseDoi(text(article.doi));
  if (articleDoi) addLink(links, `https://doi.org/${articleDoi}`, 'page');
  for (const url of httpUrls(text(section(document.review).url))) addLink(links, url, 'review');
  const codeDoi = normaliseDoi(text(code.doi));
  if (codeDoi) addLink(links, `https://doi.org/${codeDoi}`, 'code');
  if (swhid) addLink(links, swhArchiveUrl(swhid), 'code');
  for (const url of httpUrls(text(section(document.data).url))) addLink(links, url, 'other');
  return links;
}

/**
 * The re-implementation one ReScience C metadata.yaml describes. Throws
 * ImportFormatError when the text is not YAML or not ReScience metadata; an
 * editorial, or a report without a usable code URL or authors, is skipped.
 */
export function parseRescienceYaml(source: string): ParseResult {
  const warnings: string[] = [];
  const document = readYaml(source, warnings);
  const title = latexToText(text(document.title));
  const article = section(document.article);
  const code = section(document.code);
  const articleDoi = normaliseDoi(text(article.doi));
  const sourceRef = articleDoi ?? 'metadata';
  const result: ParseResult = { format: 'rescience-yaml', records: [], skipped: [], warnings };

  const type = text(document.type);
  const codeUrl = text(code.url);
  const repoUrl = normaliseRepoUrl(codeUrl);
  const { authors, contacts, warnings: authorWarnings } = readAuthors(document);
  warnings.push(...authorWarnings);

  let reason: string | null = null;
  if (type && !/replication/i.test(type)) reason = `${type.toLowerCase()}, not a replication`;
  else if (!authors.length) reason = 'no authors';
  else if (!codeUrl) reason = 'no code url';
  else if (!repoUrl) reason = `code url "${codeUrl}" is not a repository URL`;
  if (reason || !repoUrl) {
    result.skipped.push({ sourceRef, reason: `article ${sourceRef}: ${reason}` });
    return result;
  }

  const journal = section(document.journal);
  const swhid = normaliseSwhid(text(code.swh));
  const notes = [
    articleLabel({ journal: text(journal.name), volume: text(journal.volume), issue: text(journal.issue), number: text(article.number) && `#${text(article.number)}`, title }),
    contacts.length ? `contact author: ${contacts.join(', ')}` : '',
    codeUrl !== repoUrl ? `code url normalised from "${codeUrl}"` : '',
    swhid ? `Software Heritage ${swhid}` : text(code.swh) ? `unreadable code swh "${text(code.swh)}"` : '',
  ];
  result.records.push({
    kind: 'reimplementation',
    sourceRef,
    repoUrl,
    paper: replicatedPaper(document),
    official: false,
    reproduced: replicationVerdict(title),
    framework: frameworkFromKeywords(text(document.keywords)),
    authors,
    year: yearOf(document),
    links: linksOf(article, code, document, swhid),
    notes: notes.filter(Boolean).join('; ') || null,
  });
  return result;
}
