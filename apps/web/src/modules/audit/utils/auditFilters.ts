import type { AuditQuery } from '@loopboard/contracts';

/** The audit page's filters as they live in the URL; '' means "any". `from` and `to` are ISO instants. */
export interface AuditFilters {
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
}

export const AUDIT_FILTER_KEYS = ['action', 'entityType', 'entityId', 'from', 'to'] as const satisfies readonly (keyof AuditFilters &
  keyof AuditQuery)[];

export const NO_AUDIT_FILTERS: AuditFilters = { action: '', entityType: '', entityId: '', from: '', to: '' };

const isInstant = (value: string) => !Number.isNaN(new Date(value).getTime());

/** Reads filters from a (possibly hand-edited or stale) URL; an unreadable date is ignored rather than sent. */
export function filtersFromSearchParams(params: URLSearchParams): AuditFilters {
  const filters = { ...NO_AUDIT_FILTERS };
  for (const key of AUDIT_FILTER_KEYS) filters[key] = params.get(key)?.trim() ?? '';
  if (filters.from && !isInstant(filters.from)) filters.from = '';
  if (filters.to && !isInstant(filters.to)) filters.to = '';
  return filters;
}

/** Only the filters in use, in a stable order, so equal filters make equal, shareable URLs. */
export function filtersToSearchParams(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of AUDIT_FILTER_KEYS) if (filters[key]) params.set(key, filters[key]);
  return params;
}

export function filtersToQuery(filters: AuditFilters): AuditQuery {
  const query: AuditQuery = {};
  for (const key of AUDIT_FILTER_KEYS) if (filters[key]) query[key] = filters[key];
  return query;
}

export function hasAuditFilters(filters: AuditFilters): boolean {
  return AUDIT_FILTER_KEYS.some((key) => filters[key] !== '');
}
