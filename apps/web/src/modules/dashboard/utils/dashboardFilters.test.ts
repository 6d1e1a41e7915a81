import { describe, expect, it } from 'vitest';
import { isDay, readDashboardFilters, toAnalyticsSearch, toDashboardSearch } from './dashboardFilters';

const OPENING = '0b5c1a52-4a53-4c3e-9d0e-1f2a3b4c5d01';

describe('the dashboard filters in the address', () => {
  it('round-trip, keeping only those in use, in a fixed order', () => {
    const { filters, problems } = readDashboardFilters(
      new URLSearchParams(`channel=paper&to=2026-11-30&openingId=${OPENING}&from=2026-06-01`),
    );
    expect(problems).toEqual([]);
    expect(filters).toEqual({ openingId: OPENING, roleId: '', from: '2026-06-01', to: '2026-11-30', channel: 'paper' });
    expect(toDashboardSearch(filters).toString()).toBe(`openingId=${OPENING}&from=2026-06-01&to=2026-11-30&channel=paper`);
    expect(toAnalyticsSearch({ ...filters, from: '', to: '' })).toBe(`openingId=${OPENING}&channel=paper`);
  });

  it('names each filter it cannot use and leaves it out', () => {
    const { filters, problems } = readDashboardFilters(new URLSearchParams('openingId=42&from=2026-02-30&channel=fax&to=2026-03-01'));
    expect(filters).toEqual({ openingId: '', roleId: '', from: '', to: '2026-03-01', channel: '' });
    expect(problems.map((p) => `${p.label}: ${p.reason}`)).toEqual([
      'Opening: is not an opening id',
      'From: must be a date written as YYYY-MM-DD',
      'Source channel: must be one of paper, reimplementation, conference, referral, inbound, other',
    ]);
  });

  it('refuses a range that ends before it starts', () => {
    const { filters, problems } = readDashboardFilters(new URLSearchParams('from=2026-12-01&to=2026-11-01'));
    expect(filters.from).toBe('');
    expect(problems).toEqual([{ key: 'from', label: 'From', value: '2026-12-01', reason: 'must not be later than To (2026-11-01)' }]);
  });

  it('knows real calendar days', () => {
    expect([isDay('2028-02-29'), isDay('2026-02-29'), isDay('2026-1-05'), isDay('')]).toEqual([true, false, false, false]);
  });
});
