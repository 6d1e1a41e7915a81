import {
  CANDIDATE_CHANNELS,
  CANDIDATE_SORTS,
  VENUE_TIERS,
  type CandidateChannel,
  type CandidateQuery,
  type CandidateSort,
  type SortOrder,
  type VenueTier,
} from '@loopboard/contracts';

/** The list view as the URL keeps it, so a view can be bookmarked and shared. */
export interface CandidateListView {
  q: string;
  channel: CandidateChannel | null;
  venue: string | null;
  tier: VenueTier | null;
  hasFirstAuthorTopTier: boolean;
  hasReproducedReimplementation: boolean;
  archived: boolean;
  sort: CandidateSort;
  order: SortOrder;
}

export const DEFAULT_SORT: CandidateSort = 'name';

/** Names read A to Z; numbers and dates read best or newest first, as the API defaults. */
export function defaultOrder(sort: CandidateSort): SortOrder {
  return sort === 'name' ? 'asc' : 'desc';
}

const oneOf = <T extends string | number>(values: readonly T[], raw: string | null): T | null =>
  values.find((value) => String(value) === raw) ?? null;

/** Reads the view from the URL; unknown values (a hand-edited link) fall back to the defaults instead of a 400. */
export function readListView(params: URLSearchParams): CandidateListView {
  const sort = oneOf(CANDIDATE_SORTS, params.get('sort')) ?? DEFAULT_SORT;
  const venue = params.get('venue')?.trim();
  return {
    q: params.get('q') ?? '',
    channel: oneOf(CANDIDATE_CHANNELS, params.get('channel')),
    venue: venue ? venue : null,
    tier: oneOf(VENUE_TIERS, params.get('tier')),
    hasFirstAuthorTopTier: params.get('hasFirstAuthorTopTier') === 'true',
    hasReproducedReimplementation: params.get('hasReproducedReimplementation') === 'true',
    archived: params.get('archived') === 'true',
    sort,
    order: oneOf(['asc', 'desc'] as const, params.get('order')) ?? defaultOrder(sort),
  };
}

/** Writes the view back, leaving defaults out so shared links stay short. */
export function writeListView(view: CandidateListView): URLSearchParams {
  const params = new URLSearchParams();
  if (view.q.trim()) params.set('q', view.q.trim());
  if (view.channel) params.set('channel', view.channel);
  if (view.venue) params.set('venue', view.venue);
  if (view.tier) params.set('tier', String(view.tier));
  if (view.hasFirstAuthorTopTier) params.set('hasFirstAuthorTopTier', 'true');
  if (view.hasReproducedReimplementation) params.set('hasReproducedReimplementation', 'true');
  if (view.archived) params.set('archived', 'true');
  if (view.sort !== DEFAULT_SORT) params.set('sort', view.sort);
  if (view.order !== defaultOrder(view.sort)) params.set('order', view.order);
  return params;
}

export function toCandidateQuery(view: CandidateListView): CandidateQuery {
  const query: CandidateQuery = { sort: view.sort, order: view.order };
  if (view.q.trim()) query.q = view.q.trim();
  if (view.channel) query.channel = view.channel;
  if (view.venue) query.venue = view.venue;
  if (view.tier) query.tier = view.tier;
  if (view.hasFirstAuthorTopTier) query.hasFirstAuthorTopTier = true;
  if (view.hasReproducedReimplementation) query.hasReproducedReimplementation = true;
  if (view.archived) query.archived = true;
  return query;
}

export function isFiltered(view: CandidateListView): boolean {
  return Boolean(
    view.q.trim() ||
    view.channel ||
    view.venue ||
    view.tier ||
    view.hasFirstAuthorTopTier ||
    view.hasReproducedReimplementation ||
    view.archived,
  );
}
