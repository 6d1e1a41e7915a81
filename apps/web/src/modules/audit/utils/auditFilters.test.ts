import { describe, expect, it } from 'vitest';
import { filtersFromSearchParams, filtersToQuery, filtersToSearchParams } from './auditFilters';
import { fromLocalDateTimeInput, toLocalDateTimeInput } from './localDateTime';

describe('audit filters in the URL', () => {
  it('round-trip through the search params, keeping only those in use', () => {
    const params = new URLSearchParams('entityId=42&action=user.updated&from=2026-01-12T09:00:00.000Z&cursor=99');
    const filters = filtersFromSearchParams(params);
    expect(filters).toEqual({ action: 'user.updated', entityType: '', entityId: '42', from: '2026-01-12T09:00:00.000Z', to: '' });
    expect(filtersToSearchParams(filters).toString()).toBe('action=user.updated&entityId=42&from=2026-01-12T09%3A00%3A00.000Z');
    expect(filtersToQuery(filters)).toEqual({ action: 'user.updated', entityId: '42', from: '2026-01-12T09:00:00.000Z' });
  });

  it('ignores a date in the URL that does not parse rather than sending it', () => {
    expect(filtersFromSearchParams(new URLSearchParams('from=yesterday&to=2026-13-45')).from).toBe('');
  });
});

describe('datetime-local values', () => {
  it('convert between the viewer’s local time and ISO instants', () => {
    const iso = fromLocalDateTimeInput('2026-01-12T09:05');
    expect(new Date(iso).getHours()).toBe(9);
    expect(new Date(iso).getMinutes()).toBe(5);
    expect(toLocalDateTimeInput(iso)).toBe('2026-01-12T09:05');
  });

  it('take the end of the minute for the end of a range, so "to 09:05" includes 09:05:30', () => {
    const end = new Date(fromLocalDateTimeInput('2026-01-12T09:05', 'end'));
    expect([end.getMinutes(), end.getSeconds(), end.getMilliseconds()]).toEqual([5, 59, 999]);
    expect(toLocalDateTimeInput(end.toISOString())).toBe('2026-01-12T09:05');
  });

  it('give empty strings for empty or unreadable input', () => {
    expect(fromLocalDateTimeInput('')).toBe('');
    expect(fromLocalDateTimeInput('soon')).toBe('');
    expect(toLocalDateTimeInput('')).toBe('');
  });
});
