import {
  normalizeDblpPid,
  normalizeEmail,
  normalizeGithubLogin,
  normalizeOpenAlexId,
  normalizeOpenReviewId,
  normalizeOrcid,
  normalizeSemanticScholarId,
} from './ids.js';
import { nameKeys } from './name.js';

export const STRONG_KEY_KINDS = ['email', 'orcid', 'dblpPid', 'semanticScholarId', 'openReviewId', 'githubLogin', 'openAlexId'] as const;
export type StrongKeyKind = (typeof STRONG_KEY_KINDS)[number];

/**
 * Kinds a person has at most one of. Two different values of one of these
 * mean two different people, whatever else they share. A person has many
 * emails, so emails never conflict.
 */
export const SINGLE_VALUED_KINDS = ['orcid', 'dblpPid', 'semanticScholarId', 'openReviewId', 'githubLogin', 'openAlexId'] as const;
export type SingleValuedKind = (typeof SINGLE_VALUED_KINDS)[number];

/** A person as any source knows them; ids may be raw (URLs, odd case): they are normalised here. */
export interface PersonIdentity {
  name: string;
  emails?: readonly string[] | null;
  orcid?: string | null;
  dblpPid?: string | null;
  semanticScholarId?: string | null;
  openReviewId?: string | null;
  githubLogin?: string | null;
  openAlexId?: string | null;
}

export type PersonMatch = { kind: 'strong'; key: StrongKeyKind } | { kind: 'name'; confidence: 'exact' | 'initials' } | null;

/** Normalised strong keys; invalid values are dropped, as if absent. */
export interface StrongKeys {
  emails: string[];
  orcid: string | null;
  dblpPid: string | null;
  semanticScholarId: string | null;
  openReviewId: string | null;
  githubLogin: string | null;
  openAlexId: string | null;
}

export function strongKeys(person: PersonIdentity): StrongKeys {
  const emails = new Set<string>();
  for (const raw of person.emails ?? []) {
    const email = normalizeEmail(raw);
    if (email) emails.add(email);
  }
  return {
    emails: [...emails],
    orcid: normalizeOrcid(person.orcid),
    dblpPid: normalizeDblpPid(person.dblpPid),
    semanticScholarId: normalizeSemanticScholarId(person.semanticScholarId),
    openReviewId: normalizeOpenReviewId(person.openReviewId),
    githubLogin: normalizeGithubLogin(person.githubLogin),
    openAlexId: normalizeOpenAlexId(person.openAlexId),
  };
}

/** Name keys usable for a suggestion: a one-word name ("Anonymous", "others") is too weak to suggest anything. */
function suggestionKeys(name: string): { exact: string; initials: string } {
  const keys = nameKeys(name);
  return keys.exact.includes(' ') ? keys : { exact: '', initials: '' };
}

/**
 * Are these the same person? Strong keys decide: a shared email, ORCID, DBLP
 * pid, Semantic Scholar, OpenReview, OpenAlex id or GitHub login is a strong
 * match; two different values of one single-valued kind (two ORCIDs) mean
 * different people, even with equal names or a shared email (null). Without
 * either, equal name keys are only a suggestion ('exact'), equal initial +
 * family a weaker one ('initials').
 */
export function matchPerson(a: PersonIdentity, b: PersonIdentity): PersonMatch {
  const ka = strongKeys(a);
  const kb = strongKeys(b);
  for (const kind of SINGLE_VALUED_KINDS) {
    const va = ka[kind];
    const vb = kb[kind];
    if (va && vb && va !== vb) return null;
  }
  for (const kind of STRONG_KEY_KINDS) {
    if (kind === 'email') {
      if (ka.emails.some((e) => kb.emails.includes(e))) return { kind: 'strong', key: 'email' };
    } else if (ka[kind] && ka[kind] === kb[kind]) {
      return { kind: 'strong', key: kind };
    }
  }
  const na = suggestionKeys(a.name);
  const nb = suggestionKeys(b.name);
  if (na.exact && na.exact === nb.exact) return { kind: 'name', confidence: 'exact' };
  if (na.initials && na.initials === nb.initials) return { kind: 'name', confidence: 'initials' };
  return null;
}

