import type { CandidateDetail, CandidatePaper, CandidateSummary } from '@loopboard/contracts';

const BASE_ID = 'c0000000-0000-4000-8000-';

/** A candidate as the API returns it, with no evidence unless given. */
export function makeCandidate(index: number, overrides: Partial<CandidateDetail> = {}): CandidateDetail {
  const displayName = overrides.displayName ?? `Candidate ${String(index).padStart(3, '0')}`;
  const [givenName = '', ...rest] = displayName.split(' ');
  return {
    id: `${BASE_ID}${String(index).padStart(12, '0')}`,
    displayName,
    givenName,
    familyName: rest.join(' '),
    emails: [`candidate${index}@example.org`],
    affiliations: ['Example University'],
    location: null,
    tags: [],
    notes: '',
    links: [],
    primaryChannel: 'inbound',
    primaryCredit: null,
    archivedAt: null,
    version: 1,
    createdAt: new Date(Date.UTC(2025, 0, 1) + index * 3600_000).toISOString(),
    updatedAt: new Date(Date.UTC(2025, 0, 1) + index * 3600_000).toISOString(),
    signals: { firstAuthorTopTier: 0, creditAdjusted: 0, bestVenueTier: null, reproducedReimplementations: 0 },
    identities: [{ kind: 'email', value: `candidate${index}@example.org` }],
    papers: [],
    reimplementations: [],
    encounters: [],
    explanation: { rules: [], firstAuthorTopTier: [], creditAdjusted: [], bestVenueTier: null, reproducedReimplementations: [] },
    ...overrides,
  };
}

export function makePaper(overrides: Partial<CandidatePaper> = {}): CandidatePaper {
  return {
    id: 'p0000000-0000-4000-8000-000000000001',
    title: 'A paper',
    venue: 'NeurIPS',
    venueTier: 1,
    year: 2024,
    acceptance: 'poster',
    authorPosition: 1,
    authorCount: 3,
    authorsTruncated: false,
    coAuthors: [],
    arxivId: null,
    doi: null,
    dblpKey: null,
    openReviewId: null,
    semanticScholarId: null,
    links: [],
    provenance: { source: 'dblp', importedAt: '2025-06-01T10:00:00.000Z' },
    ...overrides,
  };
}

export function candidateSummary(candidate: CandidateDetail): CandidateSummary {
  const {
    id,
    displayName,
    emails,
    affiliations,
    location,
    tags,
    primaryChannel,
    primaryCredit,
    archivedAt,
    version,
    createdAt,
    updatedAt,
    signals,
  } = candidate;
  return structuredClone({
    id,
    displayName,
    emails,
    affiliations,
    location,
    tags,
    primaryChannel,
    primaryCredit,
    archivedAt,
    version,
    createdAt,
    updatedAt,
    signals,
  });
}

/** The list filters, as the API applies them (search is plain case-insensitive containment here). */
export function filterCandidates(candidates: CandidateDetail[], query: URLSearchParams): CandidateDetail[] {
  const q = query.get('q')?.toLowerCase();
  const tier = query.get('tier') ? Number(query.get('tier')) : null;
  return candidates.filter(
    (c) =>
      (!q || [c.displayName, ...c.emails, ...c.affiliations, ...c.tags].some((text) => text.toLowerCase().includes(q))) &&
      (!query.get('channel') || c.primaryChannel === query.get('channel')) &&
      (!query.get('venue') || c.papers.some((p) => p.venue === query.get('venue'))) &&
      (tier === null || (c.signals.bestVenueTier !== null && c.signals.bestVenueTier <= tier)) &&
      (query.get('hasFirstAuthorTopTier') !== 'true' || c.signals.firstAuthorTopTier > 0) &&
      (query.get('hasReproducedReimplementation') !== 'true' || c.signals.reproducedReimplementations > 0) &&
      (query.get('archived') === 'true') === (c.archivedAt !== null),
  );
}

export function sortCandidates(candidates: CandidateDetail[], query: URLSearchParams): CandidateDetail[] {
  const sort = query.get('sort') ?? 'name';
  const order = query.get('order') ?? (sort === 'name' ? 'asc' : 'desc');
  const key = (c: CandidateDetail): string | number => {
    if (sort === 'createdAt') return c.createdAt;
    if (sort === 'firstAuthorTopTier') return c.signals.firstAuthorTopTier;
    if (sort === 'creditAdjusted') return c.signals.creditAdjusted;
    return c.displayName.toLowerCase();
  };
  const sorted = [...candidates].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x < y ? -1 : x > y ? 1 : a.id.localeCompare(b.id);
  });
  return order === 'desc' ? sorted.reverse() : sorted;
}
