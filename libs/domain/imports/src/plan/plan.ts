import {
  foldAccents,
  groupPeople,
  nameKeys,
  normalizeNameText,
  parsePersonName,
  strongKeys,
  type PersonIdentity,
  type StrongKeys,
} from '@loopboard/domain-identity';
import type { ImportedAuthor, ImportedPaper, ImportedReimplementation, ImportFormat, ImportSkip, ParseResult } from '../model.js';

/** The channel a candidate created by this import is credited to. */
export type ImportChannel = 'paper' | 'reimplementation' | 'other';

export interface PaperEvidence {
  /** Index into ImportPlan.papers. */
  paper: number;
  sourceRef: string;
  title: string;
  year: number | null;
  venue: string | null;
  /** 1-based author position. */
  position: number;
  firstAuthor: boolean;
}

export interface ReimplementationEvidence {
  /** Index into ImportPlan.reimplementations. */
  reimplementation: number;
  sourceRef: string;
  repoUrl: string;
}

export interface PlannedPerson {
  /** Stable for the same file: the first strong key ("orcid:0000-…"), else "name:<name key>", made unique with "#n". */
  key: string;
  displayName: string;
  givenName: string;
  familyName: string;
  nameKey: string;
  initialsKey: string;
  /** Every spelling the file used for this person. */
  spellings: string[];
  ids: StrongKeys;
  affiliations: string[];
  papers: PaperEvidence[];
  reimplementations: ReimplementationEvidence[];
  /** Source refs of profile records and candidate rows that describe this person. */
  records: string[];
  firstAuthor: boolean;
  /** Keys of other people in this file with the same name key or initials: for a person to review, never merged. */
  possibleDuplicates: string[];
  location: string | null;
  tags: string[];
  notes: string | null;
}

export interface PlannedPaper {
  sourceRef: string;
  paper: ImportedPaper;
  /** For each author position, the key of the planned person, or null when that author was skipped. */
  authorKeys: (string | null)[];
}

export interface PlannedReimplementation {
  sourceRef: string;
  reimplementation: ImportedReimplementation;
  authorKeys: string[];
}

export interface ImportPlan {
  format: ImportFormat;
  channel: ImportChannel;
  people: PlannedPerson[];
  papers: PlannedPaper[];
  reimplementations: PlannedReimplementation[];
  skipped: ImportSkip[];
  warnings: string[];
}

interface Occurrence {
  author: ImportedAuthor;
  /** Text after normalisation ("" when unusable). */
  display: string;
  paper?: { index: number; position: number };
  reimplementation?: number;
  record?: string;
  extra?: { location: string | null; tags: string[]; notes: string | null };
}

const CHANNEL: Record<ImportFormat, ImportChannel> = {
  'arxiv-atom': 'paper',
  bibtex: 'paper',
  'rescience-bibtex': 'reimplementation',
  'rescience-yaml': 'reimplementation',
  'paperlists-json': 'paper',
  'openreview-csv': 'paper',
  'pwc-links': 'reimplementation',
  'semantic-scholar': 'paper',
  openalex: 'paper',
  'candidates-csv': 'other',
};

// Placeholders some sources print where a name would be (double-blind lists, "and others").
const PLACEHOLDER_NAME = /^(anonymous|anon\.?|others|et al\.?|n\/?a|unknown|none|null|-+)$/iu;

function identityOf(author: ImportedAuthor, display: string): PersonIdentity {
  return {
    name: display,
    emails: author.ids.emails ?? [],
    orcid: author.ids.orcid ?? null,
    dblpPid: author.ids.dblpPid ?? null,
    semanticScholarId: author.ids.semanticScholarId ?? null,
    openReviewId: author.ids.openReviewId ?? null,
    githubLogin: author.ids.githubLogin ?? null,
    openAlexId: author.ids.openAlexId ?? null,
  };
}

function usableName(raw: string): string {
  const display = parsePersonName(raw).display.trim();
  if (!display || PLACEHOLDER_NAME.test(display)) return '';
  return nameKeys(display).exact ? display : '';
}