export interface PersonCluster {
  /** Indices into the input, ascending. */
  members: number[];
  /** The cluster's normalised strong keys (at most one value per single-valued kind). */
  keys: { emails: string[] } & Partial<Record<SingleValuedKind, string>>;
}

/** Clusters that may be one person by name alone, for a person to review. Never merged automatically. */
export interface NameSuggestion {
  confidence: 'exact' | 'initials';
  /** The shared name key ("bernhard scholkopf" or "a del maestro"). */
  key: string;
  /** Indices into `clusters`, ascending; no two of them hold conflicting strong keys. */
  clusters: number[];
}

/** A strong-key merge that was refused because the two sides hold different values of a single-valued kind. */
export interface StrongKeyConflict {
  /** The person whose key would have merged, and a person already holding that key. */
  people: [number, number];
  /** The kind whose values differ. */
  kind: SingleValuedKind;
  values: [string, string];
}

export interface PeopleGrouping {
  clusters: PersonCluster[];
  /** For each input index, the index of its cluster. */
  clusterOf: number[];
  suggestions: NameSuggestion[];
  conflicts: StrongKeyConflict[];
}

type ClusterSingles = Partial<Record<SingleValuedKind, string>>;

/** How many conflicting clusters one key value is tried against. */
const MAX_HOLDERS = 16;

function compatible(a: ClusterSingles, b: ClusterSingles): boolean {
  for (const kind of SINGLE_VALUED_KINDS) {
    const va = a[kind];
    const vb = b[kind];
    if (va && vb && va !== vb) return false;
  }
  return true;
}

/**
 * Splits clusters sharing a name key into groups with no conflicting strong
 * keys between any two members: each cluster joins every group it is
 * compatible with, or starts one. Clusters with more keys are placed first,
 * so clusters without single-valued keys end up in every group.
 */
function compatibleGroups(members: number[], singlesOf: (cluster: number) => ClusterSingles): number[][] {
  const keyCount = (c: number): number => Object.keys(singlesOf(c)).length;
  const order = [...members].sort((x, y) => keyCount(y) - keyCount(x) || x - y);
  const groups: { members: number[]; singles: ClusterSingles }[] = [];
  for (const cluster of order) {
    const singles = singlesOf(cluster);
    let placed = false;
    for (const group of groups) {
      if (compatible(group.singles, singles)) {
        group.members.push(cluster);
        Object.assign(group.singles, singles);
        placed = true;
      }
    }
    if (!placed) groups.push({ members: [cluster], singles: { ...singles } });
  }
  return groups.filter((g) => g.members.length > 1).map((g) => g.members.sort((x, y) => x - y));
}

/**
 * Clusters people by strong keys, transitively (union–find over index maps,
 * so linear in the number of people): a shared email links two records, and
 * so on through any chain. A link that would put two different values of a
 * single-valued kind (two ORCIDs) in one cluster is refused and reported in
 * `conflicts`. Name matches are returned as suggestions between clusters and
 * never merged. Output is deterministic for a given input order.
 *
 * Time is linear in people plus the size of the suggestions; a very common
 * name held by many clusters with conflicting ids yields one suggestion per
 * conflicting id, each listing the clusters without ids.
 */
