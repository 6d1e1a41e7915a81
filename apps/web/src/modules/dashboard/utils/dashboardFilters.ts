import { CANDIDATE_CHANNELS, type CandidateChannel } from '@loopboard/contracts';

/** The dashboard's filters, all kept in the page address so a view can be shared. '' is "not set". */
export interface DashboardFilters {
  openingId: string;
  roleId: string;
  /** YYYY-MM-DD, inclusive; '' lets the API pick (the last 180 days). */
  from: string;
  to: string;
  channel: CandidateChannel | '';
}

export type DashboardFilterKey = keyof DashboardFilters;

/** A filter in the address that cannot be sent: which one, and why. */
export interface FilterProblem {
  key: DashboardFilterKey;
  label: string;
  value: string;
  reason: string;
}

export const EMPTY_FILTERS: DashboardFilters = { openingId: '', roleId: '', from: '', to: '', channel: '' };

export const FILTER_LABELS: Record<DashboardFilterKey, string> = {
  openingId: 'Opening',
  roleId: 'Role',
  from: 'From',
  to: 'To',
  channel: 'Source channel',
};

/** In this order in the address and in the API's query string. */
const KEYS: DashboardFilterKey[] = ['openingId', 'roleId', 'from', 'to', 'channel'];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written as YYYY-MM-DD (2026-02-30 is not one). */
export function isDay(value: string): boolean {
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * Reads the filters from the address. A value that cannot be sent (not a UUID, not a date,
 * an unknown channel, from after to) is left out of `filters` and reported in `problems`, so the
 * page can name it instead of failing.
 */
export function readDashboardFilters(search: URLSearchParams): { filters: DashboardFilters; problems: FilterProblem[] } {
  const filters: DashboardFilters = { ...EMPTY_FILTERS };
  const problems: FilterProblem[] = [];
  const problem = (key: DashboardFilterKey, value: string, reason: string) =>
    problems.push({ key, label: FILTER_LABELS[key], value, reason });

  for (const key of ['openingId', 'roleId'] as const) {
    const value = search.get(key);
    if (value === null || value === '') continue;
    if (UUID.test(value)) filters[key] = value;
    else problem(key, value, `is not an ${key === 'openingId' ? 'opening' : 'role'} id`);
  }
  for (const key of ['from', 'to'] as const) {
    const value = search.get(key);
    if (value === null || value === '') continue;
    if (isDay(value)) filters[key] = value;
    else problem(key, value, 'must be a date written as YYYY-MM-DD');
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problem('from', filters.from, `must not be later than To (${filters.to})`);
    filters.from = '';
  }
  const channel = search.get('channel');
  if (channel !== null && channel !== '') {
    const known = CANDIDATE_CHANNELS.find((c) => c === channel);
    if (known) filters.channel = known;
    else problem('channel', channel, `must be one of ${CANDIDATE_CHANNELS.join(', ')}`);
  }
  return { filters, problems };
}

/** The address (and the API's query string) for these filters: only those in use, in a fixed order. */
export function toDashboardSearch(filters: DashboardFilters): URLSearchParams {
  const search = new URLSearchParams();
  for (const key of KEYS) if (filters[key]) search.set(key, filters[key]);
  return search;
}

/** The query string (without "?") the analytics endpoints get for these filters. */
export const toAnalyticsSearch = (filters: DashboardFilters): string => toDashboardSearch(filters).toString();

export const hasScopeFilters = (filters: DashboardFilters) => KEYS.some((key) => filters[key] !== '');
