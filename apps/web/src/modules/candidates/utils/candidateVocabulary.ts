import type { CandidateChannel, EncounterKind, IdentityKind, PaperAcceptance, VenueTier } from '@loopboard/contracts';

export const CHANNEL_LABELS: Record<CandidateChannel, string> = {
  paper: 'Paper',
  reimplementation: 'Re-implementation',
  conference: 'Conference',
  referral: 'Referral',
  inbound: 'Inbound application',
  other: 'Other',
};

export const TIER_LABELS: Record<VenueTier, string> = {
  1: 'Tier 1',
  2: 'Tier 2',
  3: 'Tier 3',
};

export const IDENTITY_LABELS: Record<IdentityKind, string> = {
  email: 'Email',
  orcid: 'ORCID',
  dblp_pid: 'DBLP',
  semantic_scholar_id: 'Semantic Scholar',
  openreview_id: 'OpenReview',
  github_login: 'GitHub',
  openalex_id: 'OpenAlex',
};

export const ACCEPTANCE_LABELS: Record<PaperAcceptance, string> = {
  oral: 'Oral',
  spotlight: 'Spotlight',
  poster: 'Poster',
  workshop: 'Workshop',
  preprint: 'Preprint',
  accepted: 'Accepted',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  unknown: 'Unknown',
};

export const ENCOUNTER_LABELS: Record<EncounterKind, string> = {
  talk: 'Talk',
  poster: 'Poster',
  booth: 'Booth',
  workshop: 'Workshop',
  other: 'Other',
};