export function groupPeople(people: readonly PersonIdentity[]): PeopleGrouping {
  const n = people.length;
  const parent = new Int32Array(n);
  const size = new Int32Array(n).fill(1);
  for (let i = 0; i < n; i++) parent[i] = i;
  const keys = people.map(strongKeys);
  // Single-valued keys held by each root.
  const rootSingles: ClusterSingles[] = keys.map((k) => {
    const singles: ClusterSingles = {};
    for (const kind of SINGLE_VALUED_KINDS) {
      const value = k[kind];
      if (value) singles[kind] = value;
    }
    return singles;
  });

  const find = (x: number): number => {
    let root = x;
    while (parent[root] !== root) root = parent[root] ?? root;
    while (parent[x] !== root) {
      const next = parent[x] ?? root;
      parent[x] = root;
      x = next;
    }
    return root;
  };

  const conflicts: StrongKeyConflict[] = [];
  /** Joins the clusters of two people; returns the conflict instead when their keys disagree. */
  const union = (person: number, holder: number): StrongKeyConflict | null => {
    let a = find(person);
    let b = find(holder);
    if (a === b) return null;
    const sa = rootSingles[a] ?? {};
    const sb = rootSingles[b] ?? {};
    for (const kind of SINGLE_VALUED_KINDS) {
      const va = sa[kind];
      const vb = sb[kind];
      if (va && vb && va !== vb) return { people: [person, holder], kind, values: [va, vb] };
    }
    if ((size[a] ?? 0) < (size[b] ?? 0)) [a, b] = [b, a];
    parent[b] = a;
    size[a] = (size[a] ?? 0) + (size[b] ?? 0);
    rootSingles[a] = { ...sb, ...sa };
    return null;
  };

  // Key value → one person from each cluster holding it. Normally one; more only
  // where a merge was refused, so that a later record can still join the right one.
  const holders = new Map<string, number[]>();
  const link = (person: number, kind: StrongKeyKind, value: string): void => {
    const indexKey = `${kind}\u0000${value}`;
    const list = holders.get(indexKey);
    if (!list) {
      holders.set(indexKey, [person]);
      return;
    }
    let firstConflict: StrongKeyConflict | null = null;
    for (const holder of list) {
      const conflict = union(person, holder);
      if (!conflict) return;
      firstConflict ??= conflict;
    }
    if (firstConflict) conflicts.push(firstConflict);
    // A value held by many conflicting people (a shared lab mailbox) must not make this quadratic.
    if (list.length < MAX_HOLDERS) list.push(person);
  };
  keys.forEach((k, person) => {
    for (const email of k.emails) link(person, 'email', email);
    for (const kind of SINGLE_VALUED_KINDS) {
      const value = k[kind];
      if (value) link(person, kind, value);
    }
  });

  // Clusters numbered in order of their first member.
  const clusterOf = new Array<number>(n);
  const clusterOfRoot = new Map<number, number>();
  const clusters: PersonCluster[] = [];
  const emailSets: Set<string>[] = [];
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let c = clusterOfRoot.get(root);
    if (c === undefined) {
      c = clusters.length;
      clusterOfRoot.set(root, c);
      clusters.push({ members: [], keys: { emails: [], ...rootSingles[root] } });
      emailSets.push(new Set());
    }
    clusterOf[i] = c;
    const cluster = clusters[c];
    if (!cluster) continue;
    cluster.members.push(i);
    const seen = emailSets[c];
    for (const email of keys[i]?.emails ?? []) {
      if (seen && !seen.has(email)) {
        seen.add(email);
        cluster.keys.emails.push(email);
      }
    }
  }

  // Name keys → clusters holding them, in cluster order.
  const byExact = new Map<string, Set<number>>();
  const byInitials = new Map<string, Set<number>>();
  const exactKeysOf: Set<string>[] = clusters.map(() => new Set());
  const add = (index: Map<string, Set<number>>, key: string, cluster: number): void => {
    if (!key) return;
    let set = index.get(key);
    if (!set) index.set(key, (set = new Set()));
    set.add(cluster);
  };
  people.forEach((person, i) => {
    const c = clusterOf[i] ?? 0;
    const { exact, initials } = suggestionKeys(person.name);
    add(byExact, exact, c);
    add(byInitials, initials, c);
    if (exact) exactKeysOf[c]?.add(exact);
  });

  const singlesOf = (c: number): ClusterSingles => {
    const { emails: _emails, ...singles } = clusters[c]?.keys ?? { emails: [] };
    return singles;
  };
  const suggestions: NameSuggestion[] = [];
  for (const [key, set] of byExact) {
    if (set.size < 2) continue;
    for (const group of compatibleGroups([...set].sort((x, y) => x - y), singlesOf)) {
      suggestions.push({ confidence: 'exact', key, clusters: group });
    }
  }
  for (const [key, set] of byInitials) {
    if (set.size < 2) continue;
    for (const group of compatibleGroups([...set].sort((x, y) => x - y), singlesOf)) {
      // Already suggested as an exact match when all of them share a full name.
      const [first, ...rest] = group;
      const shared = [...(exactKeysOf[first ?? 0] ?? [])].some((k) => rest.every((c) => exactKeysOf[c]?.has(k)));
      if (!shared) suggestions.push({ confidence: 'initials', key, clusters: group });
    }
  }
  return { clusters, clusterOf, suggestions, conflicts };
}
