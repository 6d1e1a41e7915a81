const pad = (value: number) => String(value).padStart(2, '0');

/** An ISO instant as a `datetime-local` value ("2026-01-31T09:05") in the viewer's time zone; '' if unreadable. */
export function toLocalDateTimeInput(iso: string): string {
  const date = new Date(iso);
  if (!iso || Number.isNaN(date.getTime())) return '';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const MINUTE_MS = 60_000;

/**
 * A `datetime-local` value (read in the viewer's time zone) as an ISO instant; '' if empty or unreadable.
 * `end` takes the last millisecond of that minute, so "to 10:00" includes what happened during 10:00.
 */
export function fromLocalDateTimeInput(value: string, edge: 'start' | 'end' = 'start'): string {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return '';
  const time = edge === 'end' ? date.getTime() - (date.getTime() % MINUTE_MS) + MINUTE_MS - 1 : date.getTime();
  return new Date(time).toISOString();
}