function firstStrongKey(keys: StrongKeys): string | null {
  if (keys.orcid) return `orcid:${keys.orcid}`;
  if (keys.dblpPid) return `dblpPid:${keys.dblpPid}`;
  if (keys.semanticScholarId) return `semanticScholarId:${keys.semanticScholarId}`;
  if (keys.openReviewId) return `openReviewId:${keys.openReviewId}`;
  if (keys.openAlexId) return `openAlexId:${keys.openAlexId}`;
  if (keys.githubLogin) return `githubLogin:${keys.githubLogin}`;
  if (keys.emails[0]) return `email:${keys.emails[0]}`;
  return null;
}

function hasStrongKey(keys: StrongKeys): boolean {
  return firstStrongKey(keys) !== null;
}

/** At most this many similar names in the file are listed per person. */
const MAX_SIMILAR_IN_FILE = 20;

function pushUnique(list: string[], value: string): void {
  if (value && !list.includes(value)) list.push(value);
}

/**
 * Turns a parsed file into the people it names and their evidence, without a
 * database: the preview and the commit both start here, so re-planning the same
 * file gives the same people with the same keys.
 *
 * Occurrences sharing a strong key are one person. Within one file, the same
 * full name (equal name keys) with no conflicting strong key is one person too:
 * a feed spells its own authors consistently. Looser matches (initials) are
 * only listed as possible duplicates.
 */
