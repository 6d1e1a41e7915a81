/** Where a candidate came from first. */
export const CANDIDATE_CHANNELS = ['paper', 'reimplementation', 'conference', 'referral', 'inbound', 'other'] as const;
export type CandidateChannel = (typeof CANDIDATE_CHANNELS)[number];

/** Strong identity keys: each value belongs to at most one candidate. */
export const IDENTITY_KINDS = [
  'email',
  'orcid',
  'dblp_pid',
  'semantic_scholar_id',
  'openreview_id',
  'github_login',
  'openalex_id',
] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

export const PAPER_ACCEPTANCE = [
  'oral',
  'spotlight',
  'poster',
  'workshop',
  'preprint',
  'accepted',
  'rejected',
  'withdrawn',
  'unknown',
] as const;
export type PaperAcceptance = (typeof PAPER_ACCEPTANCE)[number];

/** Acceptance kinds that never count towards a signal. */
export const UNCOUNTED_ACCEPTANCE: readonly PaperAcceptance[] = ['rejected', 'withdrawn', 'preprint'];

export const ENCOUNTER_KINDS = ['talk', 'poster', 'booth', 'workshop', 'other'] as const;
export type EncounterKind = (typeof ENCOUNTER_KINDS)[number];

export const VENUE_TIERS = [1, 2, 3] as const;
export type VenueTier = (typeof VENUE_TIERS)[number];

export const CANDIDATE_SORTS = ['name', 'createdAt', 'firstAuthorTopTier', 'creditAdjusted'] as const;
export type CandidateSort = (typeof CANDIDATE_SORTS)[number];
export type SortOrder = 'asc' | 'desc';

export interface CandidateLink {
  label: string;
  url: string;
}

/** Strong keys other than email (emails are a list on the candidate). null removes one on update. */
export interface CandidateIdentityInput {
  orcid?: string | null;
  dblpPid?: string | null;
  semanticScholarId?: string | null;
  openReviewId?: string | null;
  githubLogin?: string | null;
  openAlexId?: string | null;
}

export interface CandidateIdentity {
  kind: IdentityKind;
  value: string;
}

/** Where a piece of evidence was imported from, and when. */
export interface Provenance {
  source: string;
  importedAt: string;
  [key: string]: unknown;
}

/** The headline numbers; raw paper count is deliberately not one of them. */
export interface CandidateSignals {
  /** Papers with the candidate as first author at a tier-1 venue, not rejected, withdrawn or a preprint. */
  firstAuthorTopTier: number;
  /** Σ 1/authors over counted papers (CSRankings method). */
  creditAdjusted: number;
  /** Best (lowest) tier among counted papers' venues, or null. */
  bestVenueTier: VenueTier | null;
  /** Re-implementations by the candidate that reproduced the paper's results. */
  reproducedReimplementations: number;
}

export interface SignalPaperRef {
  paperId: string;
  title: string;
  venue: string | null;
  year: number | null;
}

export interface SignalsExplanation {
  /** The rules, in words, as applied. */
  rules: string[];
  firstAuthorTopTier: SignalPaperRef[];
  creditAdjusted: (SignalPaperRef & { authorCount: number; credit: number })[];
  bestVenueTier: (SignalPaperRef & { tier: VenueTier }) | null;
  reproducedReimplementations: { reimplementationId: string; repoUrl: string; paperTitle: string }[];
}

export interface CandidateSummary {
  id: string;
  displayName: string;
  emails: string[];
  affiliations: string[];
  location: string | null;
  tags: string[];
  primaryChannel: CandidateChannel;
  primaryCredit: string | null;
  archivedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  signals: CandidateSignals;
}

export interface CandidatePage {
  items: CandidateSummary[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface PaperAuthor {
  position: number;
  name: string;
  candidateId: string | null;
}

export interface CandidatePaper {
  id: string;
  title: string;
  venue: string | null;
  venueTier: VenueTier | null;
  year: number | null;
  acceptance: PaperAcceptance;
  /** 1-based position of this candidate in the author list. */
  authorPosition: number;
  authorCount: number;
  authorsTruncated: boolean;
  /** Everyone else on the paper, in order. */
  coAuthors: PaperAuthor[];
  arxivId: string | null;
  doi: string | null;
  dblpKey: string | null;
  openReviewId: string | null;
  semanticScholarId: string | null;
  links: CandidateLink[];
  provenance: Provenance | Record<string, unknown>;
}

export interface CandidateReimplementation {
  id: string;
  repoUrl: string;
  paperTitle: string;
  official: boolean;
  reproduced: boolean | null;
  framework: string | null;
  year: number | null;
  notes: string | null;
  provenance: Provenance | Record<string, unknown>;
}

export interface Encounter {
  id: string;
  candidateId: string;
  event: string;
  year: number;
  kind: EncounterKind;
  notes: string | null;
  provenance: Provenance | Record<string, unknown>;
  createdAt: string;
}

export interface CandidateDetail extends CandidateSummary {
  givenName: string;
  familyName: string;
  links: CandidateLink[];
  notes: string;
  identities: CandidateIdentity[];
  papers: CandidatePaper[];
  reimplementations: CandidateReimplementation[];
  encounters: Encounter[];
  explanation: SignalsExplanation;
}

export interface CandidateQuery {
  /** Accent- and case-insensitive, over name, email, affiliation and tag. */
  q?: string;
  channel?: CandidateChannel;
  /** Has an authored paper at this venue (canonical short name). */
  venue?: string;
  /** Has a counted paper at a venue of this tier or better. */
  tier?: VenueTier;
  /** Has an authored paper from this year. */
  year?: number;
  hasFirstAuthorTopTier?: boolean;
  hasReproducedReimplementation?: boolean;
  /** false (default): active candidates only; true: archived ones only. */
  archived?: boolean;
  sort?: CandidateSort;
  order?: SortOrder;
  cursor?: string;
  limit?: number;
}

export interface CreateCandidateRequest {
  name: string;
  emails?: string[];
  affiliations?: string[];
  location?: string | null;
  links?: CandidateLink[];
  tags?: string[];
  notes?: string;
  primaryChannel: CandidateChannel;
  primaryCredit?: string | null;
  identities?: CandidateIdentityInput;
}

/** `version` is the version the edit started from; a newer one answers 409 CANDIDATE_VERSION_CONFLICT. */
export interface UpdateCandidateRequest extends Partial<CreateCandidateRequest> {
  version: number;
}

/** Body of POST /candidates/:id/archive and /unarchive: the version the user saw; a newer one answers 409 CANDIDATE_VERSION_CONFLICT. */
export interface ArchiveCandidateRequest {
  version: number;
}

export interface CreateEncounterRequest {
  event: string;
  year: number;
  kind: EncounterKind;
  notes?: string;
}

export interface Venue {
  venue: string;
  tier: VenueTier;
  fullName: string;
}

export interface SetVenueTierRequest {
  tier: VenueTier;
  fullName?: string;
}
