import {
  CANDIDATE_CHANNELS,
  LEADERBOARD_SORTS,
  type CandidateChannel,
  type LeaderboardSort,
  type ScoreViewKind,
} from '@loopboard/contracts';

export const LEADERBOARD_PAGE_SIZE = 25;

/** The leaderboard's state, all of it kept in the page address. */
export interface LeaderboardParams {
  view: ScoreViewKind;
  /** 0–1, 0 for any. */
  minCoverage: number;
  stage: string;
  channel: CandidateChannel | '';
  sort: LeaderboardSort;
  order: 'asc' | 'desc';
  page: number;
}

export const defaultOrder = (sort: LeaderboardSort): 'asc' | 'desc' => (sort === 'name' ? 'asc' : 'desc');

/** Reads the address; anything unknown falls back to the default. */
export function readLeaderboardParams(search: URLSearchParams): LeaderboardParams {
  const sort = LEADERBOARD_SORTS.find((s) => s === search.get('sort')) ?? 'composite';
  const coverage = Number(search.get('minCoverage'));
  const page = Number(search.get('page'));
  return {
    view: search.get('view') === 'calibrated' ? 'calibrated' : 'raw',
    minCoverage: Number.isFinite(coverage) && coverage > 0 && coverage <= 1 ? coverage : 0,
    stage: search.get('stage') ?? '',
    channel: CANDIDATE_CHANNELS.find((c) => c === search.get('channel')) ?? '',
    sort,
    order: search.get('order') === 'asc' || search.get('order') === 'desc' ? (search.get('order') as 'asc' | 'desc') : defaultOrder(sort),
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

/** The address (and the API's query string) for these params: defaults are left out, in a fixed order. */
export function toLeaderboardSearch(params: LeaderboardParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.view !== 'raw') search.set('view', params.view);
  if (params.minCoverage > 0) search.set('minCoverage', String(params.minCoverage));
  if (params.stage) search.set('stage', params.stage);
  if (params.channel) search.set('channel', params.channel);
  if (params.sort !== 'composite') search.set('sort', params.sort);
  if (params.order !== defaultOrder(params.sort)) search.set('order', params.order);
  if (params.page > 1) search.set('page', String(params.page));
  return search;
}

/** What the API is asked: the address's params plus the page size. */
export function toApiSearch(params: LeaderboardParams): string {
  const search = toLeaderboardSearch(params);
  search.set('pageSize', String(LEADERBOARD_PAGE_SIZE));
  return search.toString();
}

export const hasFilters = (p: LeaderboardParams) => p.minCoverage > 0 || p.stage !== '' || p.channel !== '';