export function planImport(parsed: ParseResult): ImportPlan {
  const skipped: ImportSkip[] = [...parsed.skipped];
  const warnings = [...parsed.warnings];
  const occurrences: Occurrence[] = [];
  const papers: PlannedPaper[] = [];
  const reimplementations: PlannedReimplementation[] = [];
  const paperSlots: { paper: number; position: number; occurrence: number }[] = [];
  const reimplSlots: { reimplementation: number; occurrence: number }[] = [];

  const addOccurrence = (author: ImportedAuthor, where: string, occurrence: Omit<Occurrence, 'author' | 'display'>): number | null => {
    const display = usableName(author.name);
    if (!display && !hasStrongKey(strongKeys(identityOf(author, '')))) {
      skipped.push({
        sourceRef: where,
        reason: author.name.trim() ? `"${author.name.trim()}" is not a usable name and has no id` : 'a person with no name and no id',
      });
      return null;
    }
    occurrences.push({ author, display, ...occurrence });
    return occurrences.length - 1;
  };

  const addPaper = (paper: ImportedPaper, profileAuthor?: ImportedAuthor): void => {
    if (!paper.title.trim()) {
      skipped.push({ sourceRef: paper.sourceRef, reason: 'paper without a title' });
      return;
    }
    const index = papers.length;
    papers.push({ sourceRef: paper.sourceRef, paper, authorKeys: paper.authors.map(() => null) });
    const profileKeys = profileAuthor ? nameKeys(profileAuthor.name) : null;
    paper.authors.forEach((author, i) => {
      // A profile's own papers name the profile's person: give that author slot the profile's ids.
      const keys = profileKeys ? nameKeys(author.name) : null;
      const isProfilePerson =
        profileAuthor &&
        keys &&
        profileKeys &&
        ((keys.exact && keys.exact === profileKeys.exact) || (keys.initials && keys.initials === profileKeys.initials));
      const merged = isProfilePerson ? { ...author, ids: { ...profileAuthor.ids, ...author.ids } } : author;
      const occ = addOccurrence(merged, `${paper.sourceRef} (author ${i + 1})`, { paper: { index, position: i + 1 } });
      if (occ !== null) paperSlots.push({ paper: index, position: i + 1, occurrence: occ });
    });
  };

  for (const record of parsed.records) {
    switch (record.kind) {
      case 'paper':
        addPaper(record);
        break;
      case 'reimplementation': {
        const index = reimplementations.length;
        reimplementations.push({ sourceRef: record.sourceRef, reimplementation: record, authorKeys: [] });
        record.authors.forEach((author, i) => {
          const occ = addOccurrence(author, `${record.sourceRef} (author ${i + 1})`, { reimplementation: index });
          if (occ !== null) reimplSlots.push({ reimplementation: index, occurrence: occ });
        });
        break;
      }
      case 'profile':
        addOccurrence(record.person, record.sourceRef, { record: record.sourceRef });
        for (const paper of record.papers) addPaper(paper, record.person);
        break;
      case 'candidate':
        addOccurrence(record.person, record.sourceRef, {
          record: record.sourceRef,
          extra: { location: record.location, tags: record.tags, notes: record.notes },
        });
        break;
    }
  }

  const grouping = groupPeople(occurrences.map((o) => identityOf(o.author, o.display)));
  // Strong-key clusters, then same full name within the file (never across conflicting strong keys).
  const clusterPerson: number[] = grouping.clusters.map((_, i) => i);
  const clusterKeys = grouping.clusters.map((c) => c.keys);
  for (const suggestion of grouping.suggestions) {
    if (suggestion.confidence !== 'exact') continue;
    const [first, ...rest] = suggestion.clusters;
    if (first === undefined) continue;
    for (const other of rest) {
      const root = findRoot(clusterPerson, first);
      const otherRoot = findRoot(clusterPerson, other);
      if (root === otherRoot || !compatible(clusterKeys[root]!, clusterKeys[otherRoot]!)) continue;
      clusterPerson[otherRoot] = root;
      clusterKeys[root] = {
        ...clusterKeys[otherRoot],
        ...clusterKeys[root],
        emails: [...clusterKeys[root]!.emails, ...clusterKeys[otherRoot]!.emails],
      };
    }
  }
  for (const conflict of grouping.conflicts) {
    warnings.push(`Two people share a strong key but hold different ${conflict.kind} values (${conflict.values.join(' vs ')}): kept apart`);
  }

  const personOfRoot = new Map<number, number>();
  const personOfOccurrence: number[] = [];
  const people: PlannedPerson[] = [];
  const builders: Occurrence[][] = [];
  occurrences.forEach((occ, i) => {
    const root = findRoot(clusterPerson, grouping.clusterOf[i]!);
    let person = personOfRoot.get(root);
    if (person === undefined) {
      person = builders.length;
      personOfRoot.set(root, person);
      builders.push([]);
    }
    builders[person]!.push(occ);
    personOfOccurrence.push(person);
  });

  const usedKeys = new Set<string>();
  for (const members of builders) {
    const ids = strongKeys({ name: '' });
    const identity = members.map((m) => strongKeys(identityOf(m.author, m.display)));
    for (const k of identity) {
      for (const email of k.emails) pushUnique(ids.emails, email);
      for (const kind of ['orcid', 'dblpPid', 'semanticScholarId', 'openReviewId', 'githubLogin', 'openAlexId'] as const) {
        if (!ids[kind] && k[kind]) ids[kind] = k[kind];
      }
    }
    // The longest spelling is usually the fullest ("Adrian Del Maestro" over "A. Del Maestro").
    const named = members.filter((m) => m.display).map((m) => m.display);
    const best = named.reduce((a, b) => (b.length > a.length ? b : a), '') || firstStrongKey(ids)!.split(':').slice(1).join(':');
    const parsed = parsePersonName(best);
    const keys = nameKeys(best);
    const baseKey = firstStrongKey(ids) ?? `name:${keys.exact}`;
    let key = baseKey;
    for (let n = 2; usedKeys.has(key); n++) key = `${baseKey}#${n}`;
    usedKeys.add(key);
    const spellings: string[] = [];
    const affiliations: string[] = [];
    const records: string[] = [];
    const tags: string[] = [];
    let location: string | null = null;
    let notes: string | null = null;
    for (const m of members) {
      pushUnique(spellings, m.author.name.trim());
      for (const a of m.author.affiliations) pushUnique(affiliations, a.trim());
      if (m.record) pushUnique(records, m.record);
      if (m.extra) {
        location ??= m.extra.location;
        notes ??= m.extra.notes;
        for (const t of m.extra.tags) pushUnique(tags, t);
      }
    }
    people.push({
      key,
      displayName: parsed.display || best,
      givenName: parsed.given,
      familyName: [parsed.family, parsed.suffix].filter(Boolean).join(' ') || best,
      nameKey: keys.exact,
      initialsKey: keys.initials,
      spellings,
      ids,
      affiliations,
      papers: [],
      reimplementations: [],
      records,
      firstAuthor: false,
      possibleDuplicates: [],
      location,
      tags,
      notes,
    });
  }

  for (const slot of paperSlots) {
    const person = people[personOfOccurrence[slot.occurrence]!]!;
    const planned = papers[slot.paper]!;
    planned.authorKeys[slot.position - 1] = person.key;
    if (person.papers.some((p) => p.paper === slot.paper)) continue;
    person.papers.push({
      paper: slot.paper,
      sourceRef: planned.sourceRef,
      title: planned.paper.title,
      year: planned.paper.year,
      venue: planned.paper.venue,
      position: slot.position,
      firstAuthor: slot.position === 1,
    });
    if (slot.position === 1) person.firstAuthor = true;
  }
  for (const slot of reimplSlots) {
    const person = people[personOfOccurrence[slot.occurrence]!]!;
    const planned = reimplementations[slot.reimplementation]!;
    if (planned.authorKeys.includes(person.key)) continue;
    planned.authorKeys.push(person.key);
    person.reimplementations.push({
      reimplementation: slot.reimplementation,
      sourceRef: planned.sourceRef,
      repoUrl: planned.reimplementation.repoUrl,
    });
  }

  // Looser name matches between the people that stayed apart.
  const byName = new Map<string, number[]>();
  people.forEach((p, i) => {
    for (const k of new Set([p.nameKey.includes(' ') ? `e:${p.nameKey}` : '', p.initialsKey ? `i:${p.initialsKey}` : ''])) {
      if (!k) continue;
      const list = byName.get(k) ?? [];
      list.push(i);
      byName.set(k, list);
    }
  });
  // Listed for review only, so a few are enough: a common initials key ("J. Wang") can gather thousands.
  const similar = people.map((p) => new Set(p.possibleDuplicates));
  for (const list of byName.values()) {
    for (const i of list) {
      const mine = similar[i]!;
      for (const j of list) {
        if (mine.size >= MAX_SIMILAR_IN_FILE) break;
        if (i !== j) mine.add(people[j]!.key);
      }
    }
  }
  people.forEach((p, i) => (p.possibleDuplicates = [...similar[i]!]));

  return { format: parsed.format, channel: CHANNEL[parsed.format], people, papers, reimplementations, skipped, warnings };
}

function findRoot(parent: number[], i: number): number {
  let r = i;
  while (parent[r] !== r) r = parent[r]!;
  parent[i] = r;
  return r;
}

type ClusterKeys = { emails: string[] } & Partial<
  Record<'orcid' | 'dblpPid' | 'semanticScholarId' | 'openReviewId' | 'githubLogin' | 'openAlexId', string>
>;

function compatible(a: ClusterKeys, b: ClusterKeys): boolean {
  for (const kind of ['orcid', 'dblpPid', 'semanticScholarId', 'openReviewId', 'githubLogin', 'openAlexId'] as const) {
    if (a[kind] && b[kind] && a[kind] !== b[kind]) return false;
  }
  return true;
}

/** A person selected by a commit's `select`. */
export function selectPeople(
  plan: ImportPlan,
  select: 'all' | 'first-authors' | 'selected',
  personKeys: readonly string[] = [],
): Set<string> {
  if (select === 'all') return new Set(plan.people.map((p) => p.key));
  if (select === 'first-authors') return new Set(plan.people.filter((p) => p.firstAuthor).map((p) => p.key));
  return new Set(personKeys.filter((k) => plan.people.some((p) => p.key === k)));
}

/** Key to find one paper imported from two sources: accent-free, lower-case words of the title. */
export function paperTitleKey(title: string): string {
  return foldAccents(normalizeNameText(title).toLowerCase())
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
